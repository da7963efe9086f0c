package io.newsdesk.enrich.basics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits plain text into sentences without breaking after titles and abbreviations ("Rep. David",
 * "Dr. Lee", "the U.S. border", "Feb. 26"). A sentence ends at {@code .}, {@code !} or {@code ?} (with any
 * closing quotes or brackets) followed by a space and a capital, digit or opening quote, or at the end
 * of a paragraph. Pure and thread-safe.
 */
public final class SentenceSplitter {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

    /** Words that are followed by a dot mid-sentence; compared lower case without the dot. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "rep", "reps", "sen", "sens", "gov", "lt", "gen", "col", "maj",
            "capt", "cmdr", "sgt", "cpl", "pvt", "adm", "atty", "supt", "insp", "det", "rev", "hon", "pres",
            "st", "mt", "ft", "jr", "sr", "vs", "etc", "inc", "corp", "co", "ltd", "bros", "dept", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "ave", "blvd", "rd", "fig", "vol", "pp", "e.g", "i.e", "a.m", "p.m");
    private static final String CLOSERS = "\"'”’)]";
    private static final String OPENERS = "\"'“‘([";

    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            splitParagraph(paragraph.replace('\n', ' ').strip(), sentences);
        }
        return sentences;
    }

    private static void splitParagraph(String p, List<String> out) {
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
            add(p.substring(start, end), out);
            start = next;
            i = next - 1;
        }
        add(p.substring(start), out);
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

    private static void add(String sentence, List<String> out) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
