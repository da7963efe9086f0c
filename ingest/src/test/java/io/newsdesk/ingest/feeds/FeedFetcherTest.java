package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedFetcherTest {
    private static final Instant NOW = Instant.parse("2025-03-06T12:00:00Z");

    @Test
    void retryAfterInSeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), FeedFetcher.retryAfter(" 120 ", NOW));
    }

    @Test
    void retryAfterAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofMinutes(90)), FeedFetcher.retryAfter("Thu, 06 Mar 2025 13:30:00 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), FeedFetcher.retryAfter("Thu, 06 Mar 2025 11:00:00 GMT", NOW),
                "a date in the past means now");
    }

    @Test
    void anUnreadableRetryAfterIsIgnored() {
        assertEquals(Optional.empty(), FeedFetcher.retryAfter("soon", NOW));
        assertEquals(Optional.empty(), FeedFetcher.retryAfter(null, NOW));
        assertEquals(Optional.empty(), FeedFetcher.retryAfter("99999999999999999999999", NOW));
    }
}
