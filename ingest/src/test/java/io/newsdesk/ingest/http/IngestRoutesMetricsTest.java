package io.newsdesk.ingest.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.auth.TokenTable;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ingest's routes as the service runs them: metered by status, /metrics served, drained on shutdown. */
class IngestRoutesMetricsTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String ARTICLE = """
            {"source": "harbour-courier", "externalId": "%s", "headline": "Ferry timetable changes in June",
             "body": "The morning ferry leaves ten minutes earlier from the first of June."}""";

    private final Topics topics = Topics.withPrefix("metrics-");
    // Not auto-completing: each test decides when the broker "acknowledges".
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
    private final ServiceMetrics metrics = ServiceMetrics.create("ingest");
    private final InFlightRequests inFlight = new InFlightRequests();
    private HttpApp app;

    @BeforeEach
    void start() throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SubmissionIntake intake = new SubmissionIntake(producer, topics, clock, Duration.ofSeconds(10), UUID::randomUUID);
        Authenticator authenticator = new Authenticator(TokenTable.empty());
        app = IngestRoutes.register(HttpApp.builder("ingest-metrics-test"),
                        new SubmissionEndpoint(authenticator, new SubmissionParser(clock), intake, 64 * 1024),
                        new HealthEndpoint(() -> BrokerStatus.up("ok"), authenticator), metrics, inFlight)
                .host("127.0.0.1").port(0).threads(2).stopGraceSeconds(0).start();
    }

    @AfterEach
    void stop() {
        // Let anything a failed test left waiting finish before the server goes.
        while (producer.completeNext()) {
            // acknowledge
        }
        app.close();
        metrics.close();
    }

    private Response post(String json) {
        return app.handle(Request.of("POST", IngestRoutes.ARTICLES, Map.of(),
                Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8)));
    }

    private Response get(String path) {
        return app.handle(Request.of("GET", path, Map.of(), Map.of(), new byte[0]));
    }

    private CompletableFuture<Response> postInBackground(String externalId) {
        return CompletableFuture.supplyAsync(() -> post(ARTICLE.formatted(externalId)));
    }

    private int acknowledged;

    /** Acknowledges the next {@code n} writes as the intake makes them (one per submission). */
    private void ack(int n) {
        for (int i = 0; i < n; i++) {
            await().atMost(Duration.ofSeconds(5)).until(() -> pendingWrites() > 0);
            assertTrue(producer.completeNext());
            acknowledged++;
        }
    }

    private int pendingWrites() {
        return producer.history().size() - acknowledged;
    }

    private double count(String scrape, String line) {
        for (String l : scrape.split("\n")) {
            if (l.startsWith(line + " ")) {
                return Double.parseDouble(l.substring(line.length() + 1));
            }
        }
        return 0;
    }

    @Test
    void requestsAreCountedAndTimedByStatusAndAcceptedArticlesCountedOut() throws Exception {
        CompletableFuture<Response> accepted = postInBackground("fc-1");
        ack(1);
        assertEquals(202, accepted.get().status(), accepted.get().bodyText());
        assertEquals(400, post("{\"source\": \"harbour-courier\"}").status());
        assertEquals(415, app.handle(Request.of("POST", IngestRoutes.ARTICLES, Map.of(), Map.of(),
                "x".getBytes(StandardCharsets.UTF_8))).status());

        Response scraped = get(IngestRoutes.METRICS);
        assertEquals(200, scraped.status());
        assertEquals(ServiceMetrics.CONTENT_TYPE, scraped.contentType());
        String text = scraped.bodyText();
        assertEquals(1.0, count(text, "newsdesk_ingest_requests_total{service=\"ingest\",status=\"202\"}"), text);
        assertEquals(1.0, count(text, "newsdesk_ingest_requests_total{service=\"ingest\",status=\"400\"}"), text);
        assertEquals(1.0, count(text, "newsdesk_ingest_requests_total{service=\"ingest\",status=\"415\"}"), text);
        assertEquals(1.0, count(text, "newsdesk_ingest_request_seconds_count{service=\"ingest\",status=\"202\"}"), text);
        assertEquals(3.0, count(text, "newsdesk_articles_in_total{service=\"ingest\",stage=\"ingest\"}"), text);
        assertEquals(1.0, count(text, "newsdesk_articles_out_total{service=\"ingest\",stage=\"ingest\"}"), text);
        // The article counted out is the one on the topic.
        List<ProducerRecord<String, byte[]>> submitted = producer.history().stream()
                .filter(r -> r.topic().equals(topics.submitted().name())).toList();
        assertEquals(1, submitted.size());
        Submission written = topics.submitted().valueSerde().deserializer().deserialize(submitted.get(0).topic(),
                submitted.get(0).value());
        assertEquals("fc-1", written.getExternalId());
    }

    @Test
    void drainingFinishesTheSubmissionInFlightAndRefusesNewOnes() throws Exception {
        CompletableFuture<Response> inFlightPost = postInBackground("fc-2");
        await().atMost(Duration.ofSeconds(5)).until(() -> pendingWrites() == 1);
        assertEquals(1, inFlight.running());

        CompletableFuture<Boolean> drained = CompletableFuture.supplyAsync(() -> {
            try {
                return inFlight.drain(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(inFlight::draining);

        Response refused = post(ARTICLE.formatted("fc-3"));
        assertEquals(503, refused.status());
        assertEquals("5", refused.headers().get("Retry-After"));
        Response health = get(IngestRoutes.HEALTH);
        assertEquals(503, health.status());
        assertEquals("DOWN", Json.mapper().readTree(health.body()).get("status").asText());
        assertFalse(drained.isDone(), "the drain must wait for the submission in flight");

        ack(1);

        Response answered = inFlightPost.get();
        assertEquals(202, answered.status(), answered.bodyText());
        JsonNode body = Json.mapper().readTree(answered.body());
        assertEquals(1, body.get("version").asLong(), "fc-2's record is the topic's first: offset 0");
        assertTrue(drained.get(), "nothing left running");
        assertEquals(0, inFlight.running());
        // Only fc-2 was written: the refused one never reached the producer.
        assertEquals(1, producer.history().size());
        assertTrue(producer.history().stream().noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("fc-3")));
        String text = metrics.scrape();
        assertEquals(1.0, count(text, "newsdesk_ingest_requests_total{service=\"ingest\",status=\"503\"}"), text);
        assertEquals(1.0, count(text, "newsdesk_ingest_requests_total{service=\"ingest\",status=\"202\"}"), text);
    }

    @Test
    void aDrainThatOutlastsItsTimeoutSaysSo() throws Exception {
        CompletableFuture<Response> hanging = postInBackground("fc-4");
        await().atMost(Duration.ofSeconds(5)).until(() -> pendingWrites() == 1);

        assertFalse(inFlight.drain(Duration.ofMillis(200)));
        assertEquals(1, inFlight.running());

        ack(1);
        assertEquals(202, hanging.get().status());
        assertEquals(0, inFlight.running());
    }
}
