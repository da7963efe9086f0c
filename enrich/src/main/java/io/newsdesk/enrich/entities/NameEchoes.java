package io.newsdesk.enrich.entities;

/**
 * What the rest of the text says of a candidate name: how its other mentions are used. A name that speaks
 * somewhere ("Okparaeke said"), has a title somewhere ("Coach Pirrottina"), follows a given name ("Ikenna
 * Okparaeke") or stands in a place's slot ("in Methven") is likely the same kind of thing here, where its own
 * context says nothing (a headline, a list, a sentence's start). An editor reads a text's names as one cast;
 * these features let the span typer do the same. Read for the candidates only, from an index of the text's
 * capitalised words built once.
 */
final class NameEchoes {
    private NameEchoes() {
    }

    /** Adds the features of the other mentions of tokens [from, end), and of the last word alone when longer. */
    static void features(Recognition r, int from, int end, SpanFeatures.Sink f) {
        int length = end - from;
        int seen = 0; // bit set of the contexts already added
        for (int p = r.firstPositionOf(r.token(from).text()); p >= 0; p = r.nextPositionOf(p)) {
            if (seen == ALL_CONTEXTS) {
                break; // every context added: the other mentions can add nothing more
            }
            if (p == from || p + length > r.size() || !same(r, from, p, length)) {
                continue;
            }
            seen = add(contextsOf(r, p, p + length), "echo:", seen, f);
        }
        if (length > 1) {
            // the last word alone: only what makes it a surname or a place ("Okparaeke said", "in Rakaia"); its other
            // contexts are the longer name's own
            int lastSeen = ~LAST_WORD_CONTEXTS;
            for (int p = r.firstPositionOf(r.token(end - 1).text()); p >= 0; p = r.nextPositionOf(p)) {
                if (lastSeen == -1) {
                    break;
                }
                if (p < from || p >= end) {
                    lastSeen = add(contextsOf(r, p, p + 1), "echoLast:", lastSeen, f);
                }
            }
        }
    }

    private static boolean same(Recognition r, int from, int p, int length) {
        for (int k = 1; k < length; k++) {
            if (!r.token(from + k).text().equals(r.token(p + k).text())) {
                return false;
            }
        }
        return true;
    }

    private static final String[] CONTEXTS = {"speech", "title", "placeSlot", "orgWordAfter", "afterGiven", "possessive", "teamSlot",
        "the", "inLongerName"};

    /** Speech, title and place slot: the contexts read of a longer name's last word alone. */
    private static final int LAST_WORD_CONTEXTS = 0b111;

    /** Every context bit set. */
    private static final int ALL_CONTEXTS = (1 << CONTEXTS.length) - 1;

    /**
     * The contexts of the mention [p, q) as a bit set. They depend on the text alone, and a name's mentions are
     * asked again for every candidate that shares its words: a one-word mention's set is worked out once per text
     * ({@link Recognition#echoContexts}).
     */
    private static int contextsOf(Recognition r, int p, int q) {
        if (q - p != 1) {
            return contexts(r, p, q);
        }
        int[] known = r.echoContexts();
        if (known[p] == 0) {
            known[p] = contexts(r, p, q) + 1;
        }
        return known[p] - 1;
    }

    private static int contexts(Recognition r, int p, int q) {
        int found = 0;
        if (q < r.size() && EntityWords.SPEECH_VERBS.contains(r.lower(q))
                || p > 0 && EntityWords.SPEECH_VERBS.contains(r.lower(p - 1))) {
            found |= 1;
        }
        if (PersonTitles.titleBefore(r, p) != null) {
            found |= 1 << 1;
        }
        if (p > 0 && EntityWords.PLACE_SLOT_WORDS.contains(r.token(p - 1).text()) && !r.initial(p)) {
            found |= 1 << 2;
        }
        if (q < r.size() && r.token(q).isCapitalized() && EntityWords.ORG_WORDS.contains(r.token(q).text())) {
            found |= 1 << 3;
        }
        if (p > 0 && r.token(p - 1).isCapitalized() && r.gazetteer.isFirstName(r.token(p - 1).text()) && !r.stopWordAt(p - 1)) {
            found |= 1 << 4;
        }
        if (q < r.size() && (r.token(q).text().equals("'s") || r.token(q).text().equals("\u2019s"))) {
            found |= 1 << 5;
        }
        if (SportContext.teamSlot(r, p, q)) {
            found |= 1 << 6;
        }
        if (p > 0 && r.lower(p - 1).equals("the")) {
            found |= 1 << 7;
        }
        if (q < r.size() && r.token(q).isCapitalized() && r.token(q).isWord() && !r.stopWordAt(q)
                || p > 0 && r.token(p - 1).isCapitalized() && r.token(p - 1).isWord() && !r.stopWordAt(p - 1) && !r.initial(p - 1)) {
            found |= 1 << 8;
        }
        return found;
    }

    /** The contexts in {@code found} not yet in {@code seen}, added as features; the updated bit set. */
    private static int add(int found, String prefix, int seen, SpanFeatures.Sink f) {
        int fresh = found & ~seen;
        for (int c = 0; c < CONTEXTS.length; c++) {
            if ((fresh & (1 << c)) != 0) {
                f.add(prefix, CONTEXTS[c]);
            }
        }
        return seen | found;
    }
}
