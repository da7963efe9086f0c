package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.WordList;
import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;

/**
 * A multinomial logistic regression over {@link SpanFeatures}: person, organisation, place or none for each
 * candidate name, trained by {@link SpanTypeTraining} on the project's tagged news and shipped as a resource. Training is deterministic
 * (a fixed number of passes over the examples in an order drawn from a fixed seed), so the same examples give
 * the same weights on every machine. Immutable once trained; shared by all threads.
 */
public final class SpanTypeModel implements SpanTyper {
    /** The classes in weight order; null is "no entity". */
    private static final EntityType[] CLASSES = {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, null};
    private static final int EPOCHS = 20;
    private static final double LEARNING_RATE = 0.2;
    private static final double L2 = 1e-5;
    private static final long SEED = 14L;
    /**
     * The shipped weights are the mean of the weights after each epoch from this one on: the last few updates of
     * stochastic gradient descent swing rare names' weights with the order of the examples, so one more training
     * article could flip a name no feature decides ("Noor Haddadi"); the mean is steadier.
     */
    private static final int AVERAGED_FROM = 10;

    /** One training example: the features of a candidate and what the tags say it is (null: nothing). */
    record Example(List<String> features, EntityType label) {
    }

    /** The model shipped in the jar, trained by {@code SpanTypeModelTest} (see enrich/training/README.md). */
    static final String RESOURCE = "/model/span-types.tsv";
    /** Weights smaller than this are left out of the shipped model: they decide nothing. */
    private static final double SMALLEST_WEIGHT = 5e-4;

    private final Map<String, double[]> weights;
    /**
     * The same weights by a 64-bit polynomial hash of each feature's name ({@link #hash}), in open addressing: what {@link #type}
     * reads, hashing each feature from its parts instead of building its name (see {@link SpanFeatures.Sink}).
     * Names that share a hash share a slot and their weights are added (the hashing trick);
     * {@link #hashCollisions} counts them, and the shipped model has none, so both readings give the same scores.
     */
    private final long[] hashes;
    private final double[] hashedWeights;
    private final boolean[] used;
    private final int mask;
    private final int hashCollisions;

    private SpanTypeModel(Map<String, double[]> weights) {
        this.weights = weights;
        int size = Integer.highestOneBit(Math.max(4, weights.size() * 2)) << 1;
        this.mask = size - 1;
        this.hashes = new long[size];
        this.used = new boolean[size];
        this.hashedWeights = new double[size * CLASSES.length];
        int collisions = 0;
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            long h = hash(e.getKey());
            int slot = spread(h) & mask;
            while (used[slot] && hashes[slot] != h) {
                slot = (slot + 1) & mask;
            }
            if (used[slot]) {
                collisions++;
            }
            used[slot] = true;
            hashes[slot] = h;
            for (int c = 0; c < CLASSES.length; c++) {
                hashedWeights[slot * CLASSES.length + c] += e.getValue()[c];
            }
        }
        this.hashCollisions = collisions;
    }

    private static int spread(long h) {
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /** The multiplier of {@link #hash}: odd, with its bits spread. */
    private static final long M = 0x9E3779B97F4A7C15L;

    /**
     * A polynomial hash of a string, like {@link String#hashCode} in 64 bits: hash(a + b) = hash(a) * M^|b| + hash(b),
     * so the hash of a feature's name comes from the hashes of its parts. 32 bits are too few: the shipped model's
     * names collided seven times under String.hashCode.
     */
    static long hash(String s) {
        long h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * M + s.charAt(i);
        }
        return h;
    }

    /** Feature names of this model that share a hash with another (0 for the shipped model: a test checks it). */
    int hashCollisions() {
        return hashCollisions;
    }

    /** The shipped model, read once. */
    public static SpanTypeModel standard() {
        return Standard.MODEL;
    }

    private static final class Standard {
        static final SpanTypeModel MODEL = parse(WordList.lines(RESOURCE));
    }

    /** The model as text: one line per feature, "feature TAB person TAB organisation TAB place TAB none", sorted. */
    String serialize() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Entity span typer: logistic regression weights per feature (person, organisation, place, none).\n");
        sb.append("# Written by SpanTypeModelTest from enrich/training/tagged-news*.json; see enrich/training/README.md.\n");
        for (String f : new TreeSet<>(weights.keySet())) {
            double[] w = weights.get(f);
            if (Math.abs(w[0]) < SMALLEST_WEIGHT && Math.abs(w[1]) < SMALLEST_WEIGHT && Math.abs(w[2]) < SMALLEST_WEIGHT
                    && Math.abs(w[3]) < SMALLEST_WEIGHT) {
                continue;
            }
            sb.append(f);
            for (double v : w) {
                sb.append('\t').append(String.format(Locale.ROOT, "%.4f", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The model of {@link #serialize}'s lines (comments and blank lines already left out). */
    static SpanTypeModel parse(List<String> lines) {
        Map<String, double[]> w = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length != CLASSES.length + 1) {
                throw new IllegalArgumentException("span type model: not a feature and " + CLASSES.length + " weights: " + line);
            }
            double[] v = new double[CLASSES.length];
            for (int c = 0; c < v.length; c++) {
                v[c] = Double.parseDouble(f[c + 1]);
            }
            w.put(f[0], v);
        }
        return new SpanTypeModel(w);
    }

    /**
     * The organisation class's probability is weighed by this before the choice: a name with no evidence either way
     * ("Noor Haddadi called ...") leans to an organisation after training on many two-word team and company names,
     * and the 10-fold cross-validation of SpanTypeModelTest scores best near 0.8 (all mentions 0.896 at 1.0, 0.897 at
     * 0.8, 0.895 at 1.4).
     */
    private static final double ORGANIZATION_WEIGHT = 0.8;
    private static final int ORGANIZATION = 1;

    /** Below this probability of "none", a type the rules guessed stands even when "none" scores highest. */
    private static final double RULES_STAND_BELOW = 0.6;

    @Override
    public EntityType type(Recognition r, int from, int end, String title, EntityType ruleGuess) {
        if (ruleGuess == EntityType.PERSON && title != null && EntityWords.COURTESY_TITLES.contains(title.substring(title.lastIndexOf(' ') + 1))) {
            return EntityType.PERSON; // "Ms Trinh": what the rest of the text does with the word cannot outweigh "Ms"
        }
        if (ruleGuess != EntityType.PLACE && NameUsage.familyName(r, from, end)) {
            return EntityType.PERSON; // "the Obregón family": a family is named after people, whatever else the name recalls
        }
        HashedScores scores = new HashedScores();
        SpanFeatures.write(r, from, end, title, ruleGuess, scores);
        double[] p = scores.s;
        softmax(p);
        p[ORGANIZATION] *= ORGANIZATION_WEIGHT;
        EntityType best = CLASSES[best(p)];
        // a near tie between "none" and the rules' type: the rules' evidence (a given name, a title) decides
        return best == null && ruleGuess != null && p[CLASSES.length - 1] < RULES_STAND_BELOW && p[index(ruleGuess)] > 0.3 ? ruleGuess : best;
    }

    /** The probabilities of tokens [from, end) as {@link #type} computes them: by hashed features. */
    double[] hashedProbabilities(Recognition r, int from, int end, String title, EntityType ruleGuess) {
        HashedScores scores = new HashedScores();
        SpanFeatures.write(r, from, end, title, ruleGuess, scores);
        softmax(scores.s);
        return scores.s;
    }

    /** Adds each feature's weights to the scores as it comes, found by the hash of its parts. */
    private final class HashedScores implements SpanFeatures.Sink {
        final double[] s = new double[CLASSES.length];

        @Override
        public void add(String feature) {
            addHash(hash(feature));
        }

        @Override
        public void add(String prefix, String value) {
            addHash(hash(prefix) * power(value.length()) + hash(value));
        }

        @Override
        public void add(String prefix, String value, String suffix) {
            addHash((hash(prefix) * power(value.length()) + hash(value)) * power(suffix.length()) + hash(suffix));
        }

        private void addHash(long h) {
            int slot = spread(h) & mask;
            while (used[slot]) {
                if (hashes[slot] == h) {
                    int base = slot * CLASSES.length;
                    for (int c = 0; c < s.length; c++) {
                        s[c] += hashedWeights[base + c];
                    }
                    return;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /** M to the power n (64-bit arithmetic, wrapping as {@link #hash} does). */
    private static long power(int n) {
        if (n < POWERS.length) {
            return POWERS[n];
        }
        long p = POWERS[POWERS.length - 1];
        for (int i = POWERS.length - 1; i < n; i++) {
            p *= M;
        }
        return p;
    }

    private static final long[] POWERS = new long[64];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * M;
        }
    }

    /** The probability of each class (person, organisation, place, none) for these features. */
    double[] probabilities(List<String> features) {
        double[] s = scores(features);
        softmax(s);
        return s;
    }

    int featureCount() {
        return weights.size();
    }

    /** The weight of a feature for a class (0 when the feature was never seen); for tests and inspection. */
    double weight(String feature, EntityType type) {
        double[] w = weights.get(feature);
        return w == null ? 0 : w[index(type)];
    }

    static SpanTypeModel fit(List<Example> examples) {
        Map<String, double[]> w = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SEED);
        Map<String, double[]> averaged = new HashMap<>();
        double[] p = new double[CLASSES.length];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch * 0.5);
            for (int i : order) {
                Example e = examples.get(i);
                java.util.Arrays.fill(p, 0);
                for (String f : e.features()) {
                    double[] fw = w.get(f);
                    if (fw != null) {
                        for (int c = 0; c < p.length; c++) {
                            p[c] += fw[c];
                        }
                    }
                }
                softmax(p);
                int gold = index(e.label());
                for (String f : e.features()) {
                    double[] fw = w.computeIfAbsent(f, k -> new double[CLASSES.length]);
                    for (int c = 0; c < p.length; c++) {
                        double gradient = (c == gold ? 1 : 0) - p[c];
                        fw[c] += rate * (gradient - L2 * fw[c]);
                    }
                }
            }
            if (epoch >= AVERAGED_FROM) {
                for (Map.Entry<String, double[]> e : w.entrySet()) {
                    double[] a = averaged.computeIfAbsent(e.getKey(), k -> new double[CLASSES.length]);
                    for (int c = 0; c < a.length; c++) {
                        a[c] += e.getValue()[c];
                    }
                }
            }
        }
        for (double[] a : averaged.values()) {
            for (int c = 0; c < a.length; c++) {
                a[c] /= EPOCHS - AVERAGED_FROM;
            }
        }
        return new SpanTypeModel(averaged);
    }

    private double[] scores(List<String> features) {
        double[] s = new double[CLASSES.length];
        for (String f : features) {
            double[] fw = weights.get(f);
            if (fw != null) {
                for (int c = 0; c < s.length; c++) {
                    s[c] += fw[c];
                }
            }
        }
        return s;
    }

    private static int best(double[] s) {
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }

    private static int index(EntityType type) {
        for (int c = 0; c < CLASSES.length; c++) {
            if (CLASSES[c] == type) {
                return c;
            }
        }
        throw new IllegalArgumentException("no class " + type);
    }

    private static void softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
    }
}
