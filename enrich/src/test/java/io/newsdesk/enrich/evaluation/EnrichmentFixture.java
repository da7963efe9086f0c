package io.newsdesk.enrich.evaluation;

import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.enrich.figures.FigureEnricher;
import io.newsdesk.enrich.quotes.QuoteEnricher;
import io.newsdesk.enrich.sources.CitedSourceEnricher;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.keywords.KeywordTagger;
import io.newsdesk.enrich.topics.MediaTopicTagger;
import io.newsdesk.enrich.topics.MediaTopicVocabulary;
import io.newsdesk.enrich.page.NewsPageCleaner;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The cleaner, taggers and enrichers of the text-analysis packages run in the stage order, without Kafka:
 * what the quality tests measure. (The service's own chain is StandardProcessors; this fixture keeps the
 * measurement independent of the framework's basic enrichers.)
 */
public final class EnrichmentFixture {

    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.shipped();

    private final NewsPageCleaner cleaner = new NewsPageCleaner();
    private final List<Tagger> taggers = List.of(new MediaTopicTagger(VOCABULARY), new KeywordTagger());
    private final List<Enricher> enrichers = List.of(new EntityEnricher(), new QuoteEnricher(), new CitedSourceEnricher(),
            new FigureEnricher());

    public static Submission submission(String id, String headline, String body, SubmissionChannel channel, BodyFormat format) {
        return Submission.newBuilder().setArticleId(id).setVersion(1).setSubmissionId("sub-" + id).setSource("evaluation")
                .setExternalId(id).setChannel(channel).setHeadline(headline).setBody(body).setBodyFormat(format)
                .setReceivedAt(Instant.parse("2026-01-15T10:00:00Z")).build();
    }

    public EnrichedArticle run(Submission submission) {
        ArticleContent content = cleaner.clean(submission);
        TaggedArticle.Builder tagged = TaggedArticle.newBuilder().setSubmission(submission).setContent(content)
                .setTaggedAt(Instant.parse("2026-01-15T10:00:01Z"));
        for (Tagger t : taggers) {
            t.tag(submission, content, tagged);
        }
        EnrichedArticle.Builder enriched = EnrichedArticle.newBuilder().setSubmission(submission).setContent(content)
                .setTopics(tagged.getTopics()).setKeywords(tagged.getKeywords()).setProcessors(Map.of())
                .setEnrichedAt(Instant.parse("2026-01-15T10:00:02Z"));
        for (Enricher e : enrichers) {
            e.enrich(enriched);
        }
        return enriched.build();
    }
}
