package io.newsdesk.enrich.page;

import io.newsdesk.enrich.text.EnglishWords;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One block of a page as the cleaner sees it: a line of a scraped text page, or a paragraph-level HTML
 * element. {@code html} is the block's markup before sanitizing (null for text pages); {@code linkChars}
 * is how many of its characters sit inside links, the classic signal for navigation menus.
 */
record PageBlock(String text, String html, int linkChars, String listTag) {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'\u2019]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    int words() {
        return words(text);
    }

    /** Runs of letters and digits in {@code text}: its words, as every rule of the page cleaner counts them. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    double stopWordRatio() {
        int words = 0;
        int stop = 0;
        for (String w : NON_WORD.split(text)) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (EnglishWords.isStopWord(w)) {
                stop++;
            }
        }
        return words == 0 ? 0 : (double) stop / words;
    }

    /** Ends like a sentence: ".", "!", "?", optionally followed by a closing quote or bracket. */
    boolean endsLikeSentence() {
        String t = text.strip();
        int i = t.length() - 1;
        while (i >= 0 && "\"\u201D'\u2019)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(t.charAt(i)) >= 0;
    }

    String normalized() {
        return WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
