package io.newsdesk.ingest.http;

import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}} when ingest can write to Kafka, 503 {@code DOWN}
 * otherwise, so a load balancer stops sending submissions that would only get 503s. Also says whether
 * authentication is on: a development-mode ingest must be visible as such.
 */
public final class HealthEndpoint {
    static final String AUTH_TOKENS = "bearer tokens";
    static final String AUTH_DISABLED = "DISABLED: no tokens configured, any request is accepted (development mode)";

    private final BrokerProbe broker;
    private final Authenticator authenticator;
    public HealthEndpoint(BrokerProbe broker, Authenticator authenticator) {
        this.broker = broker;
        this.authenticator = authenticator;
    }

    public Response handle(Request request) {
        BrokerStatus status = broker.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.up() ? "UP" : "DOWN");
        body.put("kafka", Map.of("status", status.up() ? "UP" : "DOWN", "detail", status.detail()));
        body.put("auth", authenticator.enabled() ? AUTH_TOKENS : AUTH_DISABLED);
        return Response.json(status.up() ? 200 : 503, body);
    }
}
