package io.newsdesk.publish.rules;

/**
 * Versions rule: each article's versions only move forward, and an update based on an out-of-date
 * version is refused.
 *
 * <p>The log numbers versions (a submission's offset in its partition + 1, see {@code ArticleVersions}),
 * so versions of an article arrive here in increasing order; the pipeline may still deliver one twice (a
 * replay after a crash), which is a {@link Verdict#DUPLICATE} to drop. A version lower than one already
 * applied ({@link Verdict#STALE}) can only come from a writer that numbers its own versions below the
 * log's; dropping it silently would lose an update its writer believes accepted, so it is refused with
 * the reason. An update that names the version it is based on ({@code expectedVersion}) when the article
 * has moved on is a {@link Verdict#CONFLICT}: somebody else's update came first, and applying this one
 * would overwrite it unseen. Ingest cannot tell (it keeps no versions, and any number of instances and
 * Kafka writers write at once); this gate, which sees every version in log order, can.
 */
public final class VersionGate {
    private VersionGate() {
    }

    /** What to do with an incoming version. */
    public enum Verdict {
        /** Newer than anything seen for the article, and based on its latest version if it says so: apply it. */
        NEW,
        /** The same version again (a redelivery): drop it. */
        DUPLICATE,
        /** Older than a version already applied: refuse it, with the reason. */
        STALE,
        /** Based on another version than the article's latest: refuse it, with the reason. */
        CONFLICT;

        public boolean accepted() {
            return this == NEW;
        }

        /** Refused with a reason (dead-lettered), rather than dropped as a redelivery or applied. */
        public boolean refused() {
            return this == STALE || this == CONFLICT;
        }
    }

    /**
     * @param latestSeen the latest version applied for the article, or null for an article never seen
     * @param incoming   the version that arrived
     * @param expected   the version the update says it is based on (0: the article must be new), or null
     */
    public static Verdict check(Long latestSeen, long incoming, Long expected) {
        if (latestSeen != null && incoming <= latestSeen) {
            // A redelivery of an applied version stays a duplicate whatever it was based on.
            return incoming == latestSeen ? Verdict.DUPLICATE : Verdict.STALE;
        }
        if (expected != null && expected != (latestSeen == null ? 0L : latestSeen)) {
            return Verdict.CONFLICT;
        }
        return Verdict.NEW;
    }

    /** {@link #check(Long, long, Long)} for an update that names no base version. */
    public static Verdict check(Long latestSeen, long incoming) {
        return check(latestSeen, incoming, null);
    }

    /** Why a refused version was refused, in words for the dead letter and the log. */
    public static String reason(Verdict verdict, String articleId, Long latestSeen, long incoming, Long expected) {
        String at = latestSeen == null ? "the article has no version yet" : "the article is at " + latestSeen;
        return switch (verdict) {
            case CONFLICT -> "version conflict: based on " + expected + (expected == 0 ? " (a new article)" : "")
                    + ", " + at + "; version " + incoming + " of article " + articleId
                    + " is not published (resubmit it based on the latest version)";
            case STALE -> "stale version: " + incoming + " of article " + articleId + " arrived after version "
                    + latestSeen + " was applied and is not published (a writer that numbers its own versions must "
                    + "number above the log's, or write 0 and let the log number it)";
            case NEW, DUPLICATE -> throw new IllegalArgumentException(verdict + " is not a refusal");
        };
    }
}
