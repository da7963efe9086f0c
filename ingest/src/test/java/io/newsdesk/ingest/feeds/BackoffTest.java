package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void afterASuccessTheNextPollIsOneIntervalAway() {
        assertEquals(MINUTE, Backoff.next(MINUTE, 0, null));
    }

    @Test
    void eachFailureInARowDoublesTheWaitUpToHalfAnHour() {
        assertEquals(Duration.ofMinutes(2), Backoff.next(MINUTE, 1, null));
        assertEquals(Duration.ofMinutes(4), Backoff.next(MINUTE, 2, null));
        assertEquals(Duration.ofMinutes(16), Backoff.next(MINUTE, 4, null));
        assertEquals(Duration.ofMinutes(30), Backoff.next(MINUTE, 5, null));
        assertEquals(Duration.ofMinutes(30), Backoff.next(MINUTE, 1_000, null));
    }

    @Test
    void aFeedPolledLessOftenThanTheCapIsNeverPolledSoonerAfterAFailure() {
        assertEquals(Duration.ofHours(2), Backoff.next(Duration.ofHours(2), 3, null));
    }

    @Test
    void aLongerRetryAfterWinsAndAShorterOneDoesNotShortenTheBackoff() {
        assertEquals(Duration.ofMinutes(10), Backoff.next(MINUTE, 1, Duration.ofMinutes(10)));
        assertEquals(Duration.ofMinutes(2), Backoff.next(MINUTE, 1, Duration.ofSeconds(5)));
    }

    @Test
    void anAbsurdRetryAfterIsCapped() {
        assertEquals(Backoff.MAX_RETRY_AFTER, Backoff.next(MINUTE, 1, Duration.ofDays(30)));
    }
}
