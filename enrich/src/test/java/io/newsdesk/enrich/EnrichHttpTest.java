package io.newsdesk.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.streams.StreamsHealth;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

// One server for the class: closing one waits a second for exchanges to finish.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrichHttpTest {
    private final StreamsHealth health = new StreamsHealth();
    private HttpApp app;

    @BeforeAll
    void start() throws IOException {
        app = EnrichHttp.routes(health).host("127.0.0.1").port(0).start();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void healthyAndReadyWhileRunning() throws Exception {
        health.onChange(State.RUNNING, State.REBALANCING);

        assertEquals(200, get("/health").status());
        assertEquals(Map.of("status", "UP", "streams", "RUNNING", "kafkaWrites", "acknowledged"), body(get("/ready")));
    }

    @Test
    void aRebalanceIsHealthyButNotReady() throws Exception {
        health.onChange(State.REBALANCING, State.RUNNING);

        assertEquals(Map.of("status", "UP", "streams", "REBALANCING", "kafkaWrites", "acknowledged"), body(get("/health")));
        Response ready = get("/ready");
        assertEquals(503, ready.status());
        assertEquals(Map.of("status", "DOWN", "streams", "REBALANCING", "kafkaWrites", "acknowledged"), body(ready));
    }

    @Test
    void aFailedStreamsIsUnhealthy() throws Exception {
        health.onChange(State.ERROR, State.PENDING_ERROR);

        Response response = get("/health");
        assertEquals(503, response.status());
        assertEquals(Map.of("status", "DOWN", "streams", "ERROR", "kafkaWrites", "acknowledged"), body(response));
    }

    @Test
    void writesTheClusterDoesNotAcknowledgeMakeItNotReadyAndSayWhyButKeepItAlive() throws Exception {
        StreamsHealth refused = new StreamsHealth();
        refused.onChange(State.RUNNING, State.REBALANCING);
        refused.writes().sent();
        refused.writes().answered(new NotEnoughReplicasException("fewer in-sync replicas than required"));
        HttpApp routes = EnrichHttp.routes(refused).host("127.0.0.1").port(0).start();
        try {
            Response ready = routes.handle(Request.of("GET", "/ready", Map.of(), Map.of(), new byte[0]));
            assertEquals(503, ready.status());
            assertTrue(String.valueOf(body(ready).get("kafkaWrites")).contains("NotEnoughReplicasException"), body(ready).toString());
            assertEquals(200, routes.handle(Request.of("GET", "/health", Map.of(), Map.of(), new byte[0])).status(),
                    "a restart would not bring the brokers back");
        } finally {
            routes.close();
        }
    }

    @Test
    void answersOverHttpOnTheConfiguredPort() throws IOException, InterruptedException {
        health.onChange(State.RUNNING, State.REBALANCING);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"streams\":\"RUNNING\",\"kafkaWrites\":\"acknowledged\"}", response.body());
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
    }

    private Response get(String path) {
        return app.handle(Request.of("GET", path, Map.of(), Map.of(), new byte[0]));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response response) throws IOException {
        return Json.mapper().readValue(response.body(), Map.class);
    }
}
