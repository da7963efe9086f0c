package io.newsdesk.publish.site.pages;

import io.newsdesk.publish.site.Markup;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.SiteLinks;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The chrome every HTML page shares: a valid HTML5 document with a language, a skip link, the site
 * header with its navigation and search box, one {@code main} landmark, feed discovery links and pagination links in the
 * head. No scripts at all, so nothing here depends on a client-side framework or on the CSP being
 * relaxed.
 */
final class PageLayout {
    /** What one page adds to the layout; {@code mainHtml} is already-escaped markup. */
    record Page(String title, String lang, String canonicalPath, String description, String prevPath,
                String nextPath, String feedTopicCode, String mainHtml) {
    }

    private final SiteConfig config;
    private final SiteLinks links;
    private final DateTimeFormatter readable;
    private final DateTimeFormatter machine;

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

    /** A {@code <time>} element: machine-readable instant, human date in the newsroom's zone. */
    String time(Instant instant) {
        return "<time datetime=\"" + machine.format(instant) + "\">" + Markup.escape(readable.format(instant)) + "</time>";
    }

    String render(Page page) {
        StringBuilder h = new StringBuilder(8192);
        String pageTitle = page.title() == null ? config.title() : page.title() + " · " + config.title();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(Markup.escape(page.lang() == null ? "en" : page.lang())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(pageTitle)).append("</title>\n");
        if (page.description() != null && !page.description().isBlank()) {
            h.append("<meta name=\"description\" content=\"").append(Markup.escape(page.description())).append("\">\n");
        }
        if (page.canonicalPath() != null) {
            h.append("<link rel=\"canonical\" href=\"").append(Markup.escape(links.absolute(page.canonicalPath()))).append("\">\n");
        }
        if (page.prevPath() != null) {
            h.append("<link rel=\"prev\" href=\"").append(Markup.escape(page.prevPath())).append("\">\n");
        }
        if (page.nextPath() != null) {
            h.append("<link rel=\"next\" href=\"").append(Markup.escape(page.nextPath())).append("\">\n");
        }
        h.append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
        feedLinks(h, null, config.title());
        if (page.feedTopicCode() != null) {
            feedLinks(h, page.feedTopicCode(), page.title() + " · " + config.title());
        }
        h.append("</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"site-header\">\n<p class=\"site-title\"><a href=\"/\">")
                .append(Markup.escape(config.title())).append("</a></p>\n")
                .append("<nav aria-label=\"Site\"><ul>")
                .append("<li><a href=\"/\">Latest</a></li>")
                .append("<li><a href=\"/digest\">Daily report</a></li>")
                .append("<li><a href=\"/feeds/rss.xml\">RSS</a></li>")
                .append("<li><a href=\"/feeds/atom.xml\">Atom</a></li>")
                .append("<li><a href=\"/feeds/feed.json\">JSON Feed</a></li>")
                .append("</ul></nav>\n")
                // A plain GET form: search works without any script, and form-action 'self' allows it.
                .append("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
                .append("<label for=\"site-search-q\">Search</label>")
                .append("<input id=\"site-search-q\" type=\"search\" name=\"q\" maxlength=\"300\" required>")
                .append("<button type=\"submit\">Search</button></form>\n")
                .append("</header>\n")
                .append("<main id=\"main\" tabindex=\"-1\">\n")
                .append(page.mainHtml())
                .append("\n</main>\n<footer class=\"site-footer\"><p>")
                .append(Markup.escape(config.title()))
                .append(" · <a href=\"/sitemap.xml\">Sitemap</a></p></footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void feedLinks(StringBuilder h, String topicCode, String title) {
        h.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(Markup.escape(title + " (RSS)"))
                .append("\" href=\"").append(Markup.escape(SiteLinks.feed(topicCode, "rss.xml"))).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(Markup.escape(title + " (Atom)"))
                .append("\" href=\"").append(Markup.escape(SiteLinks.feed(topicCode, "atom.xml"))).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/feed+json\" title=\"").append(Markup.escape(title + " (JSON Feed)"))
                .append("\" href=\"").append(Markup.escape(SiteLinks.feed(topicCode, "feed.json"))).append("\">\n");
    }
}
