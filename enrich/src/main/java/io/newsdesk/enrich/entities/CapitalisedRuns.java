package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.EntityType;

/**
 * Runs of capitalised words the gazetteer does not know ("Dana Whitfield", "Harbor City Council", "Harlan
 * County"), found by their shape and typed by {@link RunTypes}. A word that opens a sentence starts a run only
 * if it also looks like a name: a given name, a title, a word in capitals, a word seen capitalised in the
 * middle of a sentence, or one followed by another name word; a common word there ("Officials said") does not.
 */
public final class CapitalisedRuns implements EntityPass {

    @Override
    public void run(Recognition r) {
        int i = 0;
        while (i < r.size()) {
            int prefix = r.claimed[i] ? 0 : r.compoundPrefix(i);
            if (prefix > 0) {
                placeInCompound(r, i, prefix);
            }
            if (!startsName(r, i)) {
                i++;
                continue;
            }
            int end = NameSpans.runEnd(r, i);
            RunTypes.classify(r, ordinalBefore(r, i, end) || nameOpeningWordBefore(r, i) ? i - 1 : i, end);
            i = Math.max(end, i + 1);
        }
    }

    /** "Boston-based", "Kenya-led": a known place before the dash is a mention of it. */
    private static void placeInCompound(Recognition r, int i, int prefix) {
        Token t = r.token(i);
        String name = t.text().substring(0, prefix);
        for (GazetteerEntry e : r.gazetteer.lookup(name)) {
            if (e.type() == EntityType.PLACE) {
                r.draft(e).mention(t.start(), t.start() + prefix, name);
                r.claimed[i] = true;
                return;
            }
        }
    }

    /** "338th District Court", "4th Infantry Division": an ordinal opening the name of a court, unit or street. */
    private static boolean ordinalBefore(Recognition r, int i, int end) {
        if (i == 0 || r.claimed[i - 1] || !r.token(i - 1).isNumber()) {
            return false;
        }
        String t = r.lower(i - 1);
        String last = r.token(end - 1).text();
        return (t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th"))
                && (EntityWords.ORG_WORDS.contains(last) || EntityWords.PLACE_WORDS.contains(last));
    }

    /** Function words that open a name when written in capitals after a lower-case word ("at All Saints Church"). */
    private static final java.util.Set<String> NAME_OPENING_WORDS = java.util.Set.of("All", "An", "His", "Her");

    /**
     * "the All Progressives Congress", "members of An Garda Síochána", "His Majesty's Prison Service": a capitalised
     * function word after a lower-case word (so not a sentence's first word nor a Title Case headline) is the
     * name's first word.
     */
    private static boolean nameOpeningWordBefore(Recognition r, int i) {
        if (i < 2 || r.claimed[i - 1] || !NAME_OPENING_WORDS.contains(r.token(i - 1).text())) {
            return false;
        }
        Token before = r.token(i - 2);
        return before.isWord() && Character.isLowerCase(before.text().charAt(0));
    }

    private static boolean startsName(Recognition r, int i) {
        if (!r.nameWord(i)) {
            return false;
        }
        if (!r.initial(i)) {
            return true;
        }
        Token t = r.token(i);
        if (r.text.commonWord(i) && !r.gazetteer.isFirstName(t.text())) {
            // "World Athletics said", "Public Eye, a Swiss campaign group": a common word opening a sentence starts a
            // name when a capitalised word no list knows follows it (not "Critic Elliot", not "Officials said")
            return i + 1 < r.size() && r.nameWord(i + 1) && !r.claimed[i + 1] && !r.gazetteer.isFirstName(r.token(i + 1).text())
                    && !Appositives.isRoleNoun(r.lower(i)) && !PersonTitles.isTitleModifier(r.lower(i))
                    && PersonTitles.titleAt(r, i + 1) == i + 1;
        }
        return r.gazetteer.isFirstName(t.text()) || PersonTitles.titleAt(r, i) > i || t.isAllCaps()
                || r.capitalizedMidSentence.contains(t.text())
                || (i + 1 < r.size() && r.nameWord(i + 1));
    }
}
