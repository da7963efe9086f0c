package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits English news text into words and punctuation with their offsets. Abbreviations that end in a
 * period ("Rep.", "U.S.", "Inc.") keep it, so a lone "." token is a real sentence end; the possessive
 * "'s" is a token of its own, so "Mexico's" yields "Mexico" for the gazetteers. Single pass, no regex.
 */
public final class Tokenizer {

    /** Words that are written with a trailing period when abbreviated. Lower case, without the period. */
    private static final Set<String> ABBREVIATIONS = WordList.set("/lexicon/text/abbreviations.txt");
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
    /**
     * The abbreviations as numbers (one byte per ASCII character), sorted: a word before a period is looked up
     * in place, without the substring and lower-casing that made this check as costly as the rest of tokenizing.
     */
    private static final long[] ABBREVIATION_CODES = ABBREVIATIONS.stream()
            .mapToLong(a -> asciiCode(a, 0, a.length(), false)).sorted().toArray();

    /**
     * One-character punctuation tokens share their text: ASCII and the general punctuation block (curly quotes,
     * dashes) cover nearly all of them, and String.valueOf(char) made two objects for every comma and period.
     */
    private static final String[] ASCII_TEXT = charTexts(0, 0x80);
    private static final String[] PUNCTUATION_TEXT = charTexts(0x2000, 0x2070);
    /** Frequent words share one String each: see {@link SharedWords}. */
    private static final SharedWords SHARED_WORDS = SharedWords.english();

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return new ArrayList<>(Arrays.asList(tokenArray(text)));
    }

    /** {@link #tokenize} as an array of exactly the tokens, for {@link AnalyzedText}. */
    static Token[] tokenArray(String text) {
        int n = text.length();
        // about one token per five characters in English news; grown when a text is denser
        Token[] tokens = new Token[n / 5 + 4];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (count + 2 > tokens.length) {
                tokens = Arrays.copyOf(tokens, tokens.length * 2);
            }
            if (isWordChar(c)) {
                int end = wordEnd(text, i);
                // possessive: split "'s" / "’s" off the word it belongs to
                if (end - i > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                    tokens[count++] = new Token(wordText(text, i, end - 2), i, end - 2);
                    tokens[count++] = new Token(wordText(text, end - 2, end), end - 2, end);
                } else if (end - i > 1 && isApostrophe(text.charAt(end - 1))) {
                    // plural possessive "officers'" - the apostrophe is punctuation
                    tokens[count++] = new Token(wordText(text, i, end - 1), i, end - 1);
                    tokens[count++] = new Token(charText(text.charAt(end - 1)), end - 1, end);
                } else {
                    tokens[count++] = new Token(wordText(text, i, end), i, end);
                }
                i = end;
                continue;
            }
            tokens[count++] = new Token(charText(c), i, i + 1);
            i++;
        }
        return count == tokens.length ? tokens : Arrays.copyOf(tokens, count);
    }

    /** text[from, to): a shared String for a one-character word or a frequent one, else a new substring. */
    private static String wordText(String text, int from, int to) {
        if (to - from == 1) {
            return charText(text.charAt(from));
        }
        String shared = to - from <= SharedWords.LONGEST ? SHARED_WORDS.find(text, from, to) : null;
        return shared != null ? shared : text.substring(from, to);
    }

    private static String charText(char c) {
        if (c < 0x80) {
            return ASCII_TEXT[c];
        }
        if (c >= 0x2000 && c < 0x2070) {
            return PUNCTUATION_TEXT[c - 0x2000];
        }
        return String.valueOf(c);
    }

    private static String[] charTexts(int from, int to) {
        String[] texts = new String[to - from];
        for (int c = from; c < to; c++) {
            texts[c - from] = String.valueOf((char) c);
        }
        return texts;
    }

    private static int wordEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
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
            // the word is read in place, without a substring and its lower case for every word before a period;
            // only short words can be abbreviations
            // (text.indexOf finds the period at i at the latest, so "before i" means inside the word)
            if (text.indexOf('.', from) < i && initialism(text, from, i)) {
                return i + 1; // "U.S." "D.C."
            }
            if (i - from == 1 && Character.isUpperCase(text.charAt(from))) {
                return i + 1; // middle initial "John F. Kennedy"
            }
            // lower-casing never shortens a word, so a word longer than every abbreviation is none
            if (i - from <= LONGEST_ABBREVIATION && isAbbreviation(text, from, i) && !endsSentence(text, i)) {
                return i + 1;
            }
        }
        return i;
    }

    /** Whether text[from, to) lower-cased is one of {@link #ABBREVIATIONS}; at most {@link #LONGEST_ABBREVIATION} chars. */
    private static boolean isAbbreviation(String text, int from, int to) {
        long code = asciiCode(text, from, to, true);
        if (code < 0) {
            // beyond ASCII some capitals lower-case to ASCII (the Kelvin sign to "k"): ask the set itself
            return ABBREVIATIONS.contains(text.substring(from, to).toLowerCase(java.util.Locale.ROOT));
        }
        return Arrays.binarySearch(ABBREVIATION_CODES, code) >= 0;
    }

    /** Up to seven ASCII characters as one number, lower-cased if asked; -1 for any other character. */
    private static long asciiCode(String s, int from, int to, boolean lowerCase) {
        long code = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 0x80) {
                return -1;
            }
            if (lowerCase && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            code = code << 8 | c;
        }
        return code;
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

    /**
     * {@link Character#isLetterOrDigit(char)}, with ASCII answered by comparisons: this runs for every character of
     * every article (see BENCHMARKS.md).
     */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
