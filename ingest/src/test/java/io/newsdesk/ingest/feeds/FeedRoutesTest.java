package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FeedRoutesTest {
    private static final Instant NOW = Instant.parse("2025-03-06T12:00:00Z");

    @Test
    void getFeedsAnswersEachFeedsHealthAsJson() throws IOException {
        MutableClock clock = new MutableClock(NOW);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        // Nothing listens there any more, so the one poll fails fast and leaves an error to show.
        String url = "http://127.0.0.1:" + closedPort + "/rss";
        FeedSubscription wire = new FeedSubscription("riverton-wire", URI.create(url));
        FeedFetcher fetcher = new FeedFetcher(FeedFetcher.defaultClient(), Duration.ofSeconds(5), 1024, clock);
        try (FeedPoller poller = new FeedPoller(new FeedSubscriptions(List.of(wire), Duration.ofSeconds(60)), fetcher,
                new FeedItemMapper(new SubmissionParser(clock)), new RecordingSink(clock), clock,
                Executors.newSingleThreadScheduledExecutor(), new FeedItemLedger(Topics.FEED_ITEMS_RETENTION))) {
            poller.claim(List.of(wire));
            poller.pollNow(wire);
            HttpApp app = FeedRoutes.register(HttpApp.builder("feeds-test"), poller).host("127.0.0.1").port(0).start();
            try {
                Response response = app.handle(Request.of("GET", "/v1/feeds", Map.of(), Map.of(), new byte[0]));

                assertEquals(200, response.status());
                assertEquals("no-store", response.headers().get("Cache-Control"));
                JsonNode feed = Json.mapper().readTree(response.body()).get("feeds").get(0);
                assertEquals("riverton-wire", feed.get("source").asText());
                assertEquals(url, feed.get("url").asText());
                assertEquals("failing", feed.get("status").asText());
                assertEquals("2025-03-06T12:00:00Z", feed.get("lastPollAt").asText());
                assertEquals("2025-03-06T12:00:00Z", feed.get("lastError").get("at").asText());
                assertEquals(true, feed.get("lastError").get("message").asText().startsWith("cannot connect"),
                        feed.get("lastError").toString());
                assertEquals(1, feed.get("consecutiveFailures").asInt());
                assertEquals(0, feed.get("itemsSeen").asInt());
                assertEquals("2025-03-06T12:02:00Z", feed.get("nextPollAt").asText());
                assertEquals(false, feed.has("lastSuccessAt"), "never succeeded: no such field");
            } finally {
                app.close();
            }
        }
    }
}
