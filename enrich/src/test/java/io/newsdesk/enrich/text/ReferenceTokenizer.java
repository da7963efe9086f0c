package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@link Tokenizer} as it was before the one-pass rewrite for speed (commit 4adfeb3), kept unchanged as the
 * oracle the equivalence tests compare the fast version against. Not used by main code.
 */
/*
 * Splits English news text into words and punctuation with their offsets. Abbreviations that end in a
 * period ("Rep.", "U.S.", "Inc.") keep it, so a lone "." token is a real sentence end; the possessive
 * "'s" is a token of its own, so "Mexico's" yields "Mexico" for the gazetteers. Single pass, no regex.
 */
final class ReferenceTokenizer {

    /** Words that are written with a trailing period when abbreviated. Lower case, without the period. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "lt", "gen", "col", "sgt",
            "capt", "cmdr", "adm", "maj", "cpl", "pvt", "supt", "insp", "det", "rev", "hon", "pres", "amb",
            "atty", "jr", "sr", "st", "mt", "ft", "inc", "corp", "co", "ltd", "llc", "plc", "bros", "assn",
            "dept", "univ", "no", "nos", "vs", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd", "rd", "calif", "fla", "mass", "ariz",
            "wash", "penn", "conn", "ill", "mich", "minn", "tenn", "tex", "va", "md", "ga", "ky", "la",
            "ore", "wis", "colo", "okla", "ark", "ala", "miss", "neb", "nev", "del", "kan", "wyo", "mont",
            "etc", "al", "fig", "gov't");

    private ReferenceTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                // possessive: split "'s" / "’s" off the word it belongs to
                if (end - i > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    tokens.add(new Token(text.substring(i, end - 2), i, end - 2));
                    tokens.add(new Token(text.substring(end - 2, end), end - 2, end));
                } else if (end - i > 1 && isApostrophe(text.charAt(end - 1))) {
                    // plural possessive "officers'" - the apostrophe is punctuation
                    tokens.add(new Token(text.substring(i, end - 1), i, end - 1));
                    tokens.add(new Token(text.substring(end - 1, end), end - 1, end));
                } else {
                    tokens.add(new Token(text.substring(i, end), i, end));
                }
                i = end;
                continue;
            }
            tokens.add(new Token(String.valueOf(c), i, i + 1));
            i++;
        }
        return tokens;
    }

    private static int wordEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || isApostrophe(c) || c == '.' || c == ',' || c == '&')
                    && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // inner punctuation: "co-chair", "don't", "U.S", "3.5", "10,000", "AT&T"
                if (c == ',' && !(Character.isDigit(text.charAt(i - 1)) && followsThreeDigits(text, i + 1))) {
                    break;
                }
                if (c == '.' && Character.isDigit(text.charAt(i - 1)) != Character.isDigit(text.charAt(i + 1))) {
                    break;
                }
                if (c == '.' && Character.isLetter(text.charAt(i + 1)) && !initialism(text, from, i)) {
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        if (i < n && text.charAt(i) == '.') {
            String word = text.substring(from, i);
            if (word.indexOf('.') > 0 && initialism(text, from, i)) {
                return i + 1; // "U.S." "D.C."
            }
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                return i + 1; // middle initial "John F. Kennedy"
            }
            if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)) && !endsSentence(text, i)) {
                return i + 1;
            }
        }
        return i;
    }

    /** "U.S", "D.C" - single letters separated by periods. */
    private static boolean initialism(String text, int from, int to) {
        int run = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                if (run != 1) {
                    return false;
                }
                run = 0;
            } else if (Character.isLetter(c)) {
                run++;
            } else {
                return false;
            }
        }
        return run <= 1;
    }

    /** An abbreviation's period also ends the sentence when a lower-case word or the text end does not follow. */
    private static boolean endsSentence(String text, int period) {
        int k = period + 1;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || text.charAt(k) == '\n') {
            return true;
        }
        return false;
    }

    private static boolean followsThreeDigits(String text, int i) {
        if (i + 3 > text.length()) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return i + 3 == text.length() || !Character.isDigit(text.charAt(i + 3));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
