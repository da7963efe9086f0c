package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How the basic steps split text into words, so that word count, keywords, language and slug agree on
 * what a word is. A number keeps its separators ({@code 10,000}, {@code 3.5}); a word keeps inner
 * hyphens, apostrophes and dots ({@code long-running}, {@code there's}, {@code U.S.}), so each counts once.
 *
 * <p>A word is what the regular expression
 * {@code \p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?} finds, read as
 * {@code Matcher.find} reads it (by code point, \p{L} and \p{N} being the Unicode letter and number
 * categories). Why a hand-written scan rather than that expression: every quantifier in it is greedy and
 * nothing follows that could fail, so the first path the matcher tries is the match, and one forward pass
 * over the chars finds the same words, without the matcher's property lookup and node dispatch per char
 * (see BENCHMARKS.md). WordsTest checks the scan against the expression on generated text.
 */
public final class Words {

    private Words() {
    }

    /** The words of {@code text} in order, as written. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = wordEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            // A trailing dot belongs to the word only for abbreviations written with inner dots (U.S.).
            int stop = end;
            if (text.charAt(end - 1) == '.' && text.lastIndexOf('.', end - 2) < i) {
                stop = end - 1;
            }
            words.add(text.substring(i, stop));
            i = end;
        }
        return words;
    }

    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        return count(text, 0, text.length());
    }

    private static int count(CharSequence text, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            int end = wordEnd(text, i, to);
            if (end < 0) {
                i++;
            } else {
                count++;
                i = end;
            }
        }
        return count;
    }

    private static int wordEnd(CharSequence text, int from) {
        return wordEnd(text, from, text.length());
    }

    /**
     * End of the word starting at {@code from}, or -1 when no word starts there. Stepping one char on a
     * miss is what the matcher does too: a low surrogate on its own is neither letter nor number.
     */
    private static int wordEnd(CharSequence text, int from, int to) {
        int c = codePointAt(text, from, to);
        if (isNumber(c)) {
            // \p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?
            int j = numbersEnd(text, from, to);
            while (j + 1 < to && isNumberSeparator(text.charAt(j)) && isNumber(codePointAt(text, j + 1, to))) {
                j = numbersEnd(text, j + 1, to);
            }
            return lettersEnd(text, j, to);
        }
        if (!isLetter(c)) {
            return -1;
        }
        // [\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?
        int j = lettersOrNumbersEnd(text, from, to);
        while (j + 1 < to && isInnerPunctuation(text.charAt(j)) && isLetterOrNumber(codePointAt(text, j + 1, to))) {
            j = lettersOrNumbersEnd(text, j + 1, to);
        }
        if (j < to && text.charAt(j) == '.') {
            j++;
        }
        return j;
    }

    private static int numbersEnd(CharSequence text, int from, int to) {
        int j = from;
        int c;
        while (j < to && isNumber(c = codePointAt(text, j, to))) {
            j += Character.charCount(c);
        }
        return j;
    }

    private static int lettersEnd(CharSequence text, int from, int to) {
        int j = from;
        int c;
        while (j < to && isLetter(c = codePointAt(text, j, to))) {
            j += Character.charCount(c);
        }
        return j;
    }

    private static int lettersOrNumbersEnd(CharSequence text, int from, int to) {
        int j = from;
        int c;
        while (j < to && isLetterOrNumber(c = codePointAt(text, j, to))) {
            j += Character.charCount(c);
        }
        return j;
    }

    /** The code point at {@code i}, not reading past {@code to} (as a region-bounded matcher would not). */
    private static int codePointAt(CharSequence text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            char d = text.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ':';
    }

    private static boolean isInnerPunctuation(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '.';
    }

    /** \p{L}: the Unicode letter categories, which is what Character.isLetter tests. */
    private static boolean isLetter(int c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c);
    }

    /** \p{N}: decimal digits, letter numbers (Ⅻ) and other numbers (², ½); wider than Character.isDigit. */
    private static boolean isNumber(int c) {
        if (c < 128) {
            return c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isLetterOrNumber(int c) {
        return isLetter(c) || isNumber(c);
    }
}
