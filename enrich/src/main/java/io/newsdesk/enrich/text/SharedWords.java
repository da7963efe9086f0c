package io.newsdesk.enrich.text;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One shared String for each of the most frequent short words (the stop words and common words of
 * {@link EnglishWords}, lower case and capitalised: "the", "The", "said", "police"), read in place from a
 * text so that the tokenizer need not cut a new one.
 *
 * <p>Why: about half the tokens of a news article are such words, and a fresh substring per token is two
 * objects each (see BENCHMARKS.md). A shared String also keeps its hash, so the word-list probes and trie
 * walks that follow (EnglishWords, the topic cues, the keyword tallies) need not hash it again.
 *
 * <p>Words are looked up by their characters packed into a long (up to seven ASCII characters, the length in
 * the top byte), in an open-addressing table; read-only after construction, so shared between threads.
 */
final class SharedWords {

    static final int LONGEST = 7;

    private final long[] codes;
    private final String[] texts;

    SharedWords(Set<String> words) {
        Set<String> forms = new LinkedHashSet<>();
        for (String w : words) {
            if (code(w, 0, w.length()) > 0) {
                forms.add(w);
                String capitalised = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                if (code(capitalised, 0, capitalised.length()) > 0) {
                    forms.add(capitalised);
                }
            }
        }
        // at most half full: a probe for a word not in the table (half the tokens) soon meets an empty slot,
        // most often in the same cache line
        int size = Integer.highestOneBit(Math.max(forms.size(), 1) * 2 - 1) << 1;
        codes = new long[size];
        texts = new String[size];
        for (String w : forms) {
            long code = code(w, 0, w.length());
            int i = slot(code);
            while (codes[i] != 0) {
                i = (i + 1) & (size - 1);
            }
            codes[i] = code;
            // computed once here, so every reader finds the hash cached
            w.hashCode();
            texts[i] = w;
        }
    }

    /** The stop words and common words of English. */
    static SharedWords english() {
        Set<String> words = new LinkedHashSet<>(WordList.words("/gazetteer/stopwords.txt"));
        words.addAll(WordList.words("/gazetteer/common-english.txt"));
        return new SharedWords(words);
    }

    /** The shared String equal to {@code text[from, to)}, or null when that is not one of the words. */
    String find(String text, int from, int to) {
        long code = code(text, from, to);
        if (code <= 0) {
            return null;
        }
        long[] cs = codes;
        int mask = cs.length - 1;
        for (int i = slot(code); ; i = (i + 1) & mask) {
            long c = cs[i];
            if (c == code) {
                return texts[i];
            }
            if (c == 0) {
                return null;
            }
        }
    }

    /** The characters as one number with the length in the top byte; 0 when too long, empty or not ASCII. */
    private static long code(String s, int from, int to) {
        int length = to - from;
        if (length == 0 || length > LONGEST) {
            return 0;
        }
        long code = length;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= 0x80) {
                return 0;
            }
            code = code << 8 | c;
        }
        // the length byte went first, so it ends in the top byte only for the longest words; shift the rest up
        return code << (8 * (LONGEST - length));
    }

    private int slot(long code) {
        long h = code * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (codes.length - 1);
    }
}
