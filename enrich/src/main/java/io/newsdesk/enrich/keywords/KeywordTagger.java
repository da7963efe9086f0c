package io.newsdesk.enrich.keywords;

import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The few terms that best describe an article. Candidates are names (runs of capitalised words) and
 * phrases of up to three content words between function words and punctuation. A candidate scores by how
 * often it occurs (the headline counts double), how early it first appears, whether it is a name, and a
 * general-English prior: words every story uses ("said", "year", "people") weigh little, and so do
 * adverbs and verb forms, since there is no part-of-speech tagger here. Keywords are de-duplicated by
 * case and plural and are never stop words; a term already inside a chosen longer phrase is not repeated.
 */
public final class KeywordTagger implements Tagger {

    static final int MAX_KEYWORDS = 8;
    static final int MAX_PHRASE_WORDS = 3;

    /**
     * One candidate term: its evidence so far, and where it first occurred (which text and token range), from
     * which its key, words and surface forms are read back only if it is chosen.
     */
    private static final class Tally {
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

    private final int maxKeywords;

    /** At most {@value #MAX_KEYWORDS} keywords. */
    public KeywordTagger() {
        this(MAX_KEYWORDS);
    }

    public KeywordTagger(int maxKeywords) {
        if (maxKeywords < 1) {
            throw new IllegalArgumentException("maxKeywords must be at least 1, was " + maxKeywords);
        }
        this.maxKeywords = maxKeywords;
    }

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void tag(Submission submission, ArticleContent content, TaggedArticle.Builder out) {
        tag(submission, content, AnalyzedText.of(content.getText()), out);
    }

    @Override
    public void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out) {
        out.setKeywords(keywords(content.getHeadline(), text));
    }

    public List<String> keywords(String headline, String text) {
        return keywords(headline, AnalyzedText.of(text));
    }

    /** {@link #keywords(String, String)} of a text analysed already. */
    public List<String> keywords(String headline, AnalyzedText body) {
        Tallies tallies = new Tallies();
        int bodySize = Math.max(1, body.size());
        collect(body, 1.0, 0, true, tallies);
        if (headline != null && !headline.isBlank()) {
            AnalyzedText head = AnalyzedText.of(headline);
            // In a title-cased headline capitals say nothing about names
            collect(head, 2.0, -1, !titleCased(head), tallies);
        }
        List<Tally> scored = new ArrayList<>();
        for (Tally t : tallies.inOrder) {
            if (t.occurrences >= 2 || t.name || t.firstToken < 0) {
                double position = t.firstToken < 0 ? 1.5 : 1.0 + 0.5 * (1.0 - Math.min(1.0, (double) t.firstToken / bodySize));
                double prior = prior(t);
                double length = 1.0 + 0.6 * (t.words - 1);
                t.score = t.occurrences * position * prior * length;
                scored.add(t);
            }
        }
        // a stable sort: on equal scores the term seen first stays first
        scored.sort((a, b) -> Double.compare(b.score, a.score));
        List<String> out = new ArrayList<>();
        List<String> chosenKeys = new ArrayList<>();
        for (Tally t : scored) {
            if (out.size() >= maxKeywords) {
                break;
            }
            String key = t.key();
            if (insideChosen(chosenKeys, key)) {
                continue;
            }
            chosenKeys.add(key);
            out.add(tallies.bestSurface(t));
        }
        return out;
    }

    private static boolean insideChosen(List<String> chosenKeys, String key) {
        for (String k : chosenKeys) {
            if (containsPhrase(k, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPhrase(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static double prior(Tally t) {
        if (t.name) {
            return 1.3;
        }
        double sum = 0;
        for (int k = t.firstFrom; k < t.firstFrom + t.words; k++) {
            sum += wordPrior(t.firstText.folded(k));
        }
        return sum / t.words;
    }

    /** A stand-in for inverse document frequency: general words and verb or adverb forms count less. */
    private static double wordPrior(String w) {
        if (EnglishWords.isCommon(w)) {
            return 0.25;
        }
        if (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing") && w.length() > 6) {
            return 0.45;
        }
        return 1.0;
    }

    private static boolean titleCased(AnalyzedText text) {
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            if (t.isWord() && !text.stopWord(i)) {
                words++;
                if (t.isCapitalized()) {
                    capitals++;
                }
            }
        }
        return words > 0 && capitals > 0.6 * words;
    }

    private static void collect(AnalyzedText text, double weight, int offsetMarker, boolean names, Tallies tallies) {
        int n = text.size();
        // Each token is judged once as a phrase edge, not once for every candidate phrase it is part of (up to
        // MAX_PHRASE_WORDS each as a word and as an edge); its word forms come from the text, worked out once.
        boolean[] weak = new boolean[n];
        boolean[] content = new boolean[n];
        for (int k = 0; k < n; k++) {
            weak[k] = weakEdge(text, k);
            content[k] = contentWord(text, k);
        }
        int[] wordIds = tallies.wordIds(text);
        int i = 0;
        while (i < n) {
            int nameEnd = names ? nameRun(text, i) : i;
            // "Dr. Mara Lopez" is keyworded as "Mara Lopez"; a title or a weekday alone is no keyword
            while (nameEnd > i && (isTitleToken(text.token(i)) || CALENDAR.contains(text.lower(i)))) {
                i++;
            }
            if (i >= n) {
                break; // the text ended with a title or a weekday ("... on Monday"): it used to throw here
            }
            if (nameEnd > i) {
                tallies.add(text, wordIds, i, nameEnd, true, weight, offsetMarker);
                i = nameEnd;
                continue;
            }
            if (!content[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && content[end] && (!names || nameRun(text, end) == end)) {
                end++;
            }
            // every phrase of one to three words inside the run is a candidate: "fentanyl", "fentanyl smuggling"
            for (int a = i; a < end; a++) {
                for (int b = a + 1; b <= Math.min(end, a + MAX_PHRASE_WORDS); b++) {
                    if (!weak[a] && !weak[b - 1]) {
                        tallies.add(text, wordIds, a, b, false, weight * (b - a == 1 ? 1.0 : 0.9), offsetMarker);
                    }
                }
            }
            i = end;
        }
    }

    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** "Dr.", "Rep.", "Gov.": a short capitalised abbreviation before a name. */
    private static boolean isTitleToken(Token t) {
        String s = t.text();
        return s.endsWith(".") && s.length() <= 6 && !t.isAllCaps() && s.indexOf('.') == s.length() - 1;
    }

    /** A phrase does not start or end with a general word or a verb form ("said", "widely", "believed"). */
    private static boolean weakEdge(AnalyzedText text, int i) {
        String w = text.lower(i);
        return text.commonWord(i) || w.endsWith("ly") || w.endsWith("ed");
    }

    private static boolean contentWord(AnalyzedText text, int i) {
        Token t = text.token(i);
        if (!t.isWord() || t.isNumber() || t.text().length() < 3 && !t.isAllCaps()) {
            return false;
        }
        return !text.stopWord(i);
    }

    /** End of a run of capitalised words starting at i ("Drug Enforcement Administration"), or i if none. */
    private static int nameRun(AnalyzedText text, int i) {
        int end = i;
        while (end < text.size()) {
            Token t = text.token(end);
            if (!t.isWord() || !t.isCapitalized() || t.isNumber()) {
                break;
            }
            boolean initial = text.sentenceInitial(end);
            if (initial && (text.stopWord(end) || text.commonWord(end) || !properLooking(text, end))) {
                break;
            }
            if (text.stopWord(end) && !t.isAllCaps()) {
                break;
            }
            end++;
            // "Department of Justice": a lower-case "of"/"and" between capitalised words stays inside the name
            if (end + 1 < text.size() && (text.token(end).text().equals("of") || text.token(end).text().equals("and"))
                    && text.token(end + 1).isCapitalized() && text.token(end + 1).isWord()) {
                end++;
            }
        }
        return end > i && !text.token(end - 1).isCapitalized() ? end - 1 : end;
    }

    /** A sentence-initial capitalised word is a name only if it is not an ordinary lower-case word elsewhere. */
    private static boolean properLooking(AnalyzedText text, int i) {
        String w = text.lower(i);
        return !(w.endsWith("ly") || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("s") && !text.token(i).isAllCaps());
    }

    /** The folded words of tokens [from, to) joined by single spaces; a one-word key is the word itself. */
    private static String phraseKey(AnalyzedText text, int from, int to) {
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

    /**
     * The candidates of one article, found by their folded words without building a string per occurrence.
     *
     * <p>Why: every occurrence of every one-to-three-word phrase used to build its key string, its surface
     * string and its lower-cased surface, and hashed two of them into maps (the largest part of the tagger's
     * cost). Now each distinct folded word gets a small number once, a phrase of up to three words is a
     * {@code long} of those numbers looked up in an open-addressing table, and occurrences are logged as
     * token ranges; surfaces are built afterwards for the few chosen keywords only, in the same order as
     * before, so the most frequent surface and its tie-break come out the same. Longer names (rare) keep a
     * string key. One instance per call: not shared between threads.
     */
    private static final class Tallies {
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
            if (words > MAX_PHRASE_WORDS) {
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
    }
}
