package io.newsdesk.ingest.http;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.metrics.MeteredHandler;
import io.newsdesk.platform.metrics.PipelineMeters;
import io.newsdesk.platform.metrics.ServiceMetrics;

/** The routes of ingest's HTTP API, shared by the service and the handler tests. */
public final class IngestRoutes {
    public static final String ARTICLES = "/v1/articles";
    public static final String HEALTH = "/health";
    /** The same answer as {@link #HEALTH}: ingest is ready exactly when it can take submissions. */
    public static final String READY = "/ready";
    public static final String METRICS = ServiceMetrics.PATH;
    /** The stage name of ingest in {@code newsdesk_articles_in/out_total} and {@code newsdesk_stage_seconds}. */
    public static final String STAGE = "ingest";

    private IngestRoutes() {
    }

    /** The API alone, without metrics or draining: what the handler tests drive. */
    public static HttpApp.Builder register(HttpApp.Builder builder, SubmissionEndpoint submissions, HealthEndpoint health) {
        return builder
                .post(ARTICLES, submissions::handle)
                .get(HEALTH, health::handle)
                .get(READY, health::handle);
    }

    /**
     * The API as the service runs it: submissions pass the shutdown gate and are counted and timed by
     * status ({@code newsdesk_ingest_requests_total}, {@code newsdesk_ingest_request_seconds}; a 202 is an
     * accepted article, {@code newsdesk_articles_out_total{stage="ingest"}}); {@code /health} and {@code /ready}
     * turn DOWN while draining; {@code GET /metrics} serves them all.
     */
    public static HttpApp.Builder register(HttpApp.Builder builder, SubmissionEndpoint submissions, HealthEndpoint health,
                                           ServiceMetrics metrics, InFlightRequests inFlight) {
        // Metered outside the gate, so that the 503s of a shutdown are counted too.
        HttpApp.Handler accepting = MeteredHandler.asStage(metrics.registry(), PipelineMeters.INGEST_REQUESTS,
                PipelineMeters.INGEST_REQUEST_TIME, metrics.pipeline().stage(STAGE), inFlight.admit(submissions::handle));
        builder.post(ARTICLES, accepting)
                .get(HEALTH, inFlight.health(health::handle))
                .get(READY, inFlight.health(health::handle));
        return metrics.register(builder);
    }
}
