package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.schemas.FeedItemState;

/**
 * Where {@link FeedPoller} hands the items it read, each together with the item's new
 * {@link FeedItemState}: in production {@link TransactionalFeedSink}, which writes both in one Kafka
 * transaction (the submission or dead letter, and the state on {@code ingest.feed-items}), so that an
 * item is never handed over without its state being recorded, nor recorded without being handed over.
 * In tests a recording sink.
 *
 * <p>Every method either succeeds or throws; after a throw the poller leaves the item's state as it was
 * and counts the poll as failed, so the item is handed over again on the next poll. Nothing is dropped.
 */
public interface FeedItemSink {

    /** A new or changed item that passed validation ({@code channel = FEED}); returns the state written. */
    FeedItemState submit(FeedSubscription feed, FeedItemMapper.Candidate candidate, ParsedSubmission submission);

    /** A new or changed item that failed validation, already logged by the poller; returns the state written. */
    FeedItemState reject(FeedRejection rejection, FeedItemMapper.Candidate candidate);

    /** Writes an unchanged item's state again, so that the topic's retention keeps it; returns it as written. */
    FeedItemState refresh(FeedSubscription feed, FeedItemState state);
}
