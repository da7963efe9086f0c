package io.newsdesk.platform.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Durations as settings write them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT30S}). */
final class DurationText {
    private DurationText() {
    }

    /** Empty when {@code text} is no duration; a bare number counts as seconds. */
    static Optional<Duration> parse(String text) {
        String v = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Optional.of(Duration.parse(v.toUpperCase(Locale.ROOT)));
            }
            if (v.endsWith("ms")) {
                return Optional.of(Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2))));
            }
            char unit = v.charAt(v.length() - 1);
            if (Character.isDigit(unit)) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (unit) {
                case 's' -> Optional.of(Duration.ofSeconds(n));
                case 'm' -> Optional.of(Duration.ofMinutes(n));
                case 'h' -> Optional.of(Duration.ofHours(n));
                case 'd' -> Optional.of(Duration.ofDays(n));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The shortest of the forms above that says {@code d} exactly, for messages. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0 && ms != 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms % 3_600_000 == 0 && ms != 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms != 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
