package io.newsdesk.bench;

import java.util.Arrays;

/**
 * Collects latency samples (nanoseconds) from any number of threads. Appending is a short synchronized
 * array write: at a few thousand samples a second the lock is never contended long enough to matter
 * next to a Kafka round trip.
 */
public final class LatencyRecorder {
    private long[] samples = new long[4096];
    private int size;

    public synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    public synchronized int size() {
        return size;
    }

    public synchronized Percentiles percentiles() {
        return Percentiles.of(Arrays.copyOf(samples, size));
    }
}
