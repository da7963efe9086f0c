package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.LanguageDetector;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;

/**
 * The article's language as an ISO 639-1 code: the submitted tag reduced to its language ({@code en-GB}
 * gives {@code en}), or, when none was submitted or it names no language, the {@link LanguageDetector}'s
 * guess from the headline and text. Left null when neither says; a wrong language is worse than none.
 */
public final class LanguageEnricher implements Enricher {
    private final LanguageDetector detector;

    public LanguageEnricher(LanguageDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        String headline = article.getContent().getHeadline();
        String headlineAndText = (headline == null ? "" : headline + "\n\n") + article.getContent().getText();
        article.setLanguage(LanguageDetector.isoCode(article.getSubmission().getLanguage())
                .or(() -> detector.detect(headlineAndText))
                .orElse(null));
    }
}
