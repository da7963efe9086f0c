package io.newsdesk.ingest.http;

import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health} and {@code GET /ready}: 200 {@code {"status":"UP"}} when ingest can write to Kafka (the
 * cluster acknowledges its writes, and every partition of its topics has the in-sync replicas its
 * {@code min.insync.replicas} asks for), 503 {@code DOWN} with the reason otherwise, so a load balancer stops
 * sending submissions that would only get 503s. Also says whether authentication is on (a development-mode
 * ingest must be visible as such) and which existing topics are weaker than the cluster's replication asks.
 */
public final class HealthEndpoint {
    static final String AUTH_TOKENS = "bearer tokens";
    static final String AUTH_DISABLED = "DISABLED: no tokens configured, any request is accepted (development mode)";

    private final BrokerProbe broker;
    private final Authenticator authenticator;
    private final List<String> weakerTopics;

    public HealthEndpoint(BrokerProbe broker, Authenticator authenticator) {
        this(broker, authenticator, List.of());
    }

    /** @param weakerTopics what topic creation found weaker than it should be ({@code TopicReport#weaker()}) */
    public HealthEndpoint(BrokerProbe broker, Authenticator authenticator, List<String> weakerTopics) {
        this.broker = broker;
        this.authenticator = authenticator;
        this.weakerTopics = List.copyOf(weakerTopics);
    }

    public Response handle(Request request) {
        BrokerStatus status = broker.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.up() ? "UP" : "DOWN");
        body.put("kafka", Map.of("status", status.up() ? "UP" : "DOWN", "detail", status.detail()));
        body.put("auth", authenticator.enabled() ? AUTH_TOKENS : AUTH_DISABLED);
        if (!weakerTopics.isEmpty()) {
            body.put("weakerTopics", weakerTopics);
        }
        return Response.json(status.up() ? 200 : 503, body);
    }
}
