package io.newsdesk.publish.readmodel;

import io.newsdesk.schemas.PublishedArticle;

/** What a slug points at: a live article, a removed one, or nothing (both null). */
public record SlugLookup(PublishedArticle live, Removal removal) {
    public boolean isLive() {
        return live != null;
    }

    public boolean isRetracted() {
        return live == null && removal != null && removal.reason() == Removal.Reason.RETRACTED;
    }
}
