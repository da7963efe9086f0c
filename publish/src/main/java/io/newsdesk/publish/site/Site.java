package io.newsdesk.publish.site;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything readers and downstream systems fetch from publish, served from the {@link ArticleIndex}
 * read model: the website, RSS/Atom/JSON feeds (site-wide and per topic), sitemaps, the daily
 * report, and the ninjs API with its change feed. Publish's service {@link #register registers} these
 * routes on its HTTP server; nothing here touches Kafka.
 *
 * <p>Every 200 answer carries a strong ETag of its bytes and honours {@code If-None-Match}, so feed
 * readers and crawlers that poll get a cheap 304 until something actually changed.
 */
public final class Site {
    static final String CSS_CONTENT_TYPE = "text/css; charset=utf-8";
    static final int DEFAULT_CHANGES_LIMIT = 50;
    static final int MAX_CHANGES_LIMIT = 500;
    /** Short enough that a retraction leaves caches within a minute. */
    private static final String CACHE = "public, max-age=60";
    private static final Duration NEWS_SITEMAP_WINDOW = Duration.ofDays(2);

    private final ArticleIndex index;
    private final SiteConfig config;
    private final Clock clock;
    private final SiteLinks links;
    private final PageLayout layout;
    private final SitePages pages;
    private final byte[] css;

    public Site(ArticleIndex index, SiteConfig config, Clock clock) {
        this.index = index;
        this.config = config;
        this.clock = clock;
        this.links = new SiteLinks(config.baseUrl());
        this.layout = new PageLayout(config);
        this.pages = new SitePages(layout);
        this.css = resource("/site/site.css");
    }

    public void register(HttpApp.Builder http) {
        http.get("/", r -> cached(r, home(r)))
                .get("/articles/{slug}", r -> cached(r, article(r.pathParam("slug"))))
                .get("/topics/{code}/feeds/rss.xml", r -> cached(r, topicFeed(r.pathParam("code"), "rss.xml")))
                .get("/topics/{code}/feeds/atom.xml", r -> cached(r, topicFeed(r.pathParam("code"), "atom.xml")))
                .get("/topics/{code}/feeds/feed.json", r -> cached(r, topicFeed(r.pathParam("code"), "feed.json")))
                .get("/topics/{code}", r -> cached(r, topic(r)))
                .get("/entities/{type}/{name}", r -> cached(r, entity(r)))
                .get("/feeds/rss.xml", r -> cached(r, feed(siteChannel(), "rss.xml")))
                .get("/feeds/atom.xml", r -> cached(r, feed(siteChannel(), "atom.xml")))
                .get("/feeds/feed.json", r -> cached(r, feed(siteChannel(), "feed.json")))
                .get("/sitemap.xml", r -> cached(r, sitemap()))
                .get("/news-sitemap.xml", r -> cached(r, newsSitemap()))
                .get("/robots.txt", r -> cached(r, Response.text(200, "text/plain; charset=utf-8",
                        "User-agent: *\nAllow: /\nSitemap: " + links.absolute("/sitemap.xml") + "\nSitemap: "
                                + links.absolute("/news-sitemap.xml") + "\n")))
                // ".json" first: the router tries routes in order and {date} would also match "2025-01-02.json".
                .get("/digest/{date}.json", r -> cached(r, digestJson(r.pathParam("date"))))
                .get("/digest/{date}", r -> cached(r, digestHtml(r.pathParam("date"))))
                .get("/digest", r -> Response.redirect(302, SiteLinks.digest(LocalDate.now(clock.withZone(config.timeZone())).toString())))
                .get("/v1/articles/{articleId}", r -> cached(r, apiArticle(r.pathParam("articleId"))))
                .get("/v1/articles", r -> apiChanges(r))
                .get("/assets/site.css", r -> cached(r, new Response(200, CSS_CONTENT_TYPE, css, Map.of())));
    }

    // ---------------------------------------------------------------- pages

    private Response home(Request r) {
        int page = pageParam(r);
        ArticleIndex.Slice slice = index.recent((page - 1) * config.pageSize(), config.pageSize());
        SitePages.Pagination p = new SitePages.Pagination(page, config.pageSize(), slice.total());
        if (page > p.pages()) {
            return Response.html(404, pages.notFound("There is no page " + page + " of the latest news."));
        }
        return Response.html(200, pages.home(slice.items(), p));
    }

    private Response article(String slug) {
        ArticleIndex.SlugLookup found = index.bySlug(slug);
        if (found.isLive()) {
            List<PublishedArticle> recent = index.recent(0, SitePages.RECENT_POSTS + 1).items();
            return Response.html(200, pages.article(new ArticleView(found.live()), recent));
        }
        if (found.isRetracted()) {
            return Response.html(410, pages.retracted());
        }
        // Withheld articles answer like unknown ones: a hold is not news, and it may be lifted.
        return Response.html(404, pages.notFound("No article is published at this address."));
    }

    private Response topic(Request r) {
        Optional<String> normalized = ArticleIndex.normalizeTopicCode(r.pathParam("code"));
        if (normalized.isEmpty()) {
            return Response.html(404, pages.notFound("That is not a topic code such as medtop:20000096."));
        }
        String code = normalized.get();
        int page = pageParam(r);
        ArticleIndex.Slice slice = index.byTopic(code, (page - 1) * config.pageSize(), config.pageSize());
        Optional<String> label = index.topicLabel(code);
        if (label.isEmpty()) {
            return Response.html(404, pages.notFound("No article has been filed under the topic " + code + "."));
        }
        SitePages.Pagination p = new SitePages.Pagination(page, config.pageSize(), slice.total());
        if (page > p.pages()) {
            return Response.html(404, pages.notFound("There is no page " + page + " of this topic."));
        }
        return Response.html(200, pages.topic(code, label.get(), slice.items(), p));
    }

    private Response entity(Request r) {
        EntityType type = EntityKey.parseType(r.pathParam("type"))
                .orElseThrow(() -> new HttpError(404, "not found",
                        List.of("entity type: " + r.pathParam("type") + " is not person, organization or place")));
        Optional<EntityKey> key = EntityKey.of(type, r.pathParam("name"));
        Optional<String> name = key.flatMap(index::entityName);
        if (key.isEmpty() || name.isEmpty()) {
            return Response.html(404, pages.notFound("No article mentions this " + EntityKey.pathType(type) + "."));
        }
        int page = pageParam(r);
        ArticleIndex.Slice slice = index.byEntity(key.get(), (page - 1) * config.pageSize(), config.pageSize());
        SitePages.Pagination p = new SitePages.Pagination(page, config.pageSize(), slice.total());
        if (page > p.pages()) {
            return Response.html(404, pages.notFound("There is no page " + page + " for " + name.get() + "."));
        }
        return Response.html(200, pages.entity(key.get(), name.get(), slice.items(), p));
    }

    // ---------------------------------------------------------------- feeds and sitemaps

    private FeedChannel siteChannel() {
        return new FeedChannel("urn:newsdesk:feed:site", config.title(), "The latest news from " + config.title(), "/", null,
                index.recent(0, FeedChannel.MAX_ITEMS).items(), clock.instant());
    }

    private Response topicFeed(String rawCode, String kind) {
        String code = topicCode(rawCode);
        // A topic whose articles were all retracted keeps an empty feed, so subscribers are not broken.
        String label = index.topicLabel(code)
                .orElseThrow(() -> new HttpError(404, "not found", List.of("topic: no article has been filed under " + code)));
        FeedChannel channel = new FeedChannel("urn:newsdesk:feed:topic:" + code, label + " · " + config.title(),
                "Articles about " + label + " from " + config.title(), SiteLinks.topic(code), code,
                index.byTopic(code, 0, FeedChannel.MAX_ITEMS).items(), clock.instant());
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

    private Response sitemap() {
        return Response.text(200, Sitemaps.CONTENT_TYPE, Sitemaps.sitemap(index.recent(0, Sitemaps.MAX_URLS).items(), links));
    }

    private Response newsSitemap() {
        Instant now = clock.instant();
        List<PublishedArticle> recent = new ArrayList<>(index.firstPublishedBetween(now.minus(NEWS_SITEMAP_WINDOW), now.plusMillis(1)));
        java.util.Collections.reverse(recent);
        return Response.text(200, Sitemaps.CONTENT_TYPE, Sitemaps.news(recent, links, config.title()));
    }

    // ---------------------------------------------------------------- digest

    private Response digestHtml(String date) {
        Digest digest = DigestBuilder.build(index, parseDate(date), config.timeZone(), clock.instant());
        return Response.html(200, DigestPage.html(digest, links, config.title()));
    }

    private Response digestJson(String date) {
        Digest digest = DigestBuilder.build(index, parseDate(date), config.timeZone(), clock.instant());
        return Response.text(200, "application/json; charset=utf-8", DigestPage.json(digest, links));
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, "bad date", List.of("date: " + date + " is not an ISO date such as 2025-03-14"));
        }
    }

    // ---------------------------------------------------------------- API

    private Response apiArticle(String articleId) {
        Optional<PublishedArticle> live = index.byId(articleId);
        if (live.isPresent()) {
            return Response.json(200, NinjsDocument.of(new ArticleView(live.get()), links));
        }
        Optional<ArticleIndex.Removal> removal = index.removal(articleId);
        if (removal.isPresent() && removal.get().reason() == ArticleIndex.RemovalReason.RETRACTED) {
            return Response.json(410, Map.of("error", "retracted", "status", 410,
                    "problems", List.of("article " + articleId + " was retracted"),
                    "item", NinjsDocument.removed(removal.get())));
        }
        throw new HttpError(404, "not found", List.of("article: no published article has the id " + articleId));
    }

    /**
     * The change feed for pull-based consumers: each article at most once, in its latest state
     * (a ninjs document, or a {@code canceled}/{@code withheld} stub), ordered by when it changed.
     * Follow {@code next} to continue; when nothing is new, {@code next} stays where it is.
     */
    private Response apiChanges(Request r) {
        List<String> problems = new ArrayList<>();
        Instant since = Instant.EPOCH;
        Optional<String> sinceText = r.query("since");
        if (sinceText.isPresent()) {
            try {
                since = Instant.parse(sinceText.get());
            } catch (DateTimeParseException e) {
                problems.add("since: " + sinceText.get() + " is not an ISO-8601 instant such as 2025-03-14T12:00:00Z");
            }
        }
        int limit = DEFAULT_CHANGES_LIMIT;
        Optional<String> limitText = r.query("limit");
        if (limitText.isPresent()) {
            try {
                limit = Integer.parseInt(limitText.get());
                if (limit < 1 || limit > MAX_CHANGES_LIMIT) {
                    problems.add("limit: must be between 1 and " + MAX_CHANGES_LIMIT);
                }
            } catch (NumberFormatException e) {
                problems.add("limit: " + limitText.get() + " is not a whole number");
            }
        }
        String after = r.query("after").filter(s -> !s.isBlank()).orElse(null);
        if (!problems.isEmpty()) {
            throw new HttpError(400, "bad query", problems);
        }
        List<ArticleIndex.Change> changes = index.changesAfter(since, after, limit);
        List<Map<String, Object>> items = new ArrayList<>(changes.size());
        for (ArticleIndex.Change c : changes) {
            items.add(c.article() != null ? NinjsDocument.of(new ArticleView(c.article()), links) : NinjsDocument.removed(c.removal()));
        }
        Instant nextSince = changes.isEmpty() ? since : changes.get(changes.size() - 1).at();
        String nextAfter = changes.isEmpty() ? after : changes.get(changes.size() - 1).articleId();
        StringBuilder next = new StringBuilder(links.absolute("/v1/articles")).append("?since=").append(AtomFeed.iso(nextSince));
        if (nextAfter != null) {
            next.append("&after=").append(java.net.URLEncoder.encode(nextAfter, StandardCharsets.UTF_8));
        }
        next.append("&limit=").append(limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("since", AtomFeed.iso(since));
        body.put("count", items.size());
        body.put("items", items);
        body.put("next", next.toString());
        return Response.json(200, body).withHeader("Cache-Control", "no-cache");
    }

    // ---------------------------------------------------------------- plumbing

    /** {@code 20000096} and {@code medtop:20000096} are one page; anything else is not a topic. */
    private static String topicCode(String raw) {
        return ArticleIndex.normalizeTopicCode(raw)
                .orElseThrow(() -> new HttpError(404, "not found", List.of("topic: " + raw + " is not a topic code such as medtop:20000096")));
    }

    private static int pageParam(Request r) {
        Optional<String> text = r.query("page");
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.get());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below with the same message as a page below one
        }
        throw new HttpError(400, "bad page", List.of("page: " + text.get() + " is not a page number (1, 2, ...)"));
    }

    /** Adds caching headers to successful answers and turns a matching If-None-Match into 304. */
    private static Response cached(Request r, Response response) {
        Response withCache = response.withHeader("Cache-Control", CACHE);
        if (response.status() != 200) {
            return withCache;
        }
        String etag = "\"" + etag(response.body()) + "\"";
        Optional<String> ifNoneMatch = r.header("If-None-Match");
        if (ifNoneMatch.isPresent() && List.of(ifNoneMatch.get().split(",")).stream().map(String::strip)
                .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"))) {
            return new Response(304, response.contentType(), new byte[0], Map.of("ETag", etag, "Cache-Control", CACHE));
        }
        return withCache.withHeader("ETag", etag);
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
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
