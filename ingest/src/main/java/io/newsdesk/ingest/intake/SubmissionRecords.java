package io.newsdesk.ingest.intake;

import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.schemas.Submission;
import java.time.Instant;

/**
 * The {@link Submission} record ingest writes for a parsed submission, whichever door it came through
 * (HTTP, a feed, the bulk importer): version {@link ArticleVersions#ASSIGNED_BY_THE_LOG}, because the
 * record's offset numbers it, and the client's base version, if it named one, as {@code expectedVersion}.
 */
public final class SubmissionRecords {
    private SubmissionRecords() {
    }

    public static Submission of(ParsedSubmission submission, String submissionId, Instant receivedAt) {
        return Submission.newBuilder()
                .setArticleId(submission.articleId())
                .setVersion(ArticleVersions.ASSIGNED_BY_THE_LOG)
                .setExpectedVersion(submission.expectedVersion().isPresent()
                        ? Long.valueOf(submission.expectedVersion().getAsLong()) : null)
                .setSubmissionId(submissionId)
                .setSource(submission.source())
                .setExternalId(submission.externalId())
                .setChannel(submission.channel())
                .setHeadline(submission.headline())
                .setBody(submission.body())
                .setBodyFormat(submission.bodyFormat())
                .setByline(submission.byline())
                .setUrl(submission.url())
                .setLanguage(submission.language())
                .setSection(submission.section())
                .setFirstCreated(submission.firstCreated())
                .setEmbargoedUntil(submission.embargoedUntil())
                .setPubStatus(submission.pubStatus())
                .setCorrectionNote(submission.correctionNote())
                .setReceivedAt(receivedAt)
                .build();
    }
}
