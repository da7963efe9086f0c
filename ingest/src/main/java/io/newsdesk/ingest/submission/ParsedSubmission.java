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
 * what ingest itself adds (version when not requested, submission id, receive time).
 *
 * @param requestedVersion the version the client asked for; empty lets ingest assign last + 1
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
        OptionalLong requestedVersion) {

    public ParsedSubmission {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(bodyFormat, "bodyFormat");
        Objects.requireNonNull(pubStatus, "pubStatus");
        Objects.requireNonNull(requestedVersion, "requestedVersion");
    }

    /** The stable id of the article this submission is a version of. */
    public String articleId() {
        return ArticleIds.of(source, externalId);
    }

    /** The same submission arriving by another channel, e.g. {@code IMPORT} for the bulk-import tool. */
    public ParsedSubmission withChannel(SubmissionChannel newChannel) {
        return new ParsedSubmission(source, externalId, newChannel, headline, body, bodyFormat, byline, url,
                language, section, firstCreated, embargoedUntil, pubStatus, correctionNote, requestedVersion);
    }
}
