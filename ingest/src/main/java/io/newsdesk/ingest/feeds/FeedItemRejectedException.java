package io.newsdesk.ingest.feeds;

/** The reason a feed item went to the dead-letter topic: every validation problem, in the message. */
public final class FeedItemRejectedException extends RuntimeException {
    public FeedItemRejectedException(FeedRejection rejection) {
        super(rejection.describe());
    }
}
