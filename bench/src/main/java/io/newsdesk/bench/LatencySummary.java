package io.newsdesk.bench;

/**
 * Latency percentiles in milliseconds of {@code count} measurements. With no measurements every
 * figure is NaN (written as null in the results), never 0: zero would read as "instant".
 */
public record LatencySummary(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs, double meanMs) {
    public static final LatencySummary EMPTY = new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN);
}
