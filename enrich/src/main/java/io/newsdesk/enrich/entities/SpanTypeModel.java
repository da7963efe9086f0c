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

    /** One training example: the features of a candidate and what the tags say it is (null: nothing). */
    record Example(List<String> features, EntityType label) {
    }

    /** The model shipped in the jar, trained by {@code SpanTypeModelTest} (see enrich/training/README.md). */
    static final String RESOURCE = "/model/span-types.tsv";
    /** Weights smaller than this are left out of the shipped model: they decide nothing. */
    private static final double SMALLEST_WEIGHT = 5e-4;

    private final Map<String, double[]> weights;

    private SpanTypeModel(Map<String, double[]> weights) {
        this.weights = weights;
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

    /** Below this probability of "none", a type the rules guessed stands even when "none" scores highest. */
    private static final double RULES_STAND_BELOW = 0.6;

    @Override
    public EntityType type(Recognition r, int from, int end, String title, EntityType ruleGuess) {
        if (ruleGuess == EntityType.PERSON && title != null && EntityWords.COURTESY_TITLES.contains(title.substring(title.lastIndexOf(' ') + 1))) {
            return EntityType.PERSON; // "Ms Trinh": what the rest of the text does with the word cannot outweigh "Ms"
        }
        double[] p = probabilities(SpanFeatures.of(r, from, end, title, ruleGuess));
        EntityType best = CLASSES[best(p)];
        // a near tie between "none" and the rules' type: the rules' evidence (a given name, a title) decides
        return best == null && ruleGuess != null && p[CLASSES.length - 1] < RULES_STAND_BELOW && p[index(ruleGuess)] > 0.3 ? ruleGuess : best;
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
        }
        return new SpanTypeModel(w);
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
