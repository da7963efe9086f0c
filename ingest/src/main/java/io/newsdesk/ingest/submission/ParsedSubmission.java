package io.newsdesk.ingest.submission;

import io.newsdesk.platform.articles.ArticleIds;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A submission that passed every check of {@link SubmissionParser}: what ingest will write, less
 * what ingest itself adds (submission id, receive time) and the version, which the log assigns.
 *
 * @param expectedVersion the version this update is based on (the last one the client saw; 0 for "the
 *                        article must be new"); empty for no check. Publish refuses the update when the
 *                        article is at another version by the time it gets there.
 */
public record ParsedSubmission(
        String source,
        String externalId,
        SubmissionChannel channel,
        String headline,
        String body,
        BodyFormat bodyFormat,
        String byline,
        String url,
        String language,
        String section,
        Instant firstCreated,
        Instant embargoedUntil,
        PubStatus pubStatus,
        String correctionNote,
        OptionalLong expectedVersion) {

    public ParsedSubmission {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyFormat, "bodyFormat");
        Objects.requireNonNull(pubStatus, "pubStatus");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }

    /** The stable id of the article this submission is a version of. */
    public String articleId() {
        return ArticleIds.of(source, externalId);
    }

    /** The same submission arriving by another channel, e.g. {@code IMPORT} for the bulk-import tool. */
    public ParsedSubmission withChannel(SubmissionChannel newChannel) {
        return new ParsedSubmission(source, externalId, newChannel, headline, body, bodyFormat, byline, url,
                language, section, firstCreated, embargoedUntil, pubStatus, correctionNote, expectedVersion);
    }
}
