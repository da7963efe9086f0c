package io.newsdesk.publish.rules;

/**
 * Why an article left a published topic. A tombstone (null value) cannot say why by itself, so publish
 * writes the reason in the record header {@link #HEADER}; the site answers 410 Gone for a retraction.
 */
public enum TombstoneReason {
    /** The article was killed ({@code pubStatus} CANCELED). */
    RETRACTED,
    /** The article is held back ({@code pubStatus} WITHHELD); a later usable version may return it. */
    WITHHELD,
    /**
     * Slice topics only: a new version of the article no longer matches the slice's rules, so it leaves
     * that slice while it stays on the site.
     */
    UNROUTED;

    public static final String HEADER = "newsdesk.tombstone";
}
