package io.newsdesk.publish.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Daily report rule: the digest goes out once a day at a fixed hour of the newsroom's local time.
 * Around daylight-saving changes the local hour may not exist (spring forward: the run happens at the
 * first instant after the gap) or exist twice (fall back: the run happens at the first of the two).
 */
public final class DigestSchedule {
    private final int hour;
    private final ZoneId zone;

    public DigestSchedule(int hour, ZoneId zone) {
        if (hour < 0 || hour > 23) {
            throw new IllegalArgumentException("digest hour must be 0 to 23, not " + hour);
        }
        this.hour = hour;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first run strictly after {@code after}. */
    public Instant nextRun(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = runOn(day);
        while (!candidate.isAfter(after)) {
            day = day.plusDays(1);
            candidate = runOn(day);
        }
        return candidate;
    }

    /** When the digest of {@code day} is produced. */
    public Instant runOn(LocalDate day) {
        // ZonedDateTime.of moves a time in a gap forward by the gap and picks the earlier offset in an overlap.
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
    }

    /** The day whose digest a run at {@code run} produces: the local date of the run. */
    public LocalDate dayOf(Instant run) {
        return run.atZone(zone).toLocalDate();
    }
}
