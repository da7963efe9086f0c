package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyWindowTest {
    private static final Instant NOW = Instant.parse("2025-03-04T10:14:30Z");
    private static final Instant MINUTE_10 = Instant.parse("2025-03-04T10:10:00Z");

    @Test
    void quantilesAreNearestRankOverTheMinutesLatencies() {
        LatencyWindow window = new LatencyWindow(15, 100, 1);
        for (long ms = 100; ms <= 2_000; ms += 100) {  // 20 latencies: 100, 200, ... 2000 ms
            window.record(MINUTE_10.plusSeconds(5), Duration.ofMillis(ms), NOW);
        }
        assertEquals(List.of(new StatusSnapshot.LatencyMinute(MINUTE_10, 20, 20, 1_000L, 1_900L, 2_000L)),
                window.perMinute(NOW));
    }

    @Test
    void eventsWithoutReceivedAtAreCountedButNotMeasured() {
        LatencyWindow window = new LatencyWindow(15, 100, 1);
        window.record(MINUTE_10, null, NOW);
        window.record(MINUTE_10.plusSeconds(61), null, NOW);
        window.record(MINUTE_10.plusSeconds(62), Duration.ofMillis(750), NOW);

        assertEquals(List.of(new StatusSnapshot.LatencyMinute(MINUTE_10, 1, 0, null, null, null),
                        new StatusSnapshot.LatencyMinute(MINUTE_10.plusSeconds(60), 2, 1, 750L, 750L, 750L)),
                window.perMinute(NOW));
    }

    @Test
    void aNegativeLatencyFromSkewedClocksCountsAsZero() {
        LatencyWindow window = new LatencyWindow(15, 100, 1);
        window.record(MINUTE_10, Duration.ofMillis(-300), NOW);
        assertEquals(0L, window.perMinute(NOW).get(0).maxMillis());
    }

    @Test
    void eventsOlderThanTheWindowAreIgnoredAndOldMinutesArePruned() {
        LatencyWindow window = new LatencyWindow(2, 100, 1);
        window.record(Instant.parse("2025-03-04T10:12:59Z"), Duration.ofSeconds(1), NOW);   // before 10:13
        window.record(Instant.parse("2025-03-04T10:13:00Z"), Duration.ofSeconds(2), NOW);
        assertEquals(1, window.perMinute(NOW).size());

        Instant later = NOW.plusSeconds(60);   // 10:15:30: window is 10:14-10:15
        window.prune(later);
        assertEquals(List.of(), window.perMinute(later));
    }

    @Test
    void aBusyMinuteKeepsABoundedSampleButCountsAndMaximumStayExact() {
        LatencyWindow window = new LatencyWindow(15, 50, 42);
        for (int i = 1; i <= 10_000; i++) {
            window.record(MINUTE_10, Duration.ofMillis(i == 5_000 ? 99_999 : 1_000), NOW);
        }
        StatusSnapshot.LatencyMinute minute = window.perMinute(NOW).get(0);
        assertEquals(10_000, minute.events());
        assertEquals(10_000, minute.measured());
        assertEquals(99_999L, minute.maxMillis());
        assertEquals(1_000L, minute.p50Millis());
    }

    @Test
    void nearestRankPicksAValueThatOccurred() {
        long[] sorted = {10, 20, 30, 40};
        assertEquals(20, LatencyWindow.nearestRank(sorted, 0.5));
        assertEquals(40, LatencyWindow.nearestRank(sorted, 0.95));
        assertEquals(10, LatencyWindow.nearestRank(new long[] {10}, 0.95));
    }
}
