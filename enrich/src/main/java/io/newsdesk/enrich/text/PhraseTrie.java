package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A trie over word sequences: the index every gazetteer and cue lexicon is compiled into. Finding all
 * phrases in a text walks the trie from each token only as deep as the text keeps matching, so the cost
 * per article is bounded by (tokens x longest phrase) and does not grow with the number of phrases.
 * Built once, then read-only (safe to share between threads).
 *
 * @param <V> what a phrase stands for (a concept, an entity)
 */
public final class PhraseTrie<V> {

    /**
     * One phrase found in a text: tokens [from, to) and every value registered for that phrase. {@code values}
     * is the trie's own list for the phrase, the same object at every match of it, so a caller may count a
     * phrase's matches by that list's identity.
     */
    public record Match<V>(int from, int to, List<V> values) {
    }

    /** The matches of one lookup and the number of trie steps it took (for cost checks). */
    public record Result<V>(List<Match<V>> matches, long steps) {
    }

    private static final class Node<V> {
        private final Map<String, Node<V>> children = new HashMap<>(4);
        private List<V> values;
    }

    private final Node<V> root = new Node<>();
    private int size;
    private int longest;

    public void put(List<String> keyTokens, V value) {
        if (keyTokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node<V> node = root;
        for (String k : keyTokens) {
            node = node.children.computeIfAbsent(k, x -> new Node<>());
        }
        if (node.values == null) {
            node.values = new ArrayList<>(1);
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
            size++;
        }
        longest = Math.max(longest, keyTokens.size());
    }

    /** Number of (phrase, value) entries. */
    public int size() {
        return size;
    }

    /** Length in tokens of the longest phrase. */
    public int longestPhrase() {
        return longest;
    }

    /** Leftmost-longest, non-overlapping matches: what a gazetteer tagger wants. */
    public Result<V> findLongest(int tokenCount, IntFunction<String> keyAt) {
        List<Match<V>> out = new ArrayList<>();
        long steps = 0;
        int i = 0;
        while (i < tokenCount) {
            Node<V> node = root;
            int bestEnd = -1;
            List<V> bestValues = null;
            for (int j = i; j < tokenCount; j++) {
                String key = keyAt.apply(j);
                steps++;
                node = key == null ? null : node.children.get(key);
                if (node == null) {
                    break;
                }
                if (node.values != null) {
                    bestEnd = j + 1;
                    bestValues = node.values;
                }
            }
            if (bestValues != null) {
                out.add(new Match<>(i, bestEnd, bestValues));
                i = bestEnd;
            } else {
                i++;
            }
        }
        return new Result<>(out, steps);
    }
}
