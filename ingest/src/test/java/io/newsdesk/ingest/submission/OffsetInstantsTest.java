package io.newsdesk.ingest.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OffsetInstantsTest {

    /** What the parser did before OffsetInstants: the instant, or the refusal. */
    private static String reference(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }

    private static String fast(String text) {
        try {
            return OffsetInstants.parse(text).toString();
        } catch (DateTimeParseException e) {
            return "refused";
        }
    }

    @Test
    void theCommonShapesGiveTheirInstants() {
        assertEquals(Instant.parse("2025-03-01T09:30:00Z"), OffsetInstants.parse("2025-03-01T09:30:00Z"));
        assertEquals(Instant.parse("2025-05-31T06:15:00.250Z"), OffsetInstants.parse("2025-05-31T08:15:00.25+02:00"));
        assertEquals(Instant.parse("2025-01-01T05:29:59.000000001Z"), OffsetInstants.parse("2024-12-31T23:59:59.000000001-05:30"));
        assertEquals(Instant.parse("0000-01-01T00:00:00Z"), OffsetInstants.parse("0000-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2024-02-28T06:00:00Z"), OffsetInstants.parse("2024-02-29T00:00:00+18:00"));
    }

    @Test
    void whatTheCommonShapeDoesNotCoverIsLeftToOffsetDateTime() {
        // Accepted by OffsetDateTime.parse, in shapes read by it rather than by hand.
        assertEquals(Instant.parse("2025-03-01T09:30:00Z"), OffsetInstants.parse("2025-03-01T09:30Z"));
        assertEquals(Instant.parse("2025-03-01T09:30:00Z"), OffsetInstants.parse("2025-03-01t09:30:00z"));
        assertEquals(Instant.parse("2025-03-01T09:29:30Z"), OffsetInstants.parse("2025-03-01T09:30:00+00:00:30"));
        assertEquals(Instant.parse("2025-03-01T09:30:00Z"), OffsetInstants.parse("2025-03-01T09:30:00.Z"));
        // Refused, as before.
        for (String refused : List.of("2025-02-29T00:00:00Z", "2025-13-01T00:00:00Z", "2025-03-01T24:00:00Z",
                "2025-03-01T09:60:00Z", "2025-03-01T09:30:60Z", "2025-03-01T09:30:00+18:01", "2025-03-01T09:30:00",
                "2025-03-01 09:30:00Z", "2025-03-01T09:30:00.1234567890Z", "yesterday", "")) {
            assertThrows(DateTimeParseException.class, () -> OffsetInstants.parse(refused), refused);
        }
    }

    @Property(tries = 5_000)
    void answersExactlyAsOffsetDateTimeParse(@ForAll("dateTimes") String text) {
        assertEquals(reference(text), fast(text), text);
    }

    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.of("0000", "1900", "1970", "2000", "2023", "2024", "2100", "9999", "+2025", "-0001", "20255", "202"),
                Arbitraries.integers().between(0, 9999).map(y -> String.format("%04d", y)));
        Arbitrary<String> twoDigits = Arbitraries.integers().between(0, 99).map(v -> String.format("%02d", v));
        Arbitrary<String> month = Arbitraries.oneOf(Arbitraries.of("00", "01", "02", "12", "13", "1", "a1"), twoDigits);
        Arbitrary<String> day = Arbitraries.oneOf(Arbitraries.of("00", "01", "28", "29", "30", "31", "32"), twoDigits);
        Arbitrary<String> hour = Arbitraries.oneOf(Arbitraries.of("00", "23", "24", "9"), twoDigits);
        Arbitrary<String> minute = Arbitraries.oneOf(Arbitraries.of("00", "59", "60"), twoDigits);
        Arbitrary<String> second = Arbitraries.of(":00", ":59", ":60", ":61", "", ":5", ":1a");
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.of("", "", ".", ".0", ".5", ".123456789", ".1234567890", ".x"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10).map(f -> "." + f));
        Arbitrary<String> offset = Arbitraries.of("Z", "z", "+00:00", "-00:00", "+18:00", "-18:00", "+18:01", "+19:00",
                "+14:30", "-09:59", "+05:60", "+1:00", "+05", "+0530", "+05:30:15", "", "ZZ", "+05:3a", " Z", "UTC");
        Arbitrary<String> separator = Arbitraries.of("T", "T", "T", "t", " ");
        return Combinators.combine(List.of(year, month, day, separator, hour, minute, second, fraction, offset))
                .as(parts -> parts.get(0) + "-" + parts.get(1) + "-" + parts.get(2) + parts.get(3) + parts.get(4) + ":"
                        + parts.get(5) + parts.get(6) + parts.get(7) + parts.get(8));
    }
}
