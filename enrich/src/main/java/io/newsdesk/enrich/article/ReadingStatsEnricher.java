package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.Words;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;

/** Word count of the clean text, and reading time at {@value #WORDS_PER_MINUTE} words a minute, rounded up. */
public final class ReadingStatsEnricher implements Enricher {
    /** An adult's silent reading speed for non-fiction, the figure most reading-time widgets use. */
    public static final int WORDS_PER_MINUTE = 230;

    @Override
    public String name() {
        return "reading-stats";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        int words = Words.count(article.getContent().getText());
        article.setWordCount(words);
        article.setReadingTimeSeconds(readingTimeSeconds(words));
    }

    public static int readingTimeSeconds(int words) {
        return (int) ((words * 60L + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
