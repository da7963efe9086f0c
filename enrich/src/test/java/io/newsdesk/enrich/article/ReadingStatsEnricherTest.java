package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReadingStatsEnricherTest {
    private final ReadingStatsEnricher enricher = new ReadingStatsEnricher();

    @Test
    void countsTheWordsOfTheCleanText() {
        EnrichedArticle.Builder article = article(SampleArticles.HARBOR_PILOT_TEXT);

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        assertEquals(76, article.getWordCount());
        // 76 words at 230 a minute is 19.8 seconds, rounded up.
        assertEquals(20, article.getReadingTimeSeconds());
    }

    @Test
    void readingTimeIsRoundedUpToWholeSeconds() {
        assertEquals(0, ReadingStatsEnricher.readingTimeSeconds(0));
        assertEquals(1, ReadingStatsEnricher.readingTimeSeconds(1));
        assertEquals(60, ReadingStatsEnricher.readingTimeSeconds(230));
        assertEquals(61, ReadingStatsEnricher.readingTimeSeconds(231));
        assertEquals(97, ReadingStatsEnricher.readingTimeSeconds(370));
    }

    @Test
    void emptyTextHasNoWordsAndNoReadingTime() {
        EnrichedArticle.Builder article = article("");

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        assertEquals(0, article.getWordCount());
        assertEquals(0, article.getReadingTimeSeconds());
    }

    static EnrichedArticle.Builder article(String text) {
        return EnrichedArticle.newBuilder()
                .setSubmission(SampleArticles.submission("r1").build())
                .setContent(ArticleContent.newBuilder().setText(text).build())
                .setEnrichedAt(Instant.EPOCH);
    }
}
