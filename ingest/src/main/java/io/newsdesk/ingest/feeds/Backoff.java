package io.newsdesk.ingest.feeds;

import java.time.Duration;

/**
 * How long to wait before polling a feed again. While it answers: the poll interval. After failures:
 * the interval doubled per failure in a row, capped at {@link #MAX_BACKOFF} (but never below the interval),
 * so a broken partner is not hammered yet is retried within half an hour once it recovers. A server's
 * {@code Retry-After} is obeyed when it asks for longer, up to {@link #MAX_RETRY_AFTER}.
 */
final class Backoff {
    static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
    /** A Retry-After beyond this is taken as a server bug, not a wish to be left alone for a week. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(6);

    private Backoff() {
    }

    /**
     * @param failures   failures in a row, including the one just seen; 0 after a success
     * @param retryAfter what the server asked for, null when it did not
     */
    static Duration next(Duration interval, int failures, Duration retryAfter) {
        Duration delay = interval;
        if (failures > 0) {
            // Shift capped at 20: beyond that the cap has long been reached and the multiplication would overflow.
            long factor = 1L << Math.min(failures, 20);
            Duration grown = interval.toMillis() > MAX_BACKOFF.toMillis() / factor ? MAX_BACKOFF : interval.multipliedBy(factor);
            delay = max(interval, min(grown, MAX_BACKOFF));
        }
        if (retryAfter != null && !retryAfter.isNegative()) {
            delay = max(delay, min(retryAfter, MAX_RETRY_AFTER));
        }
        return delay;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
