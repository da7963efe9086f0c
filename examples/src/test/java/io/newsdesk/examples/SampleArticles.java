package io.newsdesk.examples;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published articles of the sample crime-and-justice desk, built the way publish would emit them, for
 * the examples' integration tests. The stories are invented for these tests.
 */
final class SampleArticles {
    static final Subject CRIME_LAW_JUSTICE = subject("medtop:02000000", "crime, law and justice", 92);
    static final Subject POLITICS = subject("medtop:11000000", "politics", 41);
    static final Subject ECONOMY = subject("medtop:04000000", "economy, business and finance", 35);

    private SampleArticles() {
    }

    /** One version of one article; {@code corrections} are the notes of this and earlier versions. */
    static PublishedArticle published(String articleId, long version, String headline, String lede, String body,
            List<Subject> topics, List<String> keywords, List<Correction> corrections, Instant firstPublishedAt,
            Instant publishedAt) {
        Submission submission = Submission.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setSubmissionId(UUID.nameUUIDFromBytes((articleId + "/" + version).getBytes()).toString())
                .setSource("harbor-courier-cms")
                .setExternalId("hc-" + articleId)
                .setChannel(SubmissionChannel.API)
                .setHeadline(headline)
                .setBody(body)
                .setBodyFormat(BodyFormat.TEXT)
                .setByline("Marisol Okafor")
                .setLanguage("en")
                .setSection("courts")
                .setPubStatus(PubStatus.USABLE)
                .setCorrectionNote(corrections.isEmpty() ? null : corrections.get(corrections.size() - 1).getNote())
                .setReceivedAt(publishedAt.minusSeconds(4))
                .build();
        EnrichedArticle enriched = EnrichedArticle.newBuilder()
                .setSubmission(submission)
                .setContent(ArticleContent.newBuilder().setHeadline(headline).setText(body)
                        .setHtml("<p>" + body.replace("\n\n", "</p><p>") + "</p>").build())
                .setTopics(topics)
                .setKeywords(keywords)
                .setSlug(slug(articleId, headline))
                .setSummary(lede)
                .setWordCount(body.split("\\s+").length)
                .setReadingTimeSeconds((int) Math.ceil(body.split("\\s+").length * 60.0 / 230))
                .setLanguage("en")
                .setEntities(List.of(Entity.newBuilder().setType(EntityType.ORGANIZATION)
                        .setName("Harbor County Circuit Court").setMentionCount(1).setSalience(0.6).build()))
                .setProcessors(Map.of("tagger", "keyword-rules/1", "cleaner", "jsoup-allowlist/1"))
                .setEnrichedAt(publishedAt.minusSeconds(2))
                .build();
        return PublishedArticle.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setSlug(enriched.getSlug())
                .setFirstPublishedAt(firstPublishedAt)
                .setPublishedAt(publishedAt)
                .setCorrections(corrections)
                .setArticle(enriched)
                .build();
    }

    static Correction correction(long version, String note, Instant at) {
        return Correction.newBuilder().setVersion(version).setNote(note).setAt(at).build();
    }

    private static Subject subject(String code, String label, int score) {
        return Subject.newBuilder().setCode(code).setLabel(label).setScore(score)
                .setBroader(List.<SubjectRef>of()).build();
    }

    private static String slug(String articleId, String headline) {
        String words = headline.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return words + "-" + articleId.substring(Math.max(0, articleId.length() - 6));
    }
}
