package io.newsdesk.publish.browser;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.publish.site.Site;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.TestIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * The real {@link Site} on publish's HTTP router, on a free local port, reading a read model
 * ({@link TestIndex}) the test fills directly: the browser sees exactly what readers see, with no
 * Kafka behind it.
 */
final class SiteServer implements AutoCloseable {
    /** Absolute links (feeds, digest) point here; the tests never follow them off the local server. */
    static final String BASE_URL = "https://news.example.org";
    static final String TITLE = "Harlow Courts Daily";

    private final HttpApp app;

    private SiteServer(HttpApp app) {
        this.app = app;
    }

    /** {@code extraRoutes} lets a test add pages of its own next to the site's (a control page). */
    static SiteServer start(TestIndex index, Clock clock, Consumer<HttpApp.Builder> extraRoutes) {
        HttpApp.Builder builder = HttpApp.builder("site-browser-test").host("127.0.0.1").port(0).threads(4)
                .stopGraceSeconds(0);
        new Site(index.index, new SiteConfig(TITLE, BASE_URL, ZoneId.of("America/New_York"), 10), clock).register(builder);
        extraRoutes.accept(builder);
        try {
            return new SiteServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the site on a local port", e);
        }
    }

    static SiteServer start(TestIndex index, Clock clock) {
        return start(index, clock, b -> {
        });
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.close();
    }
}
