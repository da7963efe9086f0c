package io.newsdesk.ingest.feeds;

import java.net.URI;
import java.util.Objects;

/**
 * One feed ingest polls: whose it is ({@code source}, which becomes part of every item's article id)
 * and where it is.
 */
public record FeedSubscription(String source, URI url) {
    public FeedSubscription {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return source + "=" + url;
    }
}
