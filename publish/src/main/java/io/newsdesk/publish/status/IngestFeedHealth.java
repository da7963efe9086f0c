package io.newsdesk.publish.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ingest's {@code GET /v1/feeds}, read for the status page. Any failure (ingest not running, slow, an
 * unexpected answer) becomes an "unavailable" {@link StatusSnapshot.FeedHealth} that says why: the page
 * shows it and never waits on ingest, since the request is bounded by a short timeout and made from the
 * collector's thread, not from a page request.
 */
public final class IngestFeedHealth {
    static final String PATH = "/v1/feeds";
    private static final int MAX_FEEDS = 200;

    private final Optional<URI> feedsUrl;
    private final String shownUrl;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    public IngestFeedHealth(Optional<URI> ingestUrl, Duration timeout, Clock clock) {
        this.feedsUrl = ingestUrl.map(u -> u.resolve(PATH));
        this.shownUrl = feedsUrl.map(URI::toString).orElse(null);
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public StatusSnapshot.FeedHealth fetch() {
        Instant now = clock.instant();
        if (feedsUrl.isEmpty()) {
            return new StatusSnapshot.FeedHealth(StatusSnapshot.FeedHealth.DISABLED, null,
                    StatusConfig.INGEST_URL + " is " + StatusConfig.OFF, now, List.of());
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(feedsUrl.get()).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return unavailable("ingest answered HTTP " + response.statusCode(), now);
            }
            return parse(response.body(), shownUrl, now);
        } catch (HttpTimeoutException e) {
            return unavailable("no answer within " + timeout.toMillis() + " ms", now);
        } catch (IOException e) {
            return unavailable("cannot reach ingest: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unavailable("interrupted", now);
        }
    }

    private StatusSnapshot.FeedHealth unavailable(String why, Instant now) {
        return new StatusSnapshot.FeedHealth(StatusSnapshot.FeedHealth.UNAVAILABLE, shownUrl, why, now, List.of());
    }

    /** Reads ingest's answer ({@code {"feeds":[FeedHealth...]}}); an answer of another shape is "unavailable". */
    static StatusSnapshot.FeedHealth parse(String body, String url, Instant now) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (IOException e) {
            return new StatusSnapshot.FeedHealth(StatusSnapshot.FeedHealth.UNAVAILABLE, url,
                    "ingest's answer is not JSON", now, List.of());
        }
        if (root == null || !root.path("feeds").isArray()) {
            return new StatusSnapshot.FeedHealth(StatusSnapshot.FeedHealth.UNAVAILABLE, url,
                    "ingest's answer has no \"feeds\" list", now, List.of());
        }
        List<StatusSnapshot.FeedRow> rows = new ArrayList<>();
        for (JsonNode feed : root.path("feeds")) {
            if (rows.size() == MAX_FEEDS) {
                break;
            }
            JsonNode error = feed.path("lastError");
            rows.add(new StatusSnapshot.FeedRow(text(feed, "source"), text(feed, "url"), text(feed, "status"),
                    instant(feed, "lastPollAt"), instant(feed, "lastSuccessAt"),
                    error.isObject() ? text(error, "message") : null, feed.path("itemsSeen").asLong(),
                    feed.path("itemsSubmitted").asLong(), feed.path("itemsRejected").asLong(),
                    feed.path("consecutiveFailures").asInt()));
        }
        String detail = rows.isEmpty() ? "ingest polls no feeds (NEWSDESK_FEEDS is empty)" : rows.size() + " feed(s)";
        return new StatusSnapshot.FeedHealth(StatusSnapshot.FeedHealth.OK, url, detail, now, rows);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
