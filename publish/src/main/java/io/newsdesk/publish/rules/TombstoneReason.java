package io.newsdesk.publish.rules;

/**
 * Why an article left a published topic. A tombstone (null value) cannot say why by itself, so publish
 * writes the reason in the record header {@link #HEADER}, and the article's address in
 * {@link #SLUG_HEADER}; the site answers 410 Gone there for a retraction, even when it is rebuilt after
 * compaction removed the article's last value.
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
    /** The slug the article had, on tombstones of {@code articles.published} and its slices. */
    public static final String SLUG_HEADER = "newsdesk.slug";
}
