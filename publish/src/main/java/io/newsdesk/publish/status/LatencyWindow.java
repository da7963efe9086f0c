package io.newsdesk.publish.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Published events per minute and their end-to-end latency ({@code at - receivedAt}), p50/p95/max, over
 * the last minutes. Events are bucketed by the minute they were published ({@code at}). Not
 * thread-safe: owned by the collector's thread.
 *
 * <p>Memory is bounded: each minute keeps at most {@code maxSamplesPerMinute} latencies, chosen by
 * reservoir sampling once more arrive, so quantiles of a very busy minute are estimates; the event
 * count and the maximum are always exact.
 */
public final class LatencyWindow {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int minutes;
    private final int maxSamplesPerMinute;
    private final Random random;
    private final TreeMap<Instant, Bucket> buckets = new TreeMap<>();

    /**
     * @param minutes             minutes reported, the running one included
     * @param maxSamplesPerMinute latencies kept per minute for the quantiles
     * @param seed                seed of the reservoir sampling, fixed so that a test sees the same figures twice
     */
    public LatencyWindow(int minutes, int maxSamplesPerMinute, long seed) {
        if (minutes < 1 || maxSamplesPerMinute < 1) {
            throw new IllegalArgumentException("minutes and maxSamplesPerMinute must be 1 or more");
        }
        this.minutes = minutes;
        this.maxSamplesPerMinute = maxSamplesPerMinute;
        this.random = new Random(seed);
    }

    /**
     * Counts an event published at {@code at}; {@code latency} is null when the event does not say when
     * ingest received the version. A negative latency (the two services' clocks disagree) counts as zero.
     * Events older than the window are ignored.
     */
    public void record(Instant at, Duration latency, Instant now) {
        Instant minute = at.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(windowStart(now))) {
            return;
        }
        Bucket bucket = buckets.computeIfAbsent(minute, m -> new Bucket(maxSamplesPerMinute));
        bucket.events++;
        if (latency != null) {
            bucket.add(Math.max(0, latency.toMillis()), random);
        }
    }

    /** Forgets minutes that left the window. */
    public void prune(Instant now) {
        buckets.headMap(windowStart(now), false).clear();
    }

    /** The window's minutes that saw events, oldest first. Minutes after {@code now} are included: a fast clock upstream. */
    public List<StatusSnapshot.LatencyMinute> perMinute(Instant now) {
        List<StatusSnapshot.LatencyMinute> out = new ArrayList<>();
        for (Map.Entry<Instant, Bucket> e : buckets.tailMap(windowStart(now), true).entrySet()) {
            out.add(e.getValue().summary(e.getKey()));
        }
        return List.copyOf(out);
    }

    private Instant windowStart(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).minus(MINUTE.multipliedBy(minutes - 1L));
    }

    /** Value at quantile {@code q} of sorted values by the nearest-rank method: a latency that really occurred. */
    static long nearestRank(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static final class Bucket {
        private final long[] reservoir;
        private int kept;
        private long seen;
        private long events;
        private long max = -1;

        Bucket(int capacity) {
            this.reservoir = new long[capacity];
        }

        void add(long millis, Random random) {
            seen++;
            max = Math.max(max, millis);
            if (kept < reservoir.length) {
                reservoir[kept++] = millis;
            } else {
                long slot = (long) (random.nextDouble() * seen);
                if (slot < reservoir.length) {
                    reservoir[(int) slot] = millis;
                }
            }
        }

        StatusSnapshot.LatencyMinute summary(Instant minute) {
            if (seen == 0) {
                return new StatusSnapshot.LatencyMinute(minute, events, 0, null, null, null);
            }
            long[] sorted = Arrays.copyOf(reservoir, kept);
            Arrays.sort(sorted);
            return new StatusSnapshot.LatencyMinute(minute, events, seen, nearestRank(sorted, 0.50),
                    nearestRank(sorted, 0.95), max);
        }
    }
}
