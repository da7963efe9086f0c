package io.newsdesk.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeteredHandlerTest {
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMeters pipeline = new PipelineMeters(registry);

    private static Request post(String body) {
        return Request.of("POST", "/v1/articles", Map.of(), Map.of(), body.getBytes());
    }

    private double requests(String status) {
        return registry.get(PipelineMeters.INGEST_REQUESTS).tag("status", status).counter().count();
    }

    private long timed(String status) {
        return registry.get(PipelineMeters.INGEST_REQUEST_TIME).tag("status", status).timer().count();
    }

    @Test
    void countsAndTimesByTheStatusTheClientGets() throws Exception {
        MeteredHandler handler = MeteredHandler.asStage(registry, PipelineMeters.INGEST_REQUESTS,
                PipelineMeters.INGEST_REQUEST_TIME, pipeline.stage("ingest"), request -> {
                    String body = new String(request.body(100));
                    return switch (body) {
                        case "ok" -> Response.json(202, Map.of("accepted", true));
                        case "bad" -> throw new HttpError(400, "invalid submission", List.of("headline: required"));
                        default -> throw new IllegalStateException("a bug");
                    };
                });

        assertEquals(202, handler.handle(post("ok")).status());
        assertEquals(202, handler.handle(post("ok")).status());
        HttpError refused = assertThrows(HttpError.class, () -> handler.handle(post("bad")));
        assertEquals(400, refused.status());
        assertThrows(IllegalStateException.class, () -> handler.handle(post("crash")));

        assertEquals(2.0, requests("202"));
        assertEquals(1.0, requests("400"));
        assertEquals(1.0, requests("500"));
        assertEquals(2, timed("202"));
        assertEquals(1, timed("400"));
        assertEquals(1, timed("500"));
        assertEquals(4.0, registry.get(PipelineMeters.ARTICLES_IN).tag("stage", "ingest").counter().count());
        assertEquals(2.0, registry.get(PipelineMeters.ARTICLES_OUT).tag("stage", "ingest").counter().count());
    }

    @Test
    void aHandlerAnsweringAnErrorItselfIsCountedByThatStatus() throws Exception {
        MeteredHandler handler = MeteredHandler.of(registry, PipelineMeters.INGEST_REQUESTS,
                PipelineMeters.INGEST_REQUEST_TIME, request -> Response.json(503, Map.of("error", "broker down")));

        handler.handle(post("x"));

        assertEquals(1.0, requests("503"));
        assertTrue(registry.find(PipelineMeters.ARTICLES_IN).counters().isEmpty(), "no stage was given");
    }
}
