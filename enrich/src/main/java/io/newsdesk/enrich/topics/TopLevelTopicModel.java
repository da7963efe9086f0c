package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.WordList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of the Media Topics' top-level branches (sport, politics, crime, economy...) an article belongs to,
 * as a multinomial naive Bayes over its words ({@link TopicWords}), trained on the project's own tagged news
 * ({@code enrich/training/tagged-news*.json}; see enrich/training/README.md for retraining). The cue rules
 * know a subject's specific words; this model knows how a whole sport, business or crime story reads, so a
 * general word ("court", "record", "strike") or a stray cue does not carry a story into another section.
 *
 * <p>Shipped as word counts per branch ({@value #RESOURCE}), so the file is the training's exact result
 * and a test can check that retraining reproduces it; the log-probabilities are worked out on loading.
 */
final class TopLevelTopicModel {

    static final String RESOURCE = "/lexicon/topics/top-level-model.tsv";
    /** Additive smoothing of word counts: small, as 180 articles leave most words unseen in most branches. */
    static final double SMOOTHING = 0.05;

    private final List<String> branches;
    private final int[] documents;
    private final TreeMap<String, int[]> counts;
    private final double[] logPrior;
    private final Map<String, double[]> logLikelihood;

    private TopLevelTopicModel(List<String> branches, int[] documents, TreeMap<String, int[]> counts) {
        this.branches = List.copyOf(branches);
        this.documents = documents;
        this.counts = counts;
        int k = branches.size();
        int totalDocs = Arrays.stream(documents).sum();
        long[] words = new long[k];
        for (int[] c : counts.values()) {
            for (int j = 0; j < k; j++) {
                words[j] += c[j];
            }
        }
        logPrior = new double[k];
        double[] denominator = new double[k];
        for (int j = 0; j < k; j++) {
            logPrior[j] = Math.log((double) documents[j] / totalDocs);
            denominator[j] = Math.log(words[j] + SMOOTHING * counts.size());
        }
        logLikelihood = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            double[] l = new double[k];
            for (int j = 0; j < k; j++) {
                l[j] = Math.log(e.getValue()[j] + SMOOTHING) - denominator[j];
            }
            logLikelihood.put(e.getKey(), l);
        }
    }

    /** One training article: its top-level branch (a qcode) and its words as {@link TopicWords} gives them. */
    record Example(String branch, List<String> words) {
    }

    static TopLevelTopicModel train(List<Example> examples) {
        List<String> branches = examples.stream().map(Example::branch).distinct().sorted().toList();
        int[] documents = new int[branches.size()];
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (Example e : examples) {
            int j = branches.indexOf(e.branch());
            documents[j]++;
            for (String w : e.words()) {
                counts.computeIfAbsent(w, x -> new int[branches.size()])[j]++;
            }
        }
        return new TopLevelTopicModel(branches, documents, counts);
    }

    static TopLevelTopicModel shipped() {
        return read(WordList.lines(RESOURCE));
    }

    /**
     * The model file: a "branches" line (tab-separated qcodes), a "documents" line (training articles per
     * branch), then one line per word: the word, a tab, and "branch-index:count" pairs for the branches
     * it occurs in (most words occur in one or two, so the file lists only those).
     */
    static TopLevelTopicModel read(List<String> lines) {
        if (lines.size() < 2 || !lines.get(0).startsWith("branches\t") || !lines.get(1).startsWith("documents\t")) {
            throw new IllegalStateException(RESOURCE + ": expected 'branches' and 'documents' lines first");
        }
        List<String> branches = List.of(lines.get(0).substring("branches\t".length()).split("\t"));
        int k = branches.size();
        String[] docs = lines.get(1).split("\t");
        if (docs.length != k + 1) {
            throw new IllegalStateException(RESOURCE + ": expected " + k + " document counts: " + lines.get(1));
        }
        int[] documents = new int[k];
        for (int j = 0; j < k; j++) {
            documents[j] = Integer.parseInt(docs[j + 1]);
        }
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(RESOURCE + ": not a 'word<TAB>branch:count ...' line: " + line);
            }
            int[] c = new int[k];
            for (String pair : line.substring(tab + 1).split(" ")) {
                int colon = pair.indexOf(':');
                c[Integer.parseInt(pair.substring(0, colon))] = Integer.parseInt(pair.substring(colon + 1));
            }
            counts.put(line.substring(0, tab), c);
        }
        return new TopLevelTopicModel(branches, documents, counts);
    }

    /** The model file's text; {@link #read} of its lines gives the same model. */
    String write() {
        StringBuilder out = new StringBuilder();
        out.append("# Top-level Media Topic model: word counts per branch, written by TopLevelTopicModelTrainingTest from\n")
                .append("# enrich/training/tagged-news*.json (see enrich/training/README.md). Do not edit by hand.\n");
        out.append("branches\t").append(String.join("\t", branches)).append('\n');
        out.append("documents");
        Arrays.stream(documents).forEach(d -> out.append('\t').append(d));
        out.append('\n');
        counts.forEach((w, c) -> {
            out.append(w);
            char separator = '\t';
            for (int j = 0; j < c.length; j++) {
                if (c[j] > 0) {
                    out.append(separator).append(j).append(':').append(c[j]);
                    separator = ' ';
                }
            }
            out.append('\n');
        });
        return out.toString();
    }

    List<String> branches() {
        return branches;
    }

    /** Log prior per branch: where {@link #add} starts adding a text's words. */
    double[] start() {
        return logPrior.clone();
    }

    /** Adds one occurrence of a word to a text's log scores; a word never seen in training says nothing. */
    void add(double[] scores, String word) {
        double[] l = logLikelihood.get(word);
        if (l != null) {
            for (int j = 0; j < scores.length; j++) {
                scores[j] += l[j];
            }
        }
    }

    /** Probabilities per branch from log scores, summing to one. */
    static double[] probabilities(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double[] p = new double[scores.length];
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(scores[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /** The likeliest branch of some words (for tests and cross-validation). */
    String classify(List<String> words) {
        double[] s = start();
        words.forEach(w -> add(s, w));
        int best = 0;
        for (int j = 1; j < s.length; j++) {
            if (s[j] > s[best]) {
                best = j;
            }
        }
        return branches.get(best);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TopLevelTopicModel[%d branches, %d words]", branches.size(), counts.size());
    }
}
