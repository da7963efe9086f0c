package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateSeriesTest {
    private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    private static StatusSnapshot.MinuteCount minute(String time, long count, boolean partial) {
        return new StatusSnapshot.MinuteCount(Instant.parse("2025-03-04T" + time + ":00Z"), count, partial);
    }

    @Test
    void aMinuteIsTheIncreaseFromTheLastSampleBeforeItToTheLastSampleInIt() {
        RateSeries series = new RateSeries(5);
        series.record(T0.plusSeconds(50), 100);     // 10:00:50, before 10:01
        series.record(T0.plusSeconds(70), 130);     // 10:01:10
        series.record(T0.plusSeconds(110), 160);    // 10:01:50
        series.record(T0.plusSeconds(130), 200);    // 10:02:10

        assertEquals(List.of(minute("10:00", 0, true), minute("10:01", 60, false), minute("10:02", 40, true)),
                series.perMinute(T0.plusSeconds(140)));
    }

    @Test
    void minutesWithoutNewSamplesCountZeroAndMinutesBeforeTheFirstSampleAreLeftOut() {
        RateSeries series = new RateSeries(4);
        series.record(T0.plusSeconds(10), 5);
        series.record(T0.plusSeconds(190), 9);      // 10:03:10; nothing sampled in 10:01 and 10:02

        assertEquals(List.of(minute("10:00", 0, true), minute("10:01", 0, false), minute("10:02", 0, false),
                minute("10:03", 4, true)), series.perMinute(T0.plusSeconds(200)));
        assertEquals(List.of(), new RateSeries(4).perMinute(T0));
    }

    @Test
    void aTotalThatDropsCountsAsZeroNotNegative() {
        RateSeries series = new RateSeries(2);
        series.record(T0.plusSeconds(5), 500);
        series.record(T0.plusSeconds(65), 3);       // the topic was deleted and created again

        assertEquals(List.of(minute("10:00", 0, true), minute("10:01", 0, true)), series.perMinute(T0.plusSeconds(70)));
    }

    @Test
    void oldSamplesAreDroppedButTheBaselineOfTheFirstMinuteIsKept() {
        RateSeries series = new RateSeries(2);
        for (int s = 0; s <= 600; s += 30) {
            series.record(T0.plusSeconds(s), s);    // one record per second for ten minutes
        }
        // Window 10:09-10:10; the 10:08:30 sample is the baseline of 10:09.
        assertEquals(List.of(minute("10:09", 60, false), minute("10:10", 30, true)), series.perMinute(T0.plusSeconds(600)));
    }

    @Test
    void aWindowOfNoMinutesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RateSeries(0));
    }
}
