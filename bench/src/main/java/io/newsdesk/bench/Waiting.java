package io.newsdesk.bench;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes: start-up and drain waits of the benchmark. */
final class Waiting {
    private Waiting() {
    }

    /** @return whether the condition held before the timeout */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(5_000_000);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting");
            }
        }
        return true;
    }

    static void orFail(BooleanSupplier condition, Duration timeout, String what) {
        if (!until(condition, timeout)) {
            throw new IllegalStateException("timed out after " + timeout + " waiting for " + what);
        }
    }

    /** Parks the calling thread until {@code System.nanoTime()} reaches {@code deadline}. */
    static void untilNanos(long deadline) {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
