package io.newsdesk.publish.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-minute increase of an ever-growing count sampled at irregular times: here the summed end offsets
 * of one stage's output topic, read every round by the collector. A minute's figure is the value last
 * seen before the minute ended minus the value last seen before it began. Not thread-safe: the
 * collector's thread owns it and publishes only the immutable {@link StatusSnapshot.MinuteCount}s.
 *
 * <p>A minute that began before the first sample is measured from the first sample inside it and
 * marked partial, as is the running minute. A decrease (the topic was deleted and created again) counts
 * as zero rather than as negative throughput.
 */
public final class RateSeries {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int minutes;
    private final TreeMap<Instant, Long> samples = new TreeMap<>();

    /** @param minutes how many minutes, the running one included, {@link #perMinute} reports */
    public RateSeries(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("minutes must be 1 or more, was " + minutes);
        }
        this.minutes = minutes;
    }

    /** Records the total as seen at {@code at}; drops samples too old to matter for any reported minute. */
    public void record(Instant at, long total) {
        samples.put(at, total);
        Instant firstReported = windowStart(at);
        // Keep the last sample before the window: it is the baseline of the window's first minute.
        Instant baseline = samples.lowerKey(firstReported);
        if (baseline != null) {
            samples.headMap(baseline, false).clear();
        }
    }

    /** The window's minutes, oldest first, that have data; minutes before the first sample are left out. */
    public List<StatusSnapshot.MinuteCount> perMinute(Instant now) {
        List<StatusSnapshot.MinuteCount> out = new ArrayList<>();
        Instant start = windowStart(now);
        for (int i = 0; i < minutes; i++) {
            Instant minuteStart = start.plus(MINUTE.multipliedBy(i));
            Instant minuteEnd = minuteStart.plus(MINUTE);
            Map.Entry<Instant, Long> last = samples.lowerEntry(minuteEnd);
            if (last == null || last.getKey().isAfter(now)) {
                continue;
            }
            Map.Entry<Instant, Long> before = samples.lowerEntry(minuteStart);
            boolean partial = before == null || minuteEnd.isAfter(now);
            if (before == null) {
                before = samples.ceilingEntry(minuteStart);
            }
            out.add(new StatusSnapshot.MinuteCount(minuteStart, Math.max(0, last.getValue() - before.getValue()), partial));
        }
        return List.copyOf(out);
    }

    /** Start of the oldest reported minute: the running minute and the {@code minutes - 1} before it. */
    private Instant windowStart(Instant now) {
        return now.truncatedTo(ChronoUnit.MINUTES).minus(MINUTE.multipliedBy(minutes - 1L));
    }
}
