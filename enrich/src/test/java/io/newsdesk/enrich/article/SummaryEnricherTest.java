package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.SentenceSplitter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SummaryEnricherTest {
    private final SummaryEnricher enricher = new SummaryEnricher(60, new SentenceSplitter());

    @Test
    void theLedeIsTheOpeningSentencesThatFitTheLimit() {
        EnrichedArticle.Builder article = EnrichedArticle.newBuilder()
                .setSubmission(SampleArticles.submission("m1").build())
                .setContent(ArticleContent.newBuilder().setText(SampleArticles.HARBOR_PILOT_TEXT).build())
                .setEnrichedAt(Instant.EPOCH);

        enricher.enrich(article, AnalyzedText.of(article.getContent().getText()));

        // 20 + 15 + 16 + 3 words fit in 60; the next sentence (9 words) would make 63.
        assertEquals("A federal jury on Tuesday acquitted a harbor pilot accused of helping smugglers move cocaine "
                        + "through the port of Riverside. Prosecutors said the pilot, Dana Whitfield, guided two cargo "
                        + "ships past inspection points in 2023. \"The evidence never showed she knew what was on board,\" "
                        + "said her lawyer, Dr. Mara Lopez. Read the verdict.",
                article.getSummary());
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsCutAtAWord() {
        SummaryEnricher short10 = new SummaryEnricher(10, new SentenceSplitter());

        assertEquals("one two three four five six seven eight nine ten…",
                short10.summarize("one two three four five six seven eight nine ten, eleven twelve. Next one."));
    }

    @Test
    void noTextNoSummary() {
        assertNull(enricher.summarize(""));
        assertNull(enricher.summarize("  \n\n "));
    }

    @Test
    void rejectsATinyLimit() {
        assertThrows(IllegalArgumentException.class, () -> new SummaryEnricher(3, new SentenceSplitter()));
    }
}
