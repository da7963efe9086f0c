package io.newsdesk.publish.readmodel;

/**
 * What a slug points at: a live article (with its body as the index keeps it), a removed one, or nothing
 * (both null).
 */
public record SlugLookup(IndexedArticle live, Removal removal) {
    public boolean isLive() {
        return live != null;
    }

    public boolean isRetracted() {
        return live == null && removal != null && removal.reason() == Removal.Reason.RETRACTED;
    }
}
