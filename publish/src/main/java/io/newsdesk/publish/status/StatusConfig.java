package io.newsdesk.publish.status;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of the status page's collector, read by the pure {@link #from(ConfigSource)}. Every key has
 * a fallback here, so publish needs no new entry in its own defaults to run the page.
 *
 * @param ingestUrl      where ingest answers {@code GET /v1/feeds}; empty when feed health is switched off
 * @param interval       time between two collection rounds
 * @param window         how far back throughput and latency are shown (whole minutes)
 * @param feedTimeout    bound on the feed-health request, so a hung ingest never delays a round for long
 * @param groups         consumer groups / Streams application ids always shown, even before they committed
 */
public record StatusConfig(Optional<URI> ingestUrl, Duration interval, Duration window, Duration feedTimeout,
                           List<String> groups) {

    public static final String INGEST_URL = "NEWSDESK_INGEST_URL";
    public static final String INTERVAL = "NEWSDESK_STATUS_INTERVAL";
    public static final String WINDOW = "NEWSDESK_STATUS_WINDOW";
    public static final String FEED_TIMEOUT = "NEWSDESK_STATUS_FEED_TIMEOUT";
    public static final String GROUPS = "NEWSDESK_STATUS_GROUPS";
    /** Read to name the two Streams applications; the same keys enrich and publish read. */
    public static final String ENRICH_APPLICATION_ID = "NEWSDESK_ENRICH_APPLICATION_ID";
    public static final String PUBLISH_APPLICATION_ID = "NEWSDESK_PUBLISH_APPLICATION_ID";
    /** The value of {@link #INGEST_URL} that switches feed health off. */
    public static final String OFF = "off";

    public static final Map<String, String> DEFAULTS = Map.of(
            INGEST_URL, "http://localhost:8080",
            INTERVAL, "2s",
            WINDOW, "15m",
            FEED_TIMEOUT, "1500ms",
            GROUPS, "",
            ENRICH_APPLICATION_ID, "newsdesk-enrich",
            PUBLISH_APPLICATION_ID, "newsdesk-publish");

    private static final Duration MAX_WINDOW = Duration.ofHours(2);

    public StatusConfig {
        groups = List.copyOf(groups);
    }

    public static StatusConfig from(ConfigSource config) {
        String url = config.string(INGEST_URL, DEFAULTS.get(INGEST_URL));
        Optional<URI> ingest = url.toLowerCase(Locale.ROOT).equals(OFF) ? Optional.empty() : Optional.of(httpUrl(url));
        Duration interval = config.duration(INTERVAL, Duration.ofSeconds(2));
        if (interval.toMillis() < 100 || interval.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new ConfigException(INTERVAL, config.string(INTERVAL), "must be between 100ms and 1m");
        }
        Duration window = config.duration(WINDOW, Duration.ofMinutes(15));
        if (window.toMinutes() < 1 || window.compareTo(MAX_WINDOW) > 0 || window.toSeconds() % 60 != 0) {
            throw new ConfigException(WINDOW, config.string(WINDOW), "must be whole minutes between 1m and 2h");
        }
        Duration feedTimeout = config.duration(FEED_TIMEOUT, Duration.ofMillis(1500));
        if (feedTimeout.toMillis() < 1 || feedTimeout.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new ConfigException(FEED_TIMEOUT, config.string(FEED_TIMEOUT), "must be above 0 and at most 10s");
        }
        Set<String> groups = new LinkedHashSet<>();
        groups.add(config.string(ENRICH_APPLICATION_ID, DEFAULTS.get(ENRICH_APPLICATION_ID)));
        groups.add(config.string(PUBLISH_APPLICATION_ID, DEFAULTS.get(PUBLISH_APPLICATION_ID)));
        for (String group : config.string(GROUPS, "").split(",")) {
            if (!group.isBlank()) {
                groups.add(group.strip());
            }
        }
        return new StatusConfig(ingest, interval, window, feedTimeout, new ArrayList<>(groups));
    }

    public int windowMinutes() {
        return (int) window.toMinutes();
    }

    private static URI httpUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigException(INGEST_URL, text, "must be an http:// or https:// URL, or " + OFF);
            }
            if (uri.getUserInfo() != null) {
                // The URL is shown on the status page; a password in it would be published.
                throw new ConfigException(INGEST_URL, "(hidden: it holds credentials)", "must not hold credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(INGEST_URL, text, "is not a URL (" + e.getReason() + ")");
        }
    }
}
