package io.newsdesk.publish.rules;

import io.newsdesk.schemas.EnrichedArticle;
import java.time.Instant;

/**
 * Embargo rule: a version whose {@code embargoedUntil} lies in the future is held back until that
 * instant. The embargo belongs to the version: an update without an embargo (or with one already
 * passed) publishes at once and supersedes whatever was held.
 */
public final class EmbargoGate {
    private EmbargoGate() {
    }

    /** True while the version must not be published yet. */
    public static boolean holds(EnrichedArticle version, Instant now) {
        Instant until = version.getSubmission().getEmbargoedUntil();
        return until != null && until.isAfter(now);
    }

    /** True once a held version may be published: its embargo's end is now or past. */
    public static boolean due(EnrichedArticle held, Instant now) {
        return !holds(held, now);
    }
}
