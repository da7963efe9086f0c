package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.CaselessWordSet;

/**
 * Where a name may be a side in a match rather than a place: next to a verb of winning or losing or a "v"
 * ("Lahore beat Quetta", "lost to Durham", "Leeds v Hull"), or in a text that reads like a match report. A
 * country or city standing for its team is an organisation (the annotation rules of enrich/training/README.md
 * and of the evaluation set); the gazetteer only knows the place, so such a name goes to the span typer.
 */
final class SportContext {
    // asked of every token of a text: caseless sets answer without a lower-case copy of the token
    private static final CaselessWordSet TEAM_SLOT_WORDS = CaselessWordSet.of(EntityWords.lexiconOf("team-slot-words"));
    private static final CaselessWordSet SPORT_WORDS = CaselessWordSet.of(EntityWords.lexiconOf("sport-words"));
    /** Sport words in a text from which it reads as a match report. */
    private static final int REPORT_WORDS = 6;

    private SportContext() {
    }

    /** Tokens [from, to) stand where a side in a match stands: a team-slot word right before or after them. */
    static boolean teamSlot(Recognition r, int from, int to) {
        if (to < r.size() && TEAM_SLOT_WORDS.contains(r.token(to).text())) {
            return true;
        }
        if (from > 0 && TEAM_SLOT_WORDS.contains(r.token(from - 1).text())) {
            return true;
        }
        // "lost to Durham", "against Lahore" in a match report
        return from > 1 && r.token(from - 1).is("to") && r.token(from - 2).text().regionMatches(true, 0, "lost", 0, 4)
                || from > 0 && r.token(from - 1).is("against") && matchReport(r);
    }

    /** The text reads like a match report: enough sport words in it. Counted once per text. */
    static boolean matchReport(Recognition r) {
        if (r.sportWords < 0) {
            int n = 0;
            for (int i = 0; i < r.size(); i++) {
                if (r.token(i).isWord() && SPORT_WORDS.contains(r.token(i).text())) {
                    n++;
                }
            }
            r.sportWords = n;
        }
        return r.sportWords >= REPORT_WORDS;
    }

    /** A sport word within {@code window} tokens either side of [from, to). */
    static boolean sportWordNear(Recognition r, int from, int to, int window) {
        for (int k = Math.max(0, from - window); k < Math.min(r.size(), to + window); k++) {
            if ((k < from || k >= to) && r.token(k).isWord() && SPORT_WORDS.contains(r.token(k).text())) {
                return true;
            }
        }
        return false;
    }
}
