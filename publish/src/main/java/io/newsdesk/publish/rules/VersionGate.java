package io.newsdesk.publish.rules;

/**
 * Versions rule: each article's versions only move forward. Ingest numbers versions monotonically, but
 * the pipeline may deliver them late or twice (a retry, a replay, an enrich rebalance); a version that is
 * not newer than the latest one publish has seen must never overwrite that one, on any output.
 */
public final class VersionGate {
    private VersionGate() {
    }

    /** What to do with an incoming version. */
    public enum Verdict {
        /** Newer than anything seen for the article: apply it. */
        NEW,
        /** The same version again (a redelivery): drop it. */
        DUPLICATE,
        /** Older than a version already seen: drop it. */
        STALE;

        public boolean accepted() {
            return this == NEW;
        }
    }

    /**
     * @param latestSeen the latest version seen for the article, or null for an article never seen
     * @param incoming   the version that arrived
     */
    public static Verdict check(Long latestSeen, long incoming) {
        if (latestSeen == null || incoming > latestSeen) {
            return Verdict.NEW;
        }
        return incoming == latestSeen ? Verdict.DUPLICATE : Verdict.STALE;
    }
}
