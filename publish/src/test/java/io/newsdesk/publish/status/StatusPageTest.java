package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StatusPageTest {
    private static final Instant TAKEN = Instant.parse("2025-03-04T10:14:30Z");
    private static final String HOSTILE = "<script>alert('dlq')</script><img src=x onerror=alert(1)>";

    /** A snapshot with a figure in every section, and a hostile exception message. */
    static StatusSnapshot snapshot() {
        Instant m12 = Instant.parse("2025-03-04T10:12:00Z");
        Instant m13 = Instant.parse("2025-03-04T10:13:00Z");
        Instant m14 = Instant.parse("2025-03-04T10:14:00Z");
        return new StatusSnapshot(7, TAKEN, "", 15,
                List.of("consumer group lag: TimeoutException (Timed out waiting for a node)"),
                List.of(new StatusSnapshot.TopicOffsets("articles.events", 6, 0, 1234),
                        new StatusSnapshot.TopicOffsets("articles.published.crime-law-justice", 6, 0, 88)),
                List.of(new StatusSnapshot.GroupLag("newsdesk-enrich",
                                List.of(new StatusSnapshot.TopicLag("articles.submitted", 6, 6, 4000, 17)), 17),
                        new StatusSnapshot.GroupLag("newsdesk-publish", List.of(), 0)),
                List.of(new StatusSnapshot.StageThroughput("ingest", "articles.submitted",
                        List.of(new StatusSnapshot.MinuteCount(m12, 40, true), new StatusSnapshot.MinuteCount(m13, 321, false),
                                new StatusSnapshot.MinuteCount(m14, 12, true)))),
                List.of(new StatusSnapshot.LatencyMinute(m13, 300, 299, 850L, 2_400L, 65_000L)),
                0,
                new StatusSnapshot.DeadLetterStatus(3, 0, true, List.of(new StatusSnapshot.DeadLetterReason(
                        "enrich.tagging", "java.lang.IllegalArgumentException", HOSTILE, "articles.submitted", 2, 41,
                        Instant.parse("2025-03-04T10:13:05Z"), 0, 2))),
                new StatusSnapshot.FeedHealth(StatusSnapshot.FeedHealth.OK, "http://ingest:8080/v1/feeds", "1 feed(s)",
                        TAKEN, List.of(new StatusSnapshot.FeedRow("courts-wire", "https://courts.example/rss", "failing",
                        TAKEN, Instant.parse("2025-03-04T09:00:00Z"), "HTTP 503 <b>down</b>", 120, 80, 2, 3))));
    }

    private static Document page(StatusSnapshot snapshot) {
        return Jsoup.parse(StatusHtml.render(snapshot));
    }

    private static List<String> rowTexts(Document page, String tableId) {
        Element table = page.getElementById(tableId);
        assertNotNull(table, "table #" + tableId);
        return table.select("tbody tr").stream().map(Element::text).toList();
    }

    @Test
    void refreshesItselfWithoutAnyScript() {
        Document page = page(snapshot());
        assertEquals("5", page.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(page.select("script").isEmpty(), page.select("script").outerHtml());
        assertEquals("/assets/site.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("2025-03-04T10:14:30Z", page.selectFirst("p.meta time").attr("datetime"));
    }

    @Test
    void showsEndOffsetsPerTopicAndLagPerGroup() {
        Document page = page(snapshot());
        assertEquals(List.of("articles.events 6 0 1234", "articles.published.crime-law-justice 6 0 88"),
                rowTexts(page, "topics"));
        assertEquals(List.of("newsdesk-enrich articles.submitted 6 of 6 partitions 17",
                "newsdesk-publish no committed offsets on Newsdesk topics"), rowTexts(page, "groups"));
    }

    @Test
    void chartsThroughputPerMinuteAsInlineSvgWithTheFiguresInWords() {
        Document page = page(snapshot());
        Element row = page.getElementById("throughput").selectFirst("tbody tr");
        assertEquals("ingest", row.selectFirst("th").text());
        assertEquals("321", row.select("td").get(2).text());   // the last full minute, 10:13
        assertEquals("373", row.select("td").get(3).text());
        Element svg = row.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertEquals(List.of("10:12 UTC: 40 records", "10:13 UTC: 321 records", "10:14 UTC: 12 records"),
                svg.select("rect.bar > title").eachText());
        // 15 slots of 12 px; 10:12 is slot 12 of 0..14.
        assertEquals("144", svg.select("rect.bar").get(0).attr("x"));
        assertTrue(svg.attr("aria-label").contains("10:13 321 records"), svg.attr("aria-label"));
    }

    @Test
    void showsLatencyPerMinuteAsChartAndTable() {
        Document page = page(snapshot());
        assertEquals(List.of("10:13 300 299 850 ms 2.4 s 1 min 5 s"), rowTexts(page, "latency"));
        Element latencyChart = page.select("figure svg").get(1);
        assertEquals(List.of("10:13 UTC: 2.4 s"), latencyChart.select("rect.bar > title").eachText());
        assertEquals(1, latencyChart.select("polyline.line").size());
    }

    @Test
    void escapesAHostileDeadLetterMessage() {
        String html = StatusHtml.render(snapshot());
        assertFalse(html.contains("<script>alert"), "raw script tag in the page");
        assertFalse(html.contains("<img src=x"), "raw img tag in the page");
        assertFalse(html.contains("<b>down</b>"), "raw markup from a feed error");
        Document page = Jsoup.parse(html);
        assertEquals("3", page.getElementById("dlq-count").text());
        Element message = page.getElementById("dead-letters").selectFirst("td.dlq-message");
        assertEquals(HOSTILE, message.text());
        assertTrue(message.children().isEmpty(), message.html());
        assertTrue(page.select("img").isEmpty());
        assertEquals(List.of("2025-03-04 10:13:05 UTC enrich.tagging java.lang.IllegalArgumentException " + HOSTILE
                + " articles.submitted partition 2 offset 41"), rowTexts(page, "dead-letters"));
    }

    @Test
    void showsFeedHealthAndProblems() {
        Document page = page(snapshot());
        assertEquals("Ingest's feeds: ok — 1 feed(s) (http://ingest:8080/v1/feeds).", page.getElementById("feed-state").text());
        assertEquals(List.of("courts-wire https://courts.example/rss failing 2025-03-04 09:00:00 UTC HTTP 503 <b>down</b> 120 80 2 3"),
                rowTexts(page, "feeds"));
        assertEquals(List.of("consumer group lag: TimeoutException (Timed out waiting for a node)"),
                page.select("#problems li").eachText());
    }

    @Test
    void beforeTheFirstRoundThePageSaysSoAndStillRenders() {
        Document page = page(StatusSnapshot.starting(TAKEN, "t1-", 15));
        assertEquals("No figures yet.; topic prefix t1-. This page refreshes every 5 seconds. The same figures as JSON.",
                page.selectFirst("p.meta").text());
        assertEquals(List.of("No Newsdesk topics found yet."), rowTexts(page, "topics"));
        assertEquals("Ingest's feeds: pending — not checked yet.", page.getElementById("feed-state").text());
    }

    @Test
    void servesHtmlAndTheSameSnapshotAsJsonUncached() throws Exception {
        HttpApp.Builder builder = HttpApp.builder("status-test");
        new StatusPage(StatusPageTest::snapshot).register(builder);
        HttpApp app = builder.port(0).stopGraceSeconds(0).start();
        try (app) {
            Response html = app.handle(Request.of("GET", "/status", Map.of(), Map.of(), new byte[0]));
            assertEquals(200, html.status());
            assertEquals("text/html; charset=utf-8", html.contentType());
            assertEquals("no-store", html.headers().get("Cache-Control"));
            assertTrue(html.bodyText().contains("<h1>Pipeline status</h1>"));

            Response json = app.handle(Request.of("GET", "/status.json", Map.of(), Map.of(), new byte[0]));
            assertEquals(200, json.status());
            assertEquals("no-store", json.headers().get("Cache-Control"));
            JsonNode body = Json.mapper().readTree(json.body());
            assertEquals(7, body.path("round").asLong());
            assertEquals("2025-03-04T10:14:30Z", body.path("takenAt").asText());
            assertEquals(1234, body.path("topics").get(0).path("endOffset").asLong());
            assertEquals(17, body.path("groups").get(0).path("lag").asLong());
            assertEquals(321, body.path("throughput").get(0).path("perMinute").get(1).path("count").asLong());
            assertEquals(2400, body.path("latency").get(0).path("p95Millis").asLong());
            assertEquals(HOSTILE, body.path("deadLetters").path("latest").get(0).path("message").asText());
            assertEquals("courts-wire", body.path("feeds").path("feeds").get(0).path("source").asText());
        }
    }
}
