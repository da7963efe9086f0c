package io.newsdesk.enrich;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.platform.streams.StreamsHealth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The enrich service's only HTTP surface: {@code GET /health} (200 while Streams is alive, 503 once it
 * has failed or is shutting down; what an orchestrator restarts on) and {@code GET /ready} (200 while
 * every task runs and the cluster acknowledges enrich's writes, 503 during start-up, rebalances and while
 * writes go unacknowledged; what a load balancer or a test waits on), and {@code GET /metrics} for
 * Prometheus when given the service's {@link ServiceMetrics}. Both bodies say why: Streams' state, whether
 * writes are acknowledged, and any topic weaker than its replication asks.
 */
public final class EnrichHttp {
    private EnrichHttp() {
    }

    public static HttpApp.Builder routes(StreamsHealth health) {
        return HttpApp.builder("enrich")
                .threads(2)
                .get("/health", request -> answer(health.live(), health))
                .get("/ready", request -> answer(health.ready(), health));
    }

    /** Health, readiness and {@code GET /metrics}: what the running service serves. */
    public static HttpApp.Builder routes(StreamsHealth health, ServiceMetrics metrics) {
        return metrics.register(routes(health));
    }

    private static Response answer(boolean ok, StreamsHealth health) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok ? "UP" : "DOWN");
        body.putAll(health.details());
        return Response.json(ok ? 200 : 503, body);
    }
}
