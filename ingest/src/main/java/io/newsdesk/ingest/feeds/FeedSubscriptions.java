package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.submission.SourceNames;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The feeds ingest polls and how often, read from configuration by {@link #from(ConfigSource)}.
 *
 * <p>{@code NEWSDESK_FEEDS} is a comma-separated list of {@code source=url} entries, e.g.
 * {@code wire=https://wire.example/rss,courts=https://courts.example/atom.xml}. Commas separate
 * entries, so a URL that needs one writes it as {@code %2C}. An empty value means "poll nothing".
 *
 * @param feeds        in configuration order; empty when feed polling is off
 * @param pollInterval time between two polls of one feed while it answers
 */
public record FeedSubscriptions(List<FeedSubscription> feeds, Duration pollInterval) {
    public static final String FEEDS = "NEWSDESK_FEEDS";
    public static final String POLL_SECONDS = "NEWSDESK_FEED_POLL_SECONDS";
    /** Polling a partner more often than this is impolite and gains nothing for news. */
    static final Setting<Integer> POLL_SECONDS_SETTING = Setting.integer(POLL_SECONDS, 300, 5, 86_400,
            "poll interval per feed (5 to 86400)");
    // The value is left out of a refusal: a feed's URL may carry credentials; the entry named is shown without them.
    static final Setting<List<FeedSubscription>> FEEDS_SETTING = Setting.of(FEEDS, "",
            "feeds to poll: `source=url,source=url` (RSS 2.0, Atom, JSON Feed); give every ingest instance the same "
                    + "list: each feed is polled by one of them", text -> {
                try {
                    return parse(text);
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(FEEDS, null, "is invalid: " + e.getMessage());
                }
            });

    /** The settings read here, as declared: part of ingest's table. */
    public static final List<Setting<?>> SETTINGS = List.of(FEEDS_SETTING, POLL_SECONDS_SETTING);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public FeedSubscriptions {
        feeds = List.copyOf(feeds);
    }

    public boolean enabled() {
        return !feeds.isEmpty();
    }

    public static FeedSubscriptions from(ConfigSource config) {
        return new FeedSubscriptions(FEEDS_SETTING.read(config), Duration.ofSeconds(POLL_SECONDS_SETTING.read(config)));
    }

    /**
     * Parses {@code source=url,source=url}.
     *
     * @throws IllegalArgumentException naming the first bad entry (by position and text) and what is wrong
     */
    public static List<FeedSubscription> parse(String text) {
        List<FeedSubscription> feeds = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return feeds;
        }
        Set<URI> urls = new HashSet<>();
        String[] entries = text.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            String where = "entry " + (i + 1) + " \"" + withoutCredentials(entry) + "\"";
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is empty (a stray comma?)");
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(where + " is not source=url");
            }
            String source = entry.substring(0, eq).strip();
            String url = entry.substring(eq + 1).strip();
            if (!SourceNames.isValid(source)) {
                throw new IllegalArgumentException(where + ": source " + SourceNames.RULE);
            }
            URI uri = url(where, url);
            if (!urls.add(uri)) {
                throw new IllegalArgumentException(where + ": " + uri + " is listed twice");
            }
            feeds.add(new FeedSubscription(source, uri));
        }
        return feeds;
    }

    /** An entry as an error message may show it: a password in a URL must not reach a log. */
    private static String withoutCredentials(String entry) {
        return entry.replaceAll("//[^/?#]*@", "//***@");
    }

    private static URI url(String where, String url) {
        if (url.isEmpty()) {
            throw new IllegalArgumentException(where + ": url is missing");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(where + ": url is not a valid URI (" + e.getReason() + " at index "
                    + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(where + ": url must be an absolute http or https URL");
        }
        // Credentials in the URL would be logged and shown by GET /v1/feeds.
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(where + ": url must not contain credentials (user:password@)");
        }
        return uri;
    }
}
