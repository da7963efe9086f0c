package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.SampleArticles;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ArticleProcessorTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:01.123456789Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final ContentCleaner upperCaser = step("upper", "2", s -> ArticleContent.newBuilder()
            .setHeadline(s.getHeadline()).setText(s.getBody().toUpperCase()).setHtml("<p>" + s.getBody() + "</p>").build());
    private final Tagger topicTagger = new NamedTagger("topics", "7", (s, content, out) -> out.setTopics(List.of(
            Subject.newBuilder().setCode("medtop:02000000").setLabel("crime, law and justice").setScore(90).build())));
    // Reads the cleaned text, so it proves taggers run after the cleaner.
    private final Tagger keywordTagger = new NamedTagger("keywords", "1",
            (s, content, out) -> out.setKeywords(List.of(content.getText().split(" ")[0].toLowerCase())));
    private final Enricher countEnricher = new NamedEnricher("count", "3",
            article -> article.setWordCount(article.getContent().getText().split(" ").length));
    // Reads what the enricher before it set, so it proves enrichers run in order on one builder.
    private final Enricher summaryEnricher = new NamedEnricher("summary", "1",
            article -> article.setSummary(article.getKeywords().get(0) + "/" + article.getWordCount()));

    private final ArticleProcessor processor = new ArticleProcessor(upperCaser, List.of(topicTagger, keywordTagger),
            List.of(countEnricher, summaryEnricher), CLOCK);

    @Test
    void tagCleansThenRunsEveryTaggerAndRecordsTheirVersions() {
        Submission submission = SampleArticles.textArticle("p1", "Jury acquits pilot", "Jury acquits harbor pilot");

        TaggedArticle tagged = processor.tag(submission);

        assertSame(submission, tagged.getSubmission());
        assertEquals("JURY ACQUITS HARBOR PILOT", tagged.getContent().getText());
        assertEquals("medtop:02000000", tagged.getTopics().get(0).getCode());
        assertEquals(List.of("jury"), tagged.getKeywords());
        assertEquals(Map.of("upper", "2", "topics", "7", "keywords", "1"), tagged.getProcessors());
        assertEquals(List.of("upper", "topics", "keywords"), List.copyOf(tagged.getProcessors().keySet()));
        assertEquals(Instant.parse("2026-03-02T09:15:01.123Z"), tagged.getTaggedAt(), "truncated to Avro's millis");
    }

    @Test
    void enrichCopiesTheTaggingAndRunsEnrichersInOrder() {
        TaggedArticle tagged = processor.tag(SampleArticles.textArticle("p2", "Jury acquits pilot", "Jury acquits harbor pilot"));

        EnrichedArticle enriched = processor.enrich(tagged);

        assertEquals(tagged.getSubmission(), enriched.getSubmission());
        assertEquals(tagged.getContent(), enriched.getContent());
        assertEquals(tagged.getTopics(), enriched.getTopics());
        assertEquals(List.of("jury"), enriched.getKeywords());
        assertEquals(4, enriched.getWordCount());
        assertEquals("jury/4", enriched.getSummary());
        assertEquals(List.of("upper", "topics", "keywords", "count", "summary"),
                List.copyOf(enriched.getProcessors().keySet()));
        assertEquals("3", enriched.getProcessors().get("count"));
        assertEquals(Instant.parse("2026-03-02T09:15:01.123Z"), enriched.getEnrichedAt());
    }

    @Test
    void fieldsNoEnricherSetKeepTheirDefaults() {
        EnrichedArticle enriched = processor.process(SampleArticles.textArticle("p3", null, "Short"));

        assertEquals("", enriched.getSlug());
        assertEquals(List.of(), enriched.getEntities());
        assertEquals(List.of(), enriched.getQuotes());
        assertEquals(0, enriched.getReadingTimeSeconds());
    }

    @Test
    void aStepThatThrowsFailsTheWholeRecord() {
        Enricher broken = new NamedEnricher("broken", "1", article -> {
            throw new IllegalStateException("no speaker for quote 2");
        });
        ArticleProcessor withBroken = new ArticleProcessor(upperCaser, List.of(), List.of(broken), CLOCK);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> withBroken.process(SampleArticles.textArticle("p4", "H", "Body")));
        assertEquals("no speaker for quote 2", e.getMessage());
    }

    @Test
    void twoStepsWithOneNameAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ArticleProcessor(
                upperCaser, List.of(keywordTagger), List.of(new NamedEnricher("keywords", "1", a -> { })), CLOCK));
        assertTrue(e.getMessage().contains("'keywords'"), e.getMessage());
    }

    @Test
    void versionsListsEveryStepInRunningOrder() {
        assertEquals(List.of("upper=2", "topics=7", "keywords=1", "count=3", "summary=1"),
                processor.versions().entrySet().stream().map(Object::toString).toList());
    }

    private static ContentCleaner step(String name, String version, Function<Submission, ArticleContent> body) {
        return new ContentCleaner() {
            @Override
            public ArticleContent clean(Submission submission) {
                return body.apply(submission);
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    private interface TagStep {
        void tag(Submission submission, ArticleContent content, TaggedArticle.Builder out);
    }

    private record NamedTagger(String name, String version, TagStep body) implements Tagger {
        @Override
        public void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out) {
            body.tag(submission, content, out);
        }
    }

    private interface EnrichStep {
        void enrich(EnrichedArticle.Builder article);
    }

    private record NamedEnricher(String name, String version, EnrichStep body) implements Enricher {
        @Override
        public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
            body.enrich(article);
        }
    }
}
