package io.newsdesk.ingest.feeds;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/feeds}: every polled feed's health, for operators and the status page. Feed URLs carry
 * no credentials (configuration refuses them), so the answer holds nothing secret.
 */
public final class FeedRoutes {
    public static final String FEEDS = "/v1/feeds";

    private FeedRoutes() {
    }

    public static HttpApp.Builder register(HttpApp.Builder builder, FeedPoller poller) {
        return builder.get(FEEDS, request -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("feeds", poller.health());
            return Response.json(200, body).withHeader("Cache-Control", "no-store");
        });
    }
}
