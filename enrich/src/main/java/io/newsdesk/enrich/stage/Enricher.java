package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;

/**
 * One step of the enrichment stage (entities, quotes, cited outlets, figures, summary, reading time,
 * language, slug). The builder already holds the submission, the clean content, the topics and keywords,
 * and the fields set by the enrichers that ran before this one (quotes run after entities, so a quote's
 * speaker can be resolved to a person). Each enricher sets only its own fields. Pure and thread-safe.
 */
public interface Enricher extends Versioned {
    void enrich(EnrichedArticle.Builder article);

    /**
     * The same, with {@code text} the analysis of {@code content.text}: {@link ArticleProcessor} analyses
     * the text once per article and hands it to every step, so that the steps that read tokens, sentences
     * or paragraphs do not each tokenise the same text again. Such a step overrides this; the default
     * ignores the analysis.
     */
    default void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        enrich(article);
    }
}
