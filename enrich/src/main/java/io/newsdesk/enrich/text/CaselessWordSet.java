package io.newsdesk.enrich.text;

import java.util.Collection;
import java.util.List;

/**
 * A fixed set of lower-case ASCII words (and short phrases), asked whether a token's text is one of them
 * ignoring case: {@code indexOf(text)} answers what {@code words.indexOf(text.toLowerCase(Locale.ROOT))}
 * would, without building the lower-case string. Why: the passes ask "is this token a month, a unit, a
 * speech verb?" of nearly every token, and a throw-away lower-case copy per question is most of what such
 * a question costs (see BENCHMARKS.md). The index lets a {@code Map<String, V>} become an array of values.
 *
 * <p>Exactness: the only char outside ASCII whose lower case ({@code String.toLowerCase(Locale.ROOT)}) is
 * ASCII is the Kelvin sign (U+212A, lower case "k"); every other non-ASCII char makes the text no entry.
 * CaselessWordSetTest checks that claim over all of Unicode. Immutable and thread-safe.
 */
public final class CaselessWordSet {
    private static final int NOT_ASCII = -1;

    private final String[] words;
    /** Open addressing: word index + 1, or 0 for an empty slot. */
    private final int[] table;
    private final int mask;
    private final int longest;
    /**
     * For each folded first char, the lengths of the words starting with it, one bit each: most tokens of a
     * text are no entry, and this one test turns most of them away before a hash is computed (first chars
     * and lengths tested apart let through nearly every word once a list has some dozens of words).
     */
    private final long[] lengthsByFirst = new long[128];

    private CaselessWordSet(List<String> words) {
        this.words = words.toArray(new String[0]);
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        this.table = new int[size];
        this.mask = size - 1;
        int max = 0;
        for (String word : this.words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("an empty word");
            }
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (c >= 128 || c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("not a lower-case ASCII word: " + word);
                }
            }
            max = Math.max(max, word.length());
            lengthsByFirst[word.charAt(0)] |= 1L << Math.min(word.length(), 63);
        }
        this.longest = max;
        for (int w = 0; w < this.words.length; w++) {
            String word = this.words[w];
            if (indexOf(word) >= 0) {
                throw new IllegalArgumentException("listed twice: " + word);
            }
            int slot = word.hashCode() & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = w + 1;
        }
    }

    /** The words in this order: {@link #indexOf} answers positions in it. */
    public static CaselessWordSet of(List<String> words) {
        return new CaselessWordSet(words);
    }

    /** For membership only, when the order does not matter. */
    public static CaselessWordSet of(Collection<String> words) {
        return new CaselessWordSet(List.copyOf(words));
    }

    public static CaselessWordSet of(String... words) {
        return new CaselessWordSet(List.of(words));
    }

    public int size() {
        return words.length;
    }

    public String word(int index) {
        return words[index];
    }

    public boolean contains(CharSequence text) {
        return indexOf(text, 0, text.length()) >= 0;
    }

    /** Position of {@code text.toLowerCase(Locale.ROOT)} among the words, or -1. */
    public int indexOf(CharSequence text) {
        return indexOf(text, 0, text.length());
    }

    /** The same for the chars of {@code text} from {@code from} to {@code to} (exclusive). */
    public int indexOf(CharSequence text, int from, int to) {
        int length = to - from;
        if (length > longest || length <= 0) {
            return -1;
        }
        int first = fold(text.charAt(from));
        if (first == NOT_ASCII || (lengthsByFirst[first] & (1L << Math.min(length, 63))) == 0) {
            return -1;
        }
        int hash = 0;
        for (int k = from; k < to; k++) {
            int c = fold(text.charAt(k));
            if (c == NOT_ASCII) {
                return -1;
            }
            hash = 31 * hash + c;
        }
        // the same hash String.hashCode gives the lower-case text, so a slot is probed once per text
        int slot = hash & mask;
        int entry;
        while ((entry = table[slot]) != 0) {
            String word = words[entry - 1];
            if (word.length() == length && sameFolded(word, text, from)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean sameFolded(String word, CharSequence text, int from) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != fold(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    /** The char's lower case when that is ASCII, else {@link #NOT_ASCII}. */
    static int fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return c == '\u212A' ? 'k' : NOT_ASCII;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
