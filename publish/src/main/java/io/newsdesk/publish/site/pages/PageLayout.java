package io.newsdesk.publish.site.pages;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Templates;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chrome every HTML page shares ({@code site/pages/layout.jte}): a valid HTML5 document with a
 * language, a skip link, the site header with its navigation and search box, one {@code main} landmark,
 * feed discovery links and pagination links in the head. No scripts at all, so nothing here depends on a
 * client-side framework or on the CSP being relaxed.
 */
final class PageLayout {
    /** What one page adds to the layout. */
    record Page(String title, String lang, String canonicalPath, String description, String prevPath,
                String nextPath, String feedTopicCode) {
    }

    /** The layout's values for one page, as the template shows them (escaped there). */
    record Frame(String title, String lang, String canonicalUrl, String description, String prev, String next,
                        List<FeedLink> feeds, String siteTitle) {
    }

    /** A {@code <link rel="alternate">} to one of the site's feeds. */
    record FeedLink(String type, String title, String href) {
    }

    /** A {@code <time>} element's values: the machine-readable instant, the human date in the newsroom's zone. */
    record Stamp(String machine, String readable) {
    }

    private final SiteConfig config;
    private final SiteLinks links;
    private final DateTimeFormatter readable;
    private final DateTimeFormatter machine;
    /**
     * Stamps already formatted. Formatting dates was a seventh of an article page's CPU samples: every article page
     * shows the same recent posts' dates, every results page the same few thousand articles' dates. An
     * instant always formats the same way in one zone, so nothing here ever goes stale.
     */
    private final Cache<Instant, Stamp> stamps = Caffeine.newBuilder().maximumSize(STAMPS_KEPT).build();
    static final int STAMPS_KEPT = 8_192;

    PageLayout(SiteConfig config) {
        this.config = config;
        this.links = new SiteLinks(config.baseUrl());
        this.readable = DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a z", Locale.ENGLISH).withZone(config.timeZone());
        this.machine = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(config.timeZone());
    }

    SiteConfig config() {
        return config;
    }

    SiteLinks links() {
        return links;
    }

    Stamp stamp(Instant instant) {
        return stamps.get(instant, i -> new Stamp(machine.format(i), readable.format(i)));
    }

    Frame frame(Page page) {
        String pageTitle = page.title() == null ? config.title() : page.title() + " · " + config.title();
        List<FeedLink> feeds = new ArrayList<>(6);
        feedLinks(feeds, null, config.title());
        if (page.feedTopicCode() != null) {
            feedLinks(feeds, page.feedTopicCode(), page.title() + " · " + config.title());
        }
        String description = page.description() == null || page.description().isBlank() ? null : page.description();
        return new Frame(pageTitle, page.lang() == null ? "en" : page.lang(),
                page.canonicalPath() == null ? null : links.absolute(page.canonicalPath()), description,
                page.prevPath(), page.nextPath(), feeds, config.title());
    }

    /** Renders one of the page templates under {@code site/pages/}. */
    static String render(String template, Object model) {
        return Templates.render("site/pages/" + template, model, 16384);
    }

    private static void feedLinks(List<FeedLink> feeds, String topicCode, String title) {
        feeds.add(new FeedLink("application/rss+xml", title + " (RSS)", SiteLinks.feed(topicCode, "rss.xml")));
        feeds.add(new FeedLink("application/atom+xml", title + " (Atom)", SiteLinks.feed(topicCode, "atom.xml")));
        feeds.add(new FeedLink("application/feed+json", title + " (JSON Feed)", SiteLinks.feed(topicCode, "feed.json")));
    }
}
