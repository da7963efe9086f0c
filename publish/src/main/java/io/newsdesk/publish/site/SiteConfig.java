package io.newsdesk.publish.site;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the site needs to know about the newsroom: its name, the public address every absolute link
 * (feeds, sitemaps, e-mail digests) is built from, the time zone its dates are shown and its days are
 * cut in, and how many articles a listing page holds.
 *
 * @param title    site name shown in the header, feeds and the news sitemap's publication name
 * @param baseUrl  public origin (and optional path prefix) without a trailing slash
 * @param timeZone the newsroom's zone
 * @param pageSize articles per listing page, 1 to 100
 */
public record SiteConfig(String title, String baseUrl, ZoneId timeZone, int pageSize) {
    public static final String TITLE = "NEWSDESK_SITE_TITLE";
    public static final String BASE_URL = "NEWSDESK_BASE_URL";
    public static final String TIME_ZONE = "NEWSDESK_TIME_ZONE";
    public static final String PAGE_SIZE = "NEWSDESK_PAGE_SIZE";

    static final int MAX_PAGE_SIZE = 100;

    static final Setting<String> TITLE_SETTING = Setting.text(TITLE, "Newsdesk", "site name in pages and feeds");
    static final Setting<String> BASE_URL_SETTING = Setting.of(BASE_URL, "http://localhost:8081",
            "absolute links in feeds and sitemaps", url -> {
                try {
                    return normalizeBaseUrl(url);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("must be an absolute http(s) URL (" + e.getMessage() + ")");
                }
            });
    /** The newsroom's zone: the site's dates and publish's digest day, one setting. */
    public static final Setting<ZoneId> TIME_ZONE_SETTING = Setting.of(TIME_ZONE, "America/New_York",
            "the newsroom's time zone (dates, digest)", zone -> {
                try {
                    return ZoneId.of(zone);
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException("must be an IANA time zone such as America/New_York");
                }
            });
    static final Setting<Integer> PAGE_SIZE_SETTING = Setting.integer(PAGE_SIZE, 20, 1, MAX_PAGE_SIZE,
            "articles per page (1 to 100)");

    /** The site's settings as declared: part of publish's table. */
    public static final List<Setting<?>> SETTINGS = List.of(TITLE_SETTING, BASE_URL_SETTING, TIME_ZONE_SETTING,
            PAGE_SIZE_SETTING);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public SiteConfig {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("timeZone is required");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        baseUrl = normalizeBaseUrl(baseUrl);
    }

    /** Reads the four keys; a malformed value fails with its key's name, never silently falls back. */
    public static SiteConfig from(ConfigSource c) {
        return new SiteConfig(TITLE_SETTING.read(c), BASE_URL_SETTING.read(c), TIME_ZONE_SETTING.read(c),
                PAGE_SIZE_SETTING.read(c));
    }

    private static String normalizeBaseUrl(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl is required");
        }
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("scheme must be http or https");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("host is missing");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("must not carry a query or fragment");
        }
        return trimmed;
    }
}
