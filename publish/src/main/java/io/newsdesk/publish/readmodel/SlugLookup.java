package io.newsdesk.publish.readmodel;

import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.schemas.PublishedArticle;

/**
 * What a slug points at: a live article, a removed one, or nothing (both null).
 *
 * @param cleanBody the live article's body as {@link SafeBody} cleans it, as the index keeps it; null if not kept
 */
public record SlugLookup(PublishedArticle live, String cleanBody, Removal removal) {
    public boolean isLive() {
        return live != null;
    }

    public boolean isRetracted() {
        return live == null && removal != null && removal.reason() == Removal.Reason.RETRACTED;
    }

    /** The live article's body as HTML a browser may render: kept cleaned in the index, else cleaned now. */
    public String bodyHtml() {
        return new IndexedArticle(live, cleanBody).bodyHtml();
    }
}
