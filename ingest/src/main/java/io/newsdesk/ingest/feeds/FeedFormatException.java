package io.newsdesk.ingest.feeds;

/** A fetched document is not a feed ingest can read; the message says why, for the feed's health. */
public final class FeedFormatException extends Exception {
    public FeedFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    public FeedFormatException(String message) {
        super(message);
    }
}
