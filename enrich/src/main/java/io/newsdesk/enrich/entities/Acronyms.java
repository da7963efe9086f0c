package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;

/**
 * Words in capitals left over by the name passes ("DEA", "FAA") are organisations: the one the text spelt
 * out before ("Drug Enforcement Administration (DEA)") or whose initials they are ("RCMP" after "Royal
 * Canadian Mounted Police"), else one of their own, unless they are a common
 * abbreviation that is no organisation ("CEO", "GDP") or too short or long to be an acronym.
 */
public final class Acronyms implements EntityPass {
    private static final int SHORTEST = 2;
    private static final int LONGEST = 6;

    @Override
    public void run(Recognition r) {
        for (int i : r.pendingAcronyms) {
            if (r.claimed[i]) {
                continue;
            }
            String a = r.token(i).text();
            EntityDraft d = r.acronyms.get(a);
            if (d == null) {
                d = byInitials(r, a);
            }
            if (d == null) {
                if (EntityWords.NON_ORG_ACRONYMS.contains(a) || a.length() > LONGEST || a.length() < SHORTEST) {
                    continue;
                }
                d = r.draft(EntityType.ORGANIZATION, a);
            }
            d.mention(r.token(i).start(), r.token(i).end(), a);
            r.claimed[i] = true;
        }
    }

    /**
     * The one organisation found in full whose capitalised words' initials are the acronym, or end with it
     * ("RCMP" for "Royal Canadian Mounted Police", "NDP" for "Alberta New Democratic Party"); null if none or two.
     */
    static EntityDraft byInitials(Recognition r, String acronym) {
        String letters = acronym.replace(".", "");
        if (letters.length() < 2) {
            return null;
        }
        EntityDraft found = null;
        for (EntityDraft d : r.drafts()) {
            if (d.type != EntityType.ORGANIZATION || d.mentions.isEmpty()) {
                continue;
            }
            String initials = initials(d.canonical);
            if (initials.equals(letters) || letters.length() >= 3 && initials.length() > letters.length() && initials.endsWith(letters)) {
                if (found != null && found != d) {
                    return null;
                }
                found = d;
            }
        }
        return found;
    }

    /** "RCMP" for "Royal Canadian Mounted Police": the first letters of the capitalised words. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
