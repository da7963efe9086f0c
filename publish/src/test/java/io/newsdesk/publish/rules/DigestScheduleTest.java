package io.newsdesk.publish.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final DigestSchedule sixPm = new DigestSchedule(18, NEW_YORK);

    @Test
    void beforeTheHourTheRunIsTodayAtTheHourLocalTime() {
        // 10:00 EST (UTC-5) on 2025-01-15: today's 18:00 EST is 23:00 UTC.
        assertEquals(Instant.parse("2025-01-15T23:00:00Z"), sixPm.nextRun(Instant.parse("2025-01-15T15:00:00Z")));
    }

    @Test
    void atOrAfterTheHourTheRunIsTomorrow() {
        assertEquals(Instant.parse("2025-01-16T23:00:00Z"), sixPm.nextRun(Instant.parse("2025-01-15T23:00:00Z")));
        assertEquals(Instant.parse("2025-01-16T23:00:00Z"), sixPm.nextRun(Instant.parse("2025-01-16T01:30:00Z")),
                "20:30 local on the 15th is still the 15th in New York, though the 16th in UTC");
    }

    @Test
    void theHourStaysLocalAcrossTheSpringDaylightSavingChange() {
        // DST starts 2025-03-09: 18:00 is 23:00 UTC on the 8th and 22:00 UTC on the 9th.
        Instant runOn8th = sixPm.nextRun(Instant.parse("2025-03-08T12:00:00Z"));
        assertEquals(Instant.parse("2025-03-08T23:00:00Z"), runOn8th);
        assertEquals(Instant.parse("2025-03-09T22:00:00Z"), sixPm.nextRun(runOn8th));
    }

    @Test
    void theHourStaysLocalAcrossTheAutumnDaylightSavingChange() {
        // DST ends 2025-11-02: 18:00 is 22:00 UTC on the 1st and 23:00 UTC on the 2nd.
        Instant runOn1st = sixPm.nextRun(Instant.parse("2025-11-01T12:00:00Z"));
        assertEquals(Instant.parse("2025-11-01T22:00:00Z"), runOn1st);
        assertEquals(Instant.parse("2025-11-02T23:00:00Z"), sixPm.nextRun(runOn1st));
    }

    @Test
    void anHourThatDoesNotExistRunsRightAfterTheGapAndARepeatedHourRunsOnce() {
        DigestSchedule twoAm = new DigestSchedule(2, NEW_YORK);
        // 02:00 does not exist on 2025-03-09 (clocks jump from 02:00 EST to 03:00 EDT = 07:00 UTC).
        assertEquals(Instant.parse("2025-03-09T07:00:00Z"), twoAm.runOn(LocalDate.of(2025, 3, 9)));
        DigestSchedule oneAm = new DigestSchedule(1, NEW_YORK);
        // 01:00 happens twice on 2025-11-02: the run is the first (EDT, 05:00 UTC), and only that one.
        Instant first = oneAm.nextRun(Instant.parse("2025-11-02T00:00:00Z"));
        assertEquals(Instant.parse("2025-11-02T05:00:00Z"), first);
        assertEquals(Instant.parse("2025-11-03T06:00:00Z"), oneAm.nextRun(first));
    }

    @Test
    void theDayOfARunIsItsLocalDate() {
        assertEquals(LocalDate.of(2025, 1, 15), sixPm.dayOf(Instant.parse("2025-01-15T23:00:00Z")));
    }

    @Test
    void hourOutsideTheDayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DigestSchedule(24, NEW_YORK));
        assertThrows(IllegalArgumentException.class, () -> new DigestSchedule(-1, NEW_YORK));
    }
}
