package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.schemas.FeedItemOutcome;
import io.newsdesk.schemas.FeedItemState;
import java.time.Instant;

/** The {@link FeedItemState} records a feed sink writes beside what it hands over. */
public final class FeedItemStates {
    private FeedItemStates() {
    }

    /** A valid item written to {@code articles.submitted}, where it got {@code accepted}'s version. */
    public static FeedItemState submitted(FeedSubscription feed, FeedItemMapper.Candidate candidate, Accepted accepted,
                                          Instant at) {
        return FeedItemState.newBuilder()
                .setSource(candidate.source())
                .setItemId(candidate.externalId())
                .setFeedUrl(feed.url().toString())
                .setFingerprint(candidate.fingerprint())
                .setOutcome(FeedItemOutcome.SUBMITTED)
                .setArticleId(accepted.articleId())
                .setVersion(accepted.version())
                .setSubmissionId(accepted.submissionId())
                .setRecordedAt(at)
                .build();
    }

    /** An item that failed validation and went to the dead-letter topic. */
    public static FeedItemState rejected(FeedSubscription feed, FeedItemMapper.Candidate candidate, Instant at) {
        return FeedItemState.newBuilder()
                .setSource(candidate.source())
                .setItemId(candidate.externalId())
                .setFeedUrl(feed.url().toString())
                .setFingerprint(candidate.fingerprint())
                .setOutcome(FeedItemOutcome.REJECTED)
                .setArticleId(ArticleIds.of(candidate.source(), candidate.externalId()))
                .setVersion(null)
                .setSubmissionId(null)
                .setRecordedAt(at)
                .build();
    }

    /** The same state written again now, from the feed it was last read from. */
    public static FeedItemState refreshed(FeedItemState state, FeedSubscription feed, Instant at) {
        return FeedItemState.newBuilder(state).setFeedUrl(feed.url().toString()).setRecordedAt(at).build();
    }
}
