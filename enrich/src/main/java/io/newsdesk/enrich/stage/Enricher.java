package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;

/**
 * One step of the enrichment stage (entities, quotes, cited outlets, figures, summary, reading time,
 * language, slug). The builder already holds the submission, the clean content, the topics and keywords,
 * and the fields set by the enrichers that ran before this one (quotes run after entities, so a quote's
 * speaker can be resolved to a person); {@code text} is the one analysis of {@code content.text} that
 * {@link ArticleProcessor} makes per article for every step. Each enricher sets only its own fields. Pure
 * and thread-safe.
 */
public interface Enricher extends Versioned {
    void enrich(EnrichedArticle.Builder article, AnalyzedText text);
}
