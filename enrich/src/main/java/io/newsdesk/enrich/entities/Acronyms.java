package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;

/**
 * Words in capitals left over by the name passes ("DEA", "FAA") are organisations: the one the text spelt
 * out before ("Drug Enforcement Administration (DEA)"), else one of their own, unless they are a common
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
                if (EntityWords.NON_ORG_ACRONYMS.contains(a) || a.length() > LONGEST || a.length() < SHORTEST) {
                    continue;
                }
                d = r.draft(EntityType.ORGANIZATION, a);
            }
            d.mention(r.token(i).start(), r.token(i).end(), a);
            r.claimed[i] = true;
        }
    }
}
