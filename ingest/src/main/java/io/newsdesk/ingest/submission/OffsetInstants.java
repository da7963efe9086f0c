package io.newsdesk.ingest.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads an ISO-8601 date-time with offset ({@code 2025-03-01T09:30:00Z}, {@code 2025-05-31T08:15:00.250+02:00})
 * as {@link OffsetDateTime#parse} does, to the same instant and refusing the same text.
 *
 * <p>{@code OffsetDateTime.parse}'s formatter copies a map of parsed fields for every optional section,
 * on every request (see BENCHMARKS.md). The shape every client sends, {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)} with values in
 * range, is read here by hand; anything else (no seconds, lower-case {@code t} or {@code z}, a year
 * with a sign, an offset with seconds, February 30) goes to {@code OffsetDateTime.parse}, which then
 * accepts or refuses it as before.
 */
final class OffsetInstants {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_OFFSET_HOURS = 18;
    private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private OffsetInstants() {
    }

    /** @throws DateTimeParseException exactly when {@code OffsetDateTime.parse(text)} throws it */
    static Instant parse(String text) {
        Instant common = parseCommonShape(text);
        return common != null ? common : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant, or null when the text is not in the common shape or a value is out of range. */
    private static Instant parseCommonShape(String text) {
        int length = text.length();
        // yyyy-MM-ddTHH:mm:ss is 19 chars; then an optional fraction and the offset.
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (text.charAt(at) == '.') {
            int start = ++at;
            while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
                at++;
            }
            int count = at - start;
            if (count == 0 || (at < length && isDigit(text.charAt(at)))) {
                return null;
            }
            nanos = digits(text, start, count) * NANO_SCALE[count];
        }
        int offsetSeconds;
        if (at == length - 1 && text.charAt(at) == 'Z') {
            offsetSeconds = 0;
        } else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
            int offsetHours = digits(text, at + 1, 2);
            int offsetMinutes = digits(text, at + 4, 2);
            if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours > MAX_OFFSET_HOURS
                    || (offsetHours == MAX_OFFSET_HOURS && offsetMinutes > 0)) {
                return null;
            }
            int magnitude = offsetHours * 3_600 + offsetMinutes * 60;
            offsetSeconds = text.charAt(at) == '-' ? -magnitude : magnitude;
        } else {
            return null;
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 when one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
