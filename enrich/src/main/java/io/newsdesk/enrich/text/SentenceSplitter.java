package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits plain text into sentences without breaking after titles and abbreviations ("Rep. David",
 * "Dr. Lee", "the U.S. border", "Feb. 26"). A sentence ends at {@code .}, {@code !} or {@code ?} (with any
 * closing quotes or brackets) followed by a space and a capital, digit or opening quote, or at the end
 * of a paragraph. Pure and thread-safe.
 */
public final class SentenceSplitter {
    /** Words that are followed by a dot mid-sentence; compared lower case without the dot. */
    static final Set<String> ABBREVIATIONS = WordList.set("/lexicon/text/summary-abbreviations.txt");
    private static final String CLOSERS = "\"'”’)]";
    private static final String OPENERS = "\"'“‘([";

    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        split(text, sentences::add);
        return sentences;
    }

    /**
     * Hands the sentences of {@code text} to {@code sink} in order until it returns false. Why: the lede
     * summary needs only the opening sentences, and splitting the whole text for them was most of its cost
     * (a 10 KB text has a hundred sentences, the summary uses three).
     */
    public void split(String text, Predicate<String> sink) {
        if (text == null) {
            return;
        }
        // Paragraphs are what the expression \n\s*\n separates, found by a scan: the break runs from a newline
        // over whitespace (\s: space, tab, newline, vertical tab, form feed, return) to the last newline
        // of that whitespace, when there is a second one.
        int n = text.length();
        int from = 0;
        int i = text.indexOf('\n');
        while (i >= 0) {
            int lastNewline = -1;
            int j = i + 1;
            while (j < n && isRegexSpace(text.charAt(j))) {
                if (text.charAt(j) == '\n') {
                    lastNewline = j;
                }
                j++;
            }
            if (lastNewline < 0) {
                i = text.indexOf('\n', j);
                continue;
            }
            if (!splitParagraph(text.substring(from, i).replace('\n', ' ').strip(), sink)) {
                return;
            }
            from = lastNewline + 1;
            i = text.indexOf('\n', from);
        }
        splitParagraph(text.substring(from).replace('\n', ' ').strip(), sink);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** False when the sink wants no more sentences. */
    private static boolean splitParagraph(String p, Predicate<String> out) {
        int start = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < p.length() && (CLOSERS.indexOf(p.charAt(end)) >= 0 || p.charAt(end) == '.')) {
                end++;
            }
            if (end >= p.length() || !Character.isWhitespace(p.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < p.length() && Character.isWhitespace(p.charAt(next))) {
                next++;
            }
            if (next >= p.length() || !startsSentence(p.charAt(next))) {
                continue;
            }
            if (c == '.' && isAbbreviation(p, start, i, p.charAt(next))) {
                continue;
            }
            if (!add(p.substring(start, end), out)) {
                return false;
            }
            start = next;
            i = next - 1;
        }
        return add(p.substring(start), out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Is the word ending at the dot {@code dot} a title, abbreviation or initial? */
    private static boolean isAbbreviation(String p, int from, int dot, char following) {
        int wordStart = dot;
        while (wordStart > from && !Character.isWhitespace(p.charAt(wordStart - 1))
                && OPENERS.indexOf(p.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = p.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        // An initial ("J. Smith") or a dotted abbreviation ("U.S", "a.m") never ends a sentence here.
        if ((word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.indexOf('.') > 0) {
            return true;
        }
        // "No. 2" is a number sign; "He said no. Then" ends a sentence.
        if ((word.equals("No") || word.equals("Nos")) && Character.isDigit(following)) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean add(String sentence, Predicate<String> out) {
        String s = sentence.strip();
        return s.isEmpty() || out.test(s);
    }
}
