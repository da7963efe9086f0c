package io.newsdesk.enrich.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides an article's top-level branch from two witnesses: the classifier's probabilities over branches
 * ({@link TopLevelTopicModel}) and the share of the cue evidence that falls in each branch. Together they
 * do better than either alone (cross-validated), the classifier reading how the whole story is written,
 * the cues knowing the specific subjects and the branches the training text hardly covers. Each
 * branch's combined weight is kept, so subjects of other branches can be ranked below the chosen one's.
 */
record TopicBranches(double cueShare, double temperature) {

    /**
     * The settings cross-validated on the training text (TopLevelTopicModelTrainingTest; 0.5 to 0.7 of the
     * decision to the cues score alike there, 0.7 keeps the old evaluation set's specific topics): the cues carry
     * {@code cueShare} of the decision, the classifier the rest; the classifier's log scores are divided by
     * {@code temperature} before they become probabilities, as naive Bayes adds up hundreds of words as if
     * they were independent, which leaves its raw probabilities all but 0 or 1.
     */
    static final TopicBranches DEFAULT = new TopicBranches(0.7, 32.0);

    /** The branch chosen and the combined weight of every branch (the chosen one's is the highest). */
    record Decision(String branch, Map<String, Double> weights) {
        double relativeWeight(String otherBranch) {
            double best = weights.getOrDefault(branch, 0.0);
            return best <= 0 ? 1 : weights.getOrDefault(otherBranch, 0.0) / best;
        }
    }

    /**
     * @param scores the classifier's log scores per branch of the model
     * @param direct cue evidence per concept
     * @param branchOf the top-level concept of a concept
     * @return the decision, or null when there is no evidence of either kind
     */
    Decision decide(TopLevelTopicModel model, double[] scores, boolean anyWords, Map<String, Double> direct,
            Function<String, String> branchOf) {
        Map<String, Double> weights = new HashMap<>();
        double cueTotal = 0;
        for (double v : direct.values()) {
            cueTotal += v;
        }
        if (cueTotal > 0) {
            for (Map.Entry<String, Double> e : direct.entrySet()) {
                weights.merge(branchOf.apply(e.getKey()), cueShare * e.getValue() / cueTotal, Double::sum);
            }
        }
        if (anyWords) {
            double[] tempered = new double[scores.length];
            for (int j = 0; j < scores.length; j++) {
                tempered[j] = scores[j] / temperature;
            }
            double[] p = TopLevelTopicModel.probabilities(tempered);
            double share = cueTotal > 0 ? 1 - cueShare : 1;
            List<String> branches = model.branches();
            for (int j = 0; j < p.length; j++) {
                weights.merge(branches.get(j), share * p[j], Double::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (best == null || e.getValue() > weights.get(best) || e.getValue().equals(weights.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best == null ? null : new Decision(best, weights);
    }
}
