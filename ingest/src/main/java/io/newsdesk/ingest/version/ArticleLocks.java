package io.newsdesk.ingest.version;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serializes work on one article while different articles proceed in parallel. Submissions of the
 * same article must not interleave between reading the last version and writing the new stamp, or
 * two of them would get the same version. The critical section waits for broker acknowledgements, so
 * a single global lock would cap throughput at one round trip per submission.
 *
 * <p>Locks are striped by the article id's hash rather than held per id: a fixed number of locks
 * needs no cleanup, and with 1024 stripes two unrelated articles rarely share one (they then merely
 * wait for each other, which is safe).
 */
public final class ArticleLocks {
    public static final int DEFAULT_STRIPES = 1024;

    private final ReentrantLock[] stripes;

    public ArticleLocks(int stripes) {
        if (stripes <= 0) {
            throw new IllegalArgumentException("stripes must be positive: " + stripes);
        }
        this.stripes = new ReentrantLock[stripes];
        for (int i = 0; i < stripes; i++) {
            // Fair, so a busy article's submissions are handled in arrival order.
            this.stripes[i] = new ReentrantLock(true);
        }
    }

    public ArticleLocks() {
        this(DEFAULT_STRIPES);
    }

    int stripe(String articleId) {
        int h = articleId.hashCode();
        h ^= h >>> 16;
        return Math.floorMod(h, stripes.length);
    }

    public <T> T withLock(String articleId, Callable<T> work) throws Exception {
        ReentrantLock lock = stripes[stripe(articleId)];
        lock.lockInterruptibly();
        try {
            return work.call();
        } finally {
            lock.unlock();
        }
    }
}
