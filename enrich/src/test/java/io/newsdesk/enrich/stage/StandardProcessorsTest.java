package io.newsdesk.enrich.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production line-up end to end, on the project's own sample page. */
class StandardProcessorsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:16:00Z"), ZoneOffset.UTC);

    @Test
    void productionLineUpTurnsARawPageIntoACompleteEnrichedArticle() {
        ArticleProcessor processor = StandardProcessors.create(AnalysisSettings.defaults(), CLOCK);

        EnrichedArticle article = processor.process(SampleArticles.harborPilotPage("riverside-ledger:4711"));

        assertEquals("Harbor Pilot Cleared of Smuggling Charges", article.getContent().getHeadline());
        assertEquals(SampleArticles.HARBOR_PILOT_TEXT, article.getContent().getText());
        assertEquals(76, article.getWordCount());
        assertEquals(20, article.getReadingTimeSeconds());
        assertEquals("en", article.getLanguage());
        assertEquals("harbor-pilot-cleared-of-smuggling-charges-c900f2b1",
                article.getSlug());
        // names and phrases first: the headline's two phrases, then the people and places the story is about
        assertEquals(List.of("harbor pilot", "smuggling charges", "Dana Whitfield", "port", "Mara Lopez", "U.S. Attorney", "verdict", "Riverside"),
                article.getKeywords());
        assertEquals(Instant.parse("2026-03-02T09:16:00Z"), article.getEnrichedAt());
    }

    @Test
    void recordsEveryStepWithItsVersion() {
        ArticleProcessor processor = StandardProcessors.create(AnalysisSettings.defaults(), CLOCK);

        assertEquals(List.of("news-page-cleaner", "media-topics", "keywords", "language", "reading-stats", "lede-summary", "slug",
                        "entities", "quotes", "cited-sources", "figures"),
                List.copyOf(processor.versions().keySet()));
    }

    @Test
    void settingsReachTheSteps() {
        ArticleProcessor processor = StandardProcessors.create(new AnalysisSettings(2, 60), CLOCK);

        assertEquals(2, processor.process(SampleArticles.harborPilotPage("a")).getKeywords().size());
    }


}
