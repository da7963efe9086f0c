package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.submission.ParsedSubmission;

/**
 * Where {@link FeedPoller} hands the items it read. In production {@link IntakeFeedSink}: ingest's
 * intake for valid items, the dead-letter topic for rejected ones. In tests a recording sink.
 *
 * <p>Both methods either succeed or throw; after a throw the poller leaves the item unmarked and counts
 * the poll as failed, so the item is handed over again on the next poll. Nothing is dropped on the way.
 */
public interface FeedItemSink {

    /** A new or changed item that passed validation ({@code channel = FEED}). */
    Accepted submit(ParsedSubmission submission);

    /** A new or changed item that failed validation; already logged and counted by the poller. */
    void reject(FeedRejection rejection);
}
