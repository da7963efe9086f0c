package io.newsdesk.publish.site;

import io.newsdesk.publish.readmodel.Cursor;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.schemas.EntityType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/**
 * Every path the site serves, built in one place so pages, feeds, sitemaps and the API link to the
 * same addresses. Paths are site-relative; {@link #absolute} prefixes the configured base URL for
 * outputs read away from the site (feeds, sitemaps, e-mail, API).
 */
public final class SiteLinks {
    private final String baseUrl;

    public SiteLinks(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String absolute(String path) {
        return baseUrl + path;
    }

    public static String home(int page) {
        return page <= 1 ? "/" : "/?page=" + page;
    }

    public static String article(String slug) {
        return "/articles/" + segment(slug);
    }

    public static String topic(String code) {
        return "/topics/" + segment(code);
    }

    public static String topicPage(String code, int page) {
        return page <= 1 ? topic(code) : topic(code) + "?page=" + page;
    }

    /**
     * A page of a listing ({@code path} is the listing's first page) found from a neighbour's cursor:
     * {@code after} for the older page, {@code before} for the newer one. Page 1 is always the plain path.
     */
    public static String listingPage(String path, int page, String direction, Cursor cursor) {
        if (page <= 1) {
            return path;
        }
        return path + "?page=" + page + "&" + direction + "=" + encode(cursor.token());
    }

    /** A sitemap of one month's articles; parts after the first carry their number. */
    public static String monthSitemap(YearMonth month, int part) {
        return "/sitemaps/" + month + (part <= 1 ? "" : "-" + part) + ".xml";
    }

    /** A query string parameter value, percent-encoded. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String entity(EntityType type, String key) {
        return "/entities/" + EntityKey.pathType(type) + "/" + segment(key);
    }

    public static String entityPage(EntityKey key, int page) {
        String path = entity(key.type(), key.key());
        return page <= 1 ? path : path + "?page=" + page;
    }

    /** {@code kind} is rss.xml, atom.xml or feed.json; {@code topicCode} null for the whole site. */
    public static String feed(String topicCode, String kind) {
        return (topicCode == null ? "" : topic(topicCode)) + "/feeds/" + kind;
    }

    public static String digest(String isoDate) {
        return "/digest/" + segment(isoDate);
    }

    public static String apiArticle(String articleId) {
        return "/v1/articles/" + segment(articleId);
    }

    /** Stable across versions and instances: feed item ids and ninjs uris never change. */
    public static String itemId(String articleId) {
        return "urn:newsdesk:article:" + articleId;
    }

    /**
     * Percent-encodes one path segment (RFC 3986 pchar): unreserved characters, ':' and '@' stay, so
     * {@code medtop:20000096} reads as itself; everything else, including '/', '?' and '#', is encoded.
     */
    public static String segment(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ':' || c == '@') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
