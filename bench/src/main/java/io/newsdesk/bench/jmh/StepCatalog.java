package io.newsdesk.bench.jmh;

import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.stage.Versioned;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every processing step the microbenchmarks can measure, by its {@link Versioned#name()}: exactly the
 * production line-up of {@link StandardProcessors}, in its order (which respects the enrichers'
 * dependencies: quotes and cited sources read the entities). Taking the line-up rather than naming
 * classes keeps the benchmarks measuring what the service runs as steps are added or replaced.
 */
final class StepCatalog {
    private final ContentCleaner productionCleaner;
    private final Map<String, Versioned> steps = new LinkedHashMap<>();
    private final List<Tagger> taggers = new ArrayList<>();
    private final List<Enricher> enrichers = new ArrayList<>();

    StepCatalog() {
        AnalysisSettings settings = AnalysisSettings.defaults();
        productionCleaner = StandardProcessors.cleaner(settings);
        add(productionCleaner);
        StandardProcessors.taggers(settings).forEach(this::add);
        StandardProcessors.enrichers(settings).forEach(this::add);
    }

    private void add(Versioned step) {
        steps.put(step.name(), step);
        if (step instanceof Tagger t) {
            taggers.add(t);
        }
        if (step instanceof Enricher e) {
            enrichers.add(e);
        }
    }

    /** @throws IllegalArgumentException listing the known names, for a name that is not a step */
    Versioned step(String name) {
        Versioned step = steps.get(name);
        if (step == null) {
            throw new IllegalArgumentException("no processing step named '" + name + "'; known: " + steps.keySet());
        }
        return step;
    }

    ContentCleaner productionCleaner() {
        return productionCleaner;
    }

    /** Every tagger of the line-up, in order. */
    List<Tagger> taggers() {
        return taggers;
    }

    /** Every enricher of the line-up, in order. */
    List<Enricher> enrichers() {
        return enrichers;
    }
}
