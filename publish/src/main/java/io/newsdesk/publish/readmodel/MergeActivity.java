package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;

/**
 * Lucene's merge scheduler, counting what its merges cost: merges finish in background threads and take CPU
 * and disk from the pages being served, so an operator (and the benchmark) must be able to see them rather
 * than guess them from a thread dump. A merge that does not finish (aborted when the index closes, or failed)
 * still counts its CPU, not as a merge done.
 */
final class MergeActivity extends ConcurrentMergeScheduler {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong finished = new AtomicLong();
    private final AtomicLong mergedBytes = new AtomicLong();
    private final AtomicLong cpuNanos = new AtomicLong();

    @Override
    protected void doMerge(MergeSource mergeSource, MergePolicy.OneMerge merge) throws IOException {
        long cpuBefore = threadCpuNanos();
        try {
            super.doMerge(mergeSource, merge);
            // IndexWriter swallows the abort of a merge (the index closed without a commit, or cleared): such a merge
            // returns here unfinished.
            if (!merge.isAborted()) {
                finished.incrementAndGet();
                mergedBytes.addAndGet(merge.totalBytesSize());
            }
        } finally {
            long cpuAfter = threadCpuNanos();
            if (cpuBefore >= 0 && cpuAfter >= 0) {
                cpuNanos.addAndGet(cpuAfter - cpuBefore);
            }
        }
    }

    /** CPU time of the calling thread, or -1 where the JVM cannot measure it. */
    private static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    /** Merges finished since the index was opened. */
    long finished() {
        return finished.get();
    }

    /** Bytes of the segments those merges read. */
    long mergedBytes() {
        return mergedBytes.get();
    }

    /** CPU time the merge threads spent merging, finished or not. */
    long cpuNanos() {
        return cpuNanos.get();
    }

    /** Merges running now. */
    int running() {
        return mergeThreadCount();
    }
}
