package io.newsdesk.enrich.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the basic steps split text into words, so that word count, keywords, language and slug agree on
 * what a word is. A number keeps its separators ({@code 10,000}, {@code 3.5}); a word keeps inner
 * hyphens, apostrophes and dots ({@code long-running}, {@code there's}, {@code U.S.}), so each counts once.
 */
public final class Words {
    private static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,:]\\p{N}+)*(?:\\p{L}+)?|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*\\.?");

    private Words() {
    }

    /** The words of {@code text} in order, as written. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            // A trailing dot belongs to the word only for abbreviations written with inner dots (U.S.).
            if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
                w = w.substring(0, w.length() - 1);
            }
            words.add(w);
        }
        return words;
    }

    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
