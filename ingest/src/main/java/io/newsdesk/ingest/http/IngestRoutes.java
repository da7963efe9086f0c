package io.newsdesk.ingest.http;

import io.newsdesk.platform.http.HttpApp;

/** The routes of ingest's HTTP API, shared by the service and the handler tests. */
public final class IngestRoutes {
    public static final String ARTICLES = "/v1/articles";
    public static final String HEALTH = "/health";

    private IngestRoutes() {
    }

    public static HttpApp.Builder register(HttpApp.Builder builder, SubmissionEndpoint submissions, HealthEndpoint health) {
        return builder
                .post(ARTICLES, submissions::handle)
                .get(HEALTH, health::handle);
    }
}
