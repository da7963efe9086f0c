package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IngestFeedHealthTest {
    private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");

    @Test
    void readsIngestsFeedList() {
        String body = """
                {"feeds":[{"source":"courts-wire","url":"https://courts.example/rss","status":"failing",
                  "lastPollAt":"2025-03-04T09:59:00Z","lastSuccessAt":"2025-03-04T09:00:00Z",
                  "lastError":{"message":"HTTP 503","at":"2025-03-04T09:59:00Z"},"itemsSeen":120,"itemsSubmitted":80,
                  "itemsRejected":2,"consecutiveFailures":3,"nextPollAt":"2025-03-04T10:01:00Z"}]}""";
        StatusSnapshot.FeedHealth health = IngestFeedHealth.parse(body, "http://ingest/v1/feeds", NOW);
        assertEquals(StatusSnapshot.FeedHealth.OK, health.state());
        assertEquals(List.of(new StatusSnapshot.FeedRow("courts-wire", "https://courts.example/rss", "failing",
                Instant.parse("2025-03-04T09:59:00Z"), Instant.parse("2025-03-04T09:00:00Z"), "HTTP 503", 120, 80, 2, 3)),
                health.feeds());
    }

    @Test
    void anAnswerOfAnotherShapeIsUnavailableWithTheReason() {
        assertEquals("ingest's answer is not JSON", IngestFeedHealth.parse("<html>", "u", NOW).detail());
        StatusSnapshot.FeedHealth health = IngestFeedHealth.parse("{\"error\":\"x\"}", "u", NOW);
        assertEquals(StatusSnapshot.FeedHealth.UNAVAILABLE, health.state());
        assertEquals("ingest's answer has no \"feeds\" list", health.detail());
    }

    @Test
    void anIngestThatIsNotRunningIsUnavailableAtOnce() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        IngestFeedHealth feeds = new IngestFeedHealth(Optional.of(URI.create("http://127.0.0.1:" + freePort)),
                Duration.ofMillis(500), Clock.fixed(NOW, ZoneOffset.UTC));
        long started = System.nanoTime();
        StatusSnapshot.FeedHealth health = feeds.fetch();
        assertEquals(StatusSnapshot.FeedHealth.UNAVAILABLE, health.state());
        assertEquals("http://127.0.0.1:" + freePort + "/v1/feeds", health.ingestUrl());
        assertTrue(health.detail().startsWith("cannot reach ingest"), health.detail());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(2)) < 0);
    }

    @Test
    void switchedOffIsDisabledNotUnavailable() {
        StatusSnapshot.FeedHealth health = new IngestFeedHealth(Optional.empty(), Duration.ofMillis(500),
                Clock.fixed(NOW, ZoneOffset.UTC)).fetch();
        assertEquals(StatusSnapshot.FeedHealth.DISABLED, health.state());
        assertEquals("NEWSDESK_INGEST_URL is off", health.detail());
    }
}
