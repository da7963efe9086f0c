package io.newsdesk.ingest.version;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last version ingest reserved for each article, in memory. Rebuilt at start from the compacted
 * topic {@code articles.versions} ({@link VersionTableLoader}); afterwards advanced only once a
 * {@code VersionStamp} was acknowledged by the broker, so the table never runs ahead of what a
 * restart would rebuild (which could make a retry with the same explicit version look like a conflict)
 * and never behind it (which could reuse a version).
 *
 * <p>One ingest process owns the table: two processes would each assign versions from their own copy.
 * Scaling out needs requests for an article routed to one process, or the table sharded by partition.
 */
public final class VersionTable {
    private final ConcurrentHashMap<String, Long> last = new ConcurrentHashMap<>();

    public OptionalLong last(String articleId) {
        Long v = last.get(articleId);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Records a version; a lower one than known (an out-of-date stamp) never moves the table back. */
    public void advance(String articleId, long version) {
        last.merge(articleId, version, Math::max);
    }

    public int size() {
        return last.size();
    }
}
