package io.newsdesk.enrich.evaluation;

import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.Tagger;
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
 * The service's cleaner, taggers and enrichers (StandardProcessors) run in the stage order on one analysis
 * of the text, without Kafka and without the stage's checks and timestamps: what the quality tests measure.
 */
public final class EnrichmentFixture {

    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults();

    private final ContentCleaner cleaner = StandardProcessors.cleaner(SETTINGS);
    private final List<Tagger> taggers = StandardProcessors.taggers(SETTINGS);
    private final List<Enricher> enrichers = StandardProcessors.enrichers(SETTINGS);

    public static Submission submission(String id, String headline, String body, SubmissionChannel channel, BodyFormat format) {
        return Submission.newBuilder().setArticleId(id).setVersion(1).setSubmissionId("sub-" + id).setSource("evaluation")
                .setExternalId(id).setChannel(channel).setHeadline(headline).setBody(body).setBodyFormat(format)
                .setReceivedAt(Instant.parse("2026-01-15T10:00:00Z")).build();
    }

    public EnrichedArticle run(Submission submission) {
        ArticleContent content = cleaner.clean(submission);
        TaggedArticle.Builder tagged = TaggedArticle.newBuilder().setSubmission(submission).setContent(content)
                .setTaggedAt(Instant.parse("2026-01-15T10:00:01Z"));
        AnalyzedText text = AnalyzedText.of(content.getText());
        for (Tagger t : taggers) {
            t.tag(submission, content, text, tagged);
        }
        EnrichedArticle.Builder enriched = EnrichedArticle.newBuilder().setSubmission(submission).setContent(content)
                .setTopics(tagged.getTopics()).setKeywords(tagged.getKeywords()).setProcessors(Map.of())
                .setEnrichedAt(Instant.parse("2026-01-15T10:00:02Z"));
        for (Enricher e : enrichers) {
            e.enrich(enriched, text);
        }
        return enriched.build();
    }
}
