package io.newsdesk.publish.site;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import io.newsdesk.publish.readmodel.ArticleIndex;
import io.newsdesk.publish.site.api.ApiRoutes;
import io.newsdesk.publish.site.pages.HtmlRoutes;
import io.newsdesk.publish.site.syndication.SyndicationRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;

/**
 * Everything readers and downstream systems fetch from publish, served from the {@link ArticleIndex}
 * read model, in three parts: the pages people read ({@code site.pages}), the feeds and sitemaps
 * machines poll ({@code site.syndication}) and the ninjs API with search ({@code site.api}). Publish's
 * service {@link #register registers} their routes on its HTTP server; nothing here touches Kafka.
 */
public final class Site {
    static final String CSS_CONTENT_TYPE = "text/css; charset=utf-8";

    private final HtmlRoutes pages;
    private final SyndicationRoutes syndication;
    private final ApiRoutes api;
    private final byte[] css;

    public Site(ArticleIndex index, SiteConfig config, Clock clock) {
        RenderedAnswers rendered = new RenderedAnswers(index::generation, RenderedAnswers.DEFAULT_MAX_BYTES);
        this.pages = new HtmlRoutes(index, config, clock, rendered);
        this.syndication = new SyndicationRoutes(index, config, clock, rendered);
        this.api = new ApiRoutes(index, config, rendered);
        this.css = resource("/site/site.css");
    }

    public void register(HttpApp.Builder http) {
        syndication.register(http);
        pages.register(http);
        api.register(http);
        http.get("/assets/site.css", r -> ConditionalGet.cached(r, new Response(200, CSS_CONTENT_TYPE, css, Map.of())));
    }

    private static byte[] resource(String path) {
        try (InputStream in = Site.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
