package io.newsdesk.publish.readmodel;

import java.time.Instant;

/**
 * An article that was live and is no longer, as the read model keeps it for good: enough to answer
 * 410 for a retraction and to tell pull consumers to drop it, nothing of its content.
 *
 * @param slug        the address it had, or null if this instance never learnt it (a tombstone without
 *                    the slug header for an article whose value compaction removed)
 * @param lastVersion the last live version this instance saw, 0 if none
 */
public record Removal(String articleId, String slug, Reason reason, Instant at, long lastVersion) {
    /** Why an article left the site. */
    public enum Reason {
        /** Killed: its page answers 410 Gone so search engines and readers learn it is withdrawn. */
        RETRACTED,
        /** Held back, possibly to return: its page answers 404 like an article never published. */
        WITHHELD;

        /** From the tombstone's reason header. */
        public static Reason fromHeader(String header) {
            // Anything but an explicit retraction is treated as withheld: claiming a kill that did not
            // happen would be worse than a plain 404.
            return header != null && header.strip().equalsIgnoreCase("RETRACTED") ? RETRACTED : WITHHELD;
        }
    }
}
