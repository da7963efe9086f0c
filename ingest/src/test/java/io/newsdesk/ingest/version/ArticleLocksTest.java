package io.newsdesk.ingest.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArticleLocksTest {
    @Test
    void workOnOneArticleNeverOverlaps() throws Exception {
        ArticleLocks locks = new ArticleLocks();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var futures = new java.util.ArrayList<Future<?>>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> locks.withLock("same-article", () -> {
                    maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    Thread.yield();
                    inside.decrementAndGet();
                    return null;
                })));
            }
            for (Future<?> f : futures) {
                f.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, maxInside.get());
    }

    @Test
    void differentArticlesDoNotWaitForEachOther() throws Exception {
        ArticleLocks locks = new ArticleLocks();
        assertNotEquals(locks.stripe("article-a"), locks.stripe("article-b"), "test needs two different stripes");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> locks.withLock("article-a", () -> {
                holding.countDown();
                return release.await(10, TimeUnit.SECONDS);
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            // While article-a's lock is held, article-b's work runs on this thread without waiting.
            assertEquals("done", locks.withLock("article-b", () -> "done"));
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
