package io.newsdesk.enrich.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.enrich.text.AnalyzedText;
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

    // ArticleProcessor analyses the text once and hands the analysis to every step; a step must give the
    // same fields from it as from the text alone (the one-argument method, which other callers use).
    @Test
    void everyStepGivesTheSameFieldsFromTheSharedAnalysisAsFromTheText() {
        AnalysisSettings settings = AnalysisSettings.defaults();
        Submission submission = SampleArticles.harborPilotPage("riverside-ledger:4711");
        ArticleContent content = StandardProcessors.cleaner(settings).clean(submission);
        AnalyzedText analysis = AnalyzedText.of(content.getText());

        TaggedArticle.Builder fromText = emptyTagged(submission, content);
        TaggedArticle.Builder fromAnalysis = emptyTagged(submission, content);
        for (Tagger tagger : StandardProcessors.taggers(settings)) {
            tagger.tag(submission, content, fromText);
            tagger.tag(submission, content, analysis, fromAnalysis);
            assertEquals(fromText.build(), fromAnalysis.build(), tagger.name());
        }
        TaggedArticle tagged = fromText.build();
        assertFalse(tagged.getTopics().isEmpty(), "the sample has topics, so the comparison compares something");
        assertFalse(tagged.getKeywords().isEmpty(), "the sample has keywords");

        EnrichedArticle.Builder enrichedFromText = emptyEnriched(tagged);
        EnrichedArticle.Builder enrichedFromAnalysis = emptyEnriched(tagged);
        for (Enricher enricher : StandardProcessors.enrichers(settings)) {
            enricher.enrich(enrichedFromText);
            enricher.enrich(enrichedFromAnalysis, analysis);
            assertEquals(enrichedFromText.build(), enrichedFromAnalysis.build(), enricher.name());
        }
        EnrichedArticle enriched = enrichedFromText.build();
        assertFalse(enriched.getEntities().isEmpty(), "the sample names people and places");
        assertFalse(enriched.getQuotes().isEmpty(), "the sample quotes its people");
    }

    private static TaggedArticle.Builder emptyTagged(Submission submission, ArticleContent content) {
        return TaggedArticle.newBuilder().setSubmission(submission).setContent(content)
                .setTopics(new ArrayList<>()).setKeywords(new ArrayList<>())
                .setProcessors(new HashMap<>()).setTaggedAt(CLOCK.instant());
    }

    private static EnrichedArticle.Builder emptyEnriched(TaggedArticle tagged) {
        return EnrichedArticle.newBuilder().setSubmission(tagged.getSubmission()).setContent(tagged.getContent())
                .setTopics(tagged.getTopics()).setKeywords(tagged.getKeywords())
                .setEntities(new ArrayList<>()).setQuotes(new ArrayList<>())
                .setCitedSources(new ArrayList<>()).setFigures(new ArrayList<>())
                .setProcessors(new HashMap<>()).setEnrichedAt(CLOCK.instant());
    }
}
