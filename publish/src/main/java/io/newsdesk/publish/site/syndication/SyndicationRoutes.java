package io.newsdesk.publish.site.syndication;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Response;
import io.newsdesk.publish.readmodel.ArticleIndex;
import io.newsdesk.publish.readmodel.SitemapQueries;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.site.ConditionalGet;
import io.newsdesk.publish.site.RenderedAnswers;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What machines read from the site, served from the {@link ArticleIndex}: RSS 2.0, Atom and JSON Feed
 * for the whole site and per topic, the sitemap index with its monthly sitemaps, the news sitemap and
 * {@code robots.txt}. Each answer is bounded: a feed holds the newest {@link FeedChannel#MAX_ITEMS}
 * articles, a sitemap at most 50,000 addresses.
 */
public final class SyndicationRoutes {
    private static final Duration NEWS_SITEMAP_WINDOW = Duration.ofDays(2);
    /** {@code 2026-11} or {@code 2026-11-2} (the second 50,000 of a month). */
    private static final Pattern MONTH_PART = Pattern.compile("(\\d{4}-\\d{2})(?:-(\\d{1,4}))?");

    private final ArticleIndex index;
    private final SiteConfig config;
    private final Clock clock;
    private final SiteLinks links;
    private final RenderedAnswers rendered;

    public SyndicationRoutes(ArticleIndex index, SiteConfig config, Clock clock, RenderedAnswers rendered) {
        this.index = index;
        this.rendered = rendered;
        this.config = config;
        this.clock = clock;
        this.links = new SiteLinks(config.baseUrl());
    }

    public void register(HttpApp.Builder http) {
        // A feed is served again, not rendered, while its items' ids and versions (and its topic's label) hold:
        // a refresh brings one new article, and most topics' feeds do not change with it.
        for (String kind : List.of("rss.xml", "atom.xml", "feed.json")) {
            http.get("/topics/{code}/feeds/" + kind, r -> rendered.answer(r, () -> topicFeedItems(r.pathParam("code")),
                            () -> topicFeed(r.pathParam("code"), kind)))
                    .get("/feeds/" + kind, r -> rendered.answer(r, () -> index.queries().newestVersions(null, FeedChannel.MAX_ITEMS),
                            () -> feed(siteChannel(), kind)));
        }
        http
                .get("/sitemap.xml", r -> rendered.answer(r, this::sitemapIndex))
                .get("/sitemaps/{month}.xml", r -> rendered.answer(r, () -> monthSitemap(r.pathParam("month"))))
                // The news sitemap's window moves with the clock, not with the index: rendered each time.
                .get("/news-sitemap.xml", r -> ConditionalGet.cached(r, newsSitemap()))
                .get("/robots.txt", r -> ConditionalGet.cached(r, Response.text(200, "text/plain; charset=utf-8",
                        "User-agent: *\nAllow: /\nDisallow: /search\nSitemap: " + links.absolute("/sitemap.xml")
                                + "\nSitemap: " + links.absolute("/news-sitemap.xml") + "\n")));
    }

    private FeedChannel siteChannel() {
        return new FeedChannel("urn:newsdesk:feed:site", config.title(), "The latest news from " + config.title(), "/", null,
                index.queries().newest(null, FeedChannel.MAX_ITEMS), clock.instant());
    }

    /** What a topic's feed is made of, without decoding an article: its label and its items' ids and versions; null for no topic code. */
    private List<Object> topicFeedItems(String rawCode) {
        return TopicCodes.normalize(rawCode)
                .map(code -> List.<Object>of(index.queries().topicLabel(code).orElse(""),
                        index.queries().newestVersions(code, FeedChannel.MAX_ITEMS)))
                .orElse(null);
    }

    private Response topicFeed(String rawCode, String kind) {
        String code = TopicCodes.normalize(rawCode).orElseThrow(() -> new HttpError(404, "not found",
                List.of("topic: " + rawCode + " is not a topic code such as medtop:20000096")));
        // A topic whose articles were all retracted keeps an empty feed, so subscribers are not broken.
        String label = index.queries().topicLabel(code)
                .orElseThrow(() -> new HttpError(404, "not found", List.of("topic: no article has been filed under " + code)));
        FeedChannel channel = new FeedChannel("urn:newsdesk:feed:topic:" + code, label + " · " + config.title(),
                "Articles about " + label + " from " + config.title(), SiteLinks.topic(code), code,
                index.queries().newest(code, FeedChannel.MAX_ITEMS), clock.instant());
        return feed(channel, kind);
    }

    private Response feed(FeedChannel channel, String kind) {
        return switch (kind) {
            case "rss.xml" -> Response.text(200, RssFeed.CONTENT_TYPE, RssFeed.write(channel, links));
            case "atom.xml" -> Response.text(200, AtomFeed.CONTENT_TYPE, AtomFeed.write(channel, links, config.title()));
            case "feed.json" -> Response.text(200, JsonFeed.CONTENT_TYPE, JsonFeed.write(channel, links, config.title()));
            default -> throw new IllegalArgumentException("unknown feed kind " + kind);
        };
    }

    private Response sitemapIndex() {
        return Response.text(200, Sitemaps.CONTENT_TYPE, Sitemaps.index(index.sitemaps().months(), links));
    }

    private Response monthSitemap(String name) {
        Matcher m = MONTH_PART.matcher(name);
        YearMonth month = null;
        if (m.matches()) {
            try {
                month = YearMonth.parse(m.group(1));
            } catch (DateTimeParseException e) {
                // answered below as any other name that is no month
            }
        }
        int part = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
        List<SitemapQueries.Entry> entries = month == null || part < 1 ? List.of() : index.sitemaps().entries(month, part);
        if (entries.isEmpty()) {
            throw new HttpError(404, "not found", List.of("sitemap: no articles in " + name + "; /sitemap.xml lists the sitemaps"));
        }
        return Response.text(200, Sitemaps.CONTENT_TYPE, Sitemaps.urls(entries, links));
    }

    private Response newsSitemap() {
        Instant now = clock.instant();
        List<PublishedArticle> recent = index.queries().firstPublishedBetween(now.minus(NEWS_SITEMAP_WINDOW),
                now.plusMillis(1), Sitemaps.MAX_NEWS_URLS, true);
        return Response.text(200, Sitemaps.CONTENT_TYPE, Sitemaps.news(recent, links, config.title()));
    }
}
