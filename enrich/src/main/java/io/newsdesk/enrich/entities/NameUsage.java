package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.CaselessWordSet;

/**
 * How the text uses a candidate name, beyond the two words either side that {@link SpanFeatures} reads: a noun
 * naming a kind of organisation next to it ("the Danish carrier X", "Her party, X", "X, a Taiwanese maker of
 * ..."), and the pronoun that next refers back ("X said it", "X ... its shares" against "X ... his"). Both tell an
 * organisation from a person by use where the name's own words say nothing ("Soko Bora", "Villa Crespo").
 */
final class NameUsage {
    private static final CaselessWordSet ORG_NOUNS = CaselessWordSet.of(EntityWords.lexiconOf("org-nouns"));
    /** How far an appositive's head noun may stand after "X, a": "X, a mid-sized Taiwanese maker". */
    private static final int APPOSITIVE_WORDS = 4;
    /** How far after the name the next pronoun is looked for. */
    private static final int PRONOUN_WINDOW = 12;

    private NameUsage() {
    }

    static void features(Recognition r, int from, int end, SpanFeatures.Sink f) {
        if (orgNounBefore(r, from)) {
            f.add("orgNounBefore");
        }
        if (orgNounAfter(r, end)) {
            f.add("orgNounAfter");
        }
        String pronoun = pronounAfter(r, end);
        if (pronoun != null) {
            f.add("pronounAfter=", pronoun);
        }
    }

    /** "the Skovgaard family", "the Solari Ibáñez family": "the", up to three name words, then "family" or "families". */
    static boolean familyName(Recognition r, int from, int end) {
        return end - from <= 3 && from > 0 && end < r.size() && r.token(from - 1).is("the")
                && (r.token(end).is("family") || r.token(end).is("families"));
    }

    /** "carrier X", "the passenger association X", "Her team, X": an organisation noun right before, or before a comma. */
    private static boolean orgNounBefore(Recognition r, int from) {
        int k = from - 1;
        if (k >= 0 && r.token(k).text().equals(",")) {
            k--;
        }
        return k >= 0 && r.token(k).isWord() && !r.token(k).isCapitalized() && ORG_NOUNS.contains(r.token(k).text());
    }

    /** "X, a Taiwanese maker of", "X, the largest lender": an appositive headed by an organisation noun. */
    private static boolean orgNounAfter(Recognition r, int end) {
        if (end + 2 >= r.size() || !r.token(end).text().equals(",")) {
            return false;
        }
        String det = r.lower(end + 1);
        if (!det.equals("a") && !det.equals("an") && !det.equals("the")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(r.size(), end + 2 + APPOSITIVE_WORDS); k++) {
            if (!r.token(k).isWord()) {
                return false;
            }
            if (ORG_NOUNS.contains(r.token(k).text()) && !r.token(k).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the first personal pronoun after the name in its sentence ("it", "he", "they"), or null. */
    private static String pronounAfter(Recognition r, int end) {
        int sentence = end < r.size() ? r.text.sentenceOf(end) : -1;
        for (int k = end; k < Math.min(r.size(), end + PRONOUN_WINDOW); k++) {
            if (r.text.sentenceOf(k) != sentence) {
                return null;
            }
            String t = r.token(k).text();
            if (t.length() > 5 || !r.token(k).isWord()) {
                continue;
            }
            String w = r.lower(k);
            switch (w) {
                case "it", "its" -> {
                    return "it";
                }
                case "he", "his", "him", "she", "her" -> {
                    return "he";
                }
                case "they", "their", "them" -> {
                    return "they";
                }
                default -> {
                }
            }
        }
        return null;
    }
}
