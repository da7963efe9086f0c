package io.newsdesk.enrich.keywords;

import io.newsdesk.enrich.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate terms of one article, tallied by their folded words without building a string per
 * occurrence: each distinct folded word gets a small number once, a phrase of up to three words is a
 * {@code long} of those numbers looked up in an open-addressing table, and occurrences are logged as token
 * ranges; surfaces are built afterwards for the few chosen keywords only, in occurrence order, so the most
 * frequent surface and its tie-break come out as a map of surfaces would give them (see BENCHMARKS.md for
 * what the strings cost). Longer names (rare) keep a string key. One instance per call: not shared.
 */
final class KeywordTallies {
    /**
     * One candidate term: its evidence so far, and where it first occurred (which text and token range), from
     * which its key, words and surface forms are read back only if it is chosen.
     */
    static final class Tally {
        final int index;
        final boolean name;
        final int words;
        final AnalyzedText firstText;
        final int firstFrom;
        double occurrences;
        int firstToken = Integer.MAX_VALUE;
        double score;

        Tally(int index, boolean name, int words, AnalyzedText firstText, int firstFrom) {
            this.index = index;
            this.name = name;
            this.words = words;
            this.firstText = firstText;
            this.firstFrom = firstFrom;
        }

        /** The folded words joined by single spaces ("fentanyl smuggling"): what de-duplication compares. */
        String key() {
            return phraseKey(firstText, firstFrom, firstFrom + words);
        }
    }

    private static final int ID_BITS = 20;

    final List<Tally> inOrder = new ArrayList<>();
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Map<String, Integer> longPhrases = new HashMap<>();
    private long[] keys = new long[1024];
    private int[] slots = new int[1024];
    private int used;
    // the occurrence log: tally, text, token range and whether it was read as a name
    private int[] occurrenceTally = new int[256];
    private int[] occurrenceFrom = new int[256];
    private int[] occurrenceTo = new int[256];
    private boolean[] occurrenceName = new boolean[256];
    private AnalyzedText[] occurrenceText = new AnalyzedText[256];
    private int occurrences;

    /** Room for the ids of the folded word of every token of a text: id + 1, 0 for tokens not yet seen in a candidate. */
    int[] wordIds(AnalyzedText text) {
        return new int[text.size()];
    }

    private int wordId(AnalyzedText text, int[] ids, int k) {
        int id = ids[k] - 1;
        if (id < 0) {
            Integer known = wordIds.putIfAbsent(text.folded(k), wordIds.size());
            id = known != null ? known : wordIds.size() - 1;
            ids[k] = id + 1;
        }
        return id;
    }

    void add(AnalyzedText text, int[] ids, int from, int to, boolean name, double weight, int marker) {
        int tally = find(text, ids, from, to);
        if (tally < 0) {
            tally = inOrder.size();
            inOrder.add(new Tally(tally, name, to - from, text, from));
            store(text, ids, from, to, tally);
        }
        Tally t = inOrder.get(tally);
        t.occurrences += weight;
        t.firstToken = Math.min(t.firstToken, marker < 0 ? -1 : from);
        log(tally, text, from, to, name);
    }

    /** The packed key of a phrase of up to three words with small ids, or 0 when it needs a string key. */
    private long packed(AnalyzedText text, int[] ids, int from, int to) {
        int words = to - from;
        if (words > KeywordCandidates.MAX_PHRASE_WORDS) {
            return 0;
        }
        long key = words;
        for (int k = from; k < to; k++) {
            int id = wordId(text, ids, k);
            if (id >= (1 << ID_BITS) - 1) {
                return 0;
            }
            key = key << ID_BITS | (id + 1);
        }
        return key;
    }

    private int find(AnalyzedText text, int[] ids, int from, int to) {
        long key = packed(text, ids, from, to);
        if (key == 0) {
            Integer tally = longPhrases.get(phraseKey(text, from, to));
            return tally == null ? -1 : tally;
        }
        int mask = keys.length - 1;
        for (int h = mix(key) & mask; keys[h] != 0; h = (h + 1) & mask) {
            if (keys[h] == key) {
                return slots[h];
            }
        }
        return -1;
    }

    private void store(AnalyzedText text, int[] ids, int from, int to, int tally) {
        long key = packed(text, ids, from, to);
        if (key == 0) {
            longPhrases.put(phraseKey(text, from, to), tally);
            return;
        }
        if (2 * (used + 1) > keys.length) {
            grow();
        }
        insert(key, tally);
        used++;
    }

    private void insert(long key, int tally) {
        int mask = keys.length - 1;
        int h = mix(key) & mask;
        while (keys[h] != 0) {
            h = (h + 1) & mask;
        }
        keys[h] = key;
        slots[h] = tally;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        for (int h = 0; h < oldKeys.length; h++) {
            if (oldKeys[h] != 0) {
                insert(oldKeys[h], oldSlots[h]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void log(int tally, AnalyzedText text, int from, int to, boolean name) {
        if (occurrences == occurrenceTally.length) {
            int size = occurrences * 2;
            occurrenceTally = Arrays.copyOf(occurrenceTally, size);
            occurrenceFrom = Arrays.copyOf(occurrenceFrom, size);
            occurrenceTo = Arrays.copyOf(occurrenceTo, size);
            occurrenceName = Arrays.copyOf(occurrenceName, size);
            occurrenceText = Arrays.copyOf(occurrenceText, size);
        }
        occurrenceTally[occurrences] = tally;
        occurrenceFrom[occurrences] = from;
        occurrenceTo[occurrences] = to;
        occurrenceName[occurrences] = name;
        occurrenceText[occurrences] = text;
        occurrences++;
    }

    /**
     * The most frequent way the term was written (as written for names, lower case otherwise); on a tie the
     * first in the iteration order of a HashMap filled in occurrence order, as the tagger has always chosen.
     */
    String bestSurface(Tally t) {
        int tally = t.index;
        Map<String, Integer> surfaces = new HashMap<>();
        for (int o = 0; o < occurrences; o++) {
            if (occurrenceTally[o] == tally) {
                String original = occurrenceText[o].slice(occurrenceFrom[o], occurrenceTo[o]);
                surfaces.merge(occurrenceName[o] ? original : original.toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        String best = null;
        int max = 0;
        for (Map.Entry<String, Integer> s : surfaces.entrySet()) {
            if (s.getValue() > max) {
                max = s.getValue();
                best = s.getKey();
            }
        }
        return best;
    }

    /** The folded words of tokens [from, to) joined by single spaces; a one-word key is the word itself. */
    static String phraseKey(AnalyzedText text, int from, int to) {
        if (to - from == 1) {
            return text.folded(from);
        }
        StringBuilder key = new StringBuilder(16 * (to - from));
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(text.folded(k));
        }
        return key.toString();
    }

}
