package io.newsdesk.publish.status;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.streams.StreamsApplications;
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
 * Settings of the status page's collector, read by the pure {@link #from(ConfigSource)} from their
 * declarations here, which publish's table includes.
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
    /** The value of {@link #INGEST_URL} that switches feed health off. */
    public static final String OFF = "off";
    /** Read to name the two Streams applications: the same declarations enrich and publish read. */
    public static final String ENRICH_APPLICATION_ID = StreamsApplications.ENRICH_APPLICATION_ID.key();
    public static final String PUBLISH_APPLICATION_ID = StreamsApplications.PUBLISH_APPLICATION_ID.key();

    /** Where ingest answers: read here and by {@code ./newsdesk submit}; empty for {@value #OFF}. */
    public static final Setting<Optional<URI>> INGEST_URL_SETTING = Setting.of(INGEST_URL, "http://localhost:8080",
            "where ingest answers", url -> url.toLowerCase(Locale.ROOT).equals(OFF) ? Optional.empty() : Optional.of(httpUrl(url)));
    static final Setting<Duration> INTERVAL_SETTING = Setting.duration(INTERVAL, "2s", Duration.ofMillis(100),
            Duration.ofMinutes(1), "how often `/status` figures are collected");
    static final Setting<Duration> WINDOW_SETTING = Setting.duration(WINDOW, "15m", Duration.ofMinutes(1),
            Duration.ofHours(2), "the window of the status charts").andRequire(w -> w.toSeconds() % 60 == 0,
            "must be whole minutes between 1m and 2h");
    static final Setting<Duration> FEED_TIMEOUT_SETTING = Setting.duration(FEED_TIMEOUT, "1500ms", Duration.ofMillis(1),
            Duration.ofSeconds(10), "fetching feed health from ingest for `/status`");
    static final Setting<String> GROUPS_SETTING = Setting.text(GROUPS, "", "extra consumer groups to show on `/status`");

    /** The status page's settings as declared: part of publish's table. */
    public static final List<Setting<?>> SETTINGS = List.of(INGEST_URL_SETTING, INTERVAL_SETTING, WINDOW_SETTING,
            FEED_TIMEOUT_SETTING, GROUPS_SETTING, StreamsApplications.ENRICH_APPLICATION_ID,
            StreamsApplications.PUBLISH_APPLICATION_ID);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public StatusConfig {
        groups = List.copyOf(groups);
    }

    public static StatusConfig from(ConfigSource config) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(StreamsApplications.ENRICH_APPLICATION_ID.read(config));
        groups.add(StreamsApplications.PUBLISH_APPLICATION_ID.read(config));
        for (String group : GROUPS_SETTING.read(config).split(",")) {
            if (!group.isBlank()) {
                groups.add(group.strip());
            }
        }
        return new StatusConfig(INGEST_URL_SETTING.read(config), INTERVAL_SETTING.read(config), WINDOW_SETTING.read(config),
                FEED_TIMEOUT_SETTING.read(config), new ArrayList<>(groups));
    }

    public int windowMinutes() {
        return (int) window.toMinutes();
    }

    private static URI httpUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("must be an http:// or https:// URL, or " + OFF);
            }
            if (uri.getUserInfo() != null) {
                // The URL is shown on the status page; a password in it would be published.
                throw new ConfigException(INGEST_URL, "(hidden: it holds credentials)", "must not hold credentials");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("must be an http:// or https:// URL, or " + OFF + " (" + e.getReason() + ")");
        }
    }
}
