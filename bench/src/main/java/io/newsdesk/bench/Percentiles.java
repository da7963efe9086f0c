package io.newsdesk.bench;

import java.util.Arrays;

/**
 * Percentiles of a set of measurements (nanoseconds), exact rather than bucketed: the samples are kept
 * and sorted once. A benchmark run holds at most a few hundred thousand latencies, so exactness costs a
 * few megabytes and removes HdrHistogram's precision setting from the argument.
 *
 * <p>Nearest-rank definition: the p-th percentile is the smallest sample such that at least p percent of
 * the samples are less than or equal to it. p100 is the maximum, so a single slow outlier shows.
 */
public final class Percentiles {
    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** Copies and sorts the samples; the caller's array is left as it was. */
    public static Percentiles of(long[] samples) {
        long[] copy = Arrays.copyOf(samples, samples.length);
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public int count() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    /**
     * @param percentile in (0, 100]
     * @throws IllegalStateException when there are no samples: an empty run has no percentiles, and
     *                               reporting 0 ms for it would look like a very fast system
     */
    public long value(double percentile) {
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percentile);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        // The epsilon keeps binary rounding (99.9 / 100 * 1000 = 999.0000000000001) from skipping a rank.
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length - 1e-9);
        return sorted[Math.max(0, rank - 1)];
    }

    public long max() {
        return value(100);
    }

    public long min() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        return sorted[0];
    }

    public double mean() {
        if (sorted.length == 0) {
            throw new IllegalStateException("no samples");
        }
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    /** The usual latency summary in milliseconds. */
    public LatencySummary summaryMillis() {
        if (sorted.length == 0) {
            return LatencySummary.EMPTY;
        }
        return new LatencySummary(sorted.length, millis(value(50)), millis(value(95)), millis(value(99)),
                millis(max()), mean() / 1e6);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
