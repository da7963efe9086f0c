package io.newsdesk.enrich.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The one table of what the held-out half of the news evaluation set must score: a floor the build fails under
 * and the target of issue 14, which the table reports as MET or NOT MET. Since the fourth round (2026-12-03:
 * entities F1 0.884, organisations 0.828, quote recall 1.000, speaker 0.888, headline 0.974, topic 0.988) every
 * target is met, so the floors of entities, organisations and headlines are the targets themselves: a change
 * that takes the enrichment back under what the issue asks for fails the build. The others stay about 0.01-0.03
 * under the measured figures, above their targets. Baseline before issue 14's work: entities F1 0.722,
 * organisations 0.669, quote recall 0.884, speaker 0.493, headline 0.359, topic 0.753.
 */
enum QualityFloors {
    ENTITY_F1("entities F1", 0.88, 0.88, s -> s.entities.f1()),
    ORGANIZATION_F1("organisations F1", 0.82, 0.82, s -> s.byType.get("ORGANIZATION").f1()),
    QUOTE_RECALL("quote recall", 0.98, 0.92, s -> s.quotes.recall()),
    SPEAKER("speaker right of found", 0.87, 0.85, NewsEvaluationScore::speakerAccuracy),
    HEADLINE("headline exact (raw pages)", 0.95, 0.95, NewsEvaluationScore::headlineExact),
    TOPIC("main topic top-level", 0.96, 0.90, NewsEvaluationScore::topicTopLevel);

    final String metric;
    final double floor;
    final double target;
    private final ToDoubleFunction<NewsEvaluationScore> measure;

    QualityFloors(String metric, double floor, double target, ToDoubleFunction<NewsEvaluationScore> measure) {
        this.metric = metric;
        this.floor = floor;
        this.target = target;
        this.measure = measure;
    }

    double of(NewsEvaluationScore score) {
        return measure.applyAsDouble(score);
    }

    /** Each metric's value, floor and target, with MET/NOT MET against the target. */
    static String report(NewsEvaluationScore score) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "  %-28s %7s %7s %7s%n", "against issue 14 (" + score.half + ")", "value", "floor", "target"));
        for (QualityFloors f : List.of(values())) {
            double v = f.of(score);
            t.append(String.format(Locale.ROOT, "  %-28s %7.3f %7.2f %7.2f  %s%n", f.metric, v, f.floor, f.target,
                    v >= f.target ? "MET" : "NOT MET"));
        }
        return t.toString();
    }
}
