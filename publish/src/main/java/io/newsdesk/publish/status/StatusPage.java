package io.newsdesk.publish.status;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import java.util.function.Supplier;

/**
 * The pipeline's status for operators, served by publish: {@code GET /status} (HTML that reloads itself
 * every few seconds) and {@code GET /status.json} (the same snapshot as JSON). Both only read the
 * collector's latest {@link StatusSnapshot}, so a request never waits on Kafka or ingest.
 */
public final class StatusPage {
    public static final String HTML_PATH = "/status";
    public static final String JSON_PATH = "/status.json";

    private final Supplier<StatusSnapshot> snapshots;

    public StatusPage(Supplier<StatusSnapshot> snapshots) {
        this.snapshots = snapshots;
    }

    public HttpApp.Builder register(HttpApp.Builder http) {
        // no-store: the figures are live; a cached copy would show a healthy pipeline after it stopped.
        return http.get(HTML_PATH, request -> Response.html(200, StatusHtml.render(snapshots.get()))
                        .withHeader("Cache-Control", "no-store"))
                .get(JSON_PATH, request -> Response.json(200, snapshots.get()).withHeader("Cache-Control", "no-store"));
    }
}
