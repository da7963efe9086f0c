package io.newsdesk.publish;

import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.streams.StreamsApplications;
import io.newsdesk.platform.streams.StreamsLayout;
import io.newsdesk.platform.topics.TopicLayout;
import io.newsdesk.publish.readmodel.Freshness;
import io.newsdesk.publish.rules.Routes;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.status.StatusConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The publish service's settings, read from environment-style keys by the pure {@link #from(ConfigSource)}.
 * The site's own keys (title, base URL, page size) are read by the site's {@code SiteConfig}.
 *
 * @param topicReplication     replication of the topics publish creates when missing; settled against the
 *                             cluster at start ({@link io.newsdesk.platform.cluster.ClusterReplication})
 * @param streams              the Streams settings shared with enrich: internal topics' replication, state
 *                             directory, commit interval, {@code KAFKA_STREAMS_*} pass-through
 * @param indexDir             the read model's index directory; null for {@link #indexDirectory()}'s default
 * @param httpThreads          threads answering the site's requests
 * @param embargoCheckInterval how often held embargoes are checked (at most 1 s: releases are due within a second)
 * @param digestHour           local hour at which the daily digest is produced
 * @param timeZone             the newsroom's time zone (digest day and hour)
 * @param searchFreshness      how much the search's "most relevant" order favours recent articles
 */
public record PublishConfig(
        KafkaClientConfig kafka,
        String topicPrefix,
        int topicPartitions,
        ReplicationSetting topicReplication,
        StreamsLayout streams,
        String indexDir,
        String applicationId,
        int port,
        int httpThreads,
        Routes routes,
        Duration embargoCheckInterval,
        int digestHour,
        ZoneId timeZone,
        Freshness searchFreshness) {

    public static final String TOPIC_PREFIX = TopicLayout.PREFIX;
    public static final String TOPIC_PARTITIONS = TopicLayout.PARTITIONS;
    public static final String TOPIC_REPLICATION = TopicLayout.REPLICATION;
    public static final String TOPIC_MIN_INSYNC_REPLICAS = TopicLayout.MIN_INSYNC_REPLICAS;
    public static final String STREAMS_REPLICATION = StreamsLayout.REPLICATION;
    public static final String STATE_DIR = StreamsLayout.STATE_DIR;
    public static final String INDEX_DIR = "NEWSDESK_PUBLISH_INDEX_DIR";
    public static final String COMMIT_INTERVAL_MS = StreamsLayout.COMMIT_INTERVAL_MS;
    public static final String APPLICATION_ID = StreamsApplications.PUBLISH_APPLICATION_ID.key();
    public static final String PORT = "NEWSDESK_PUBLISH_PORT";
    public static final String HTTP_THREADS = "NEWSDESK_PUBLISH_HTTP_THREADS";
    public static final String ROUTES = "NEWSDESK_ROUTES";
    public static final String EMBARGO_CHECK_INTERVAL = "NEWSDESK_EMBARGO_CHECK_INTERVAL";
    public static final String DIGEST_HOUR = "NEWSDESK_DIGEST_HOUR";
    public static final String TIME_ZONE = SiteConfig.TIME_ZONE;
    public static final String SEARCH_HALF_LIFE = "NEWSDESK_SEARCH_FRESHNESS_HALF_LIFE";
    public static final String SEARCH_FLOOR = "NEWSDESK_SEARCH_FRESHNESS_FLOOR";

    static final Setting<String> INDEX_DIR_SETTING = Setting.text(INDEX_DIR, null,
            "the read side's index on local disk (every article, search, the offsets read); keep it on a disk that "
                    + "survives restarts, one per instance").shownAs("`<state dir>/<application id>-read-model`");
    static final Setting<Integer> PORT_SETTING = Setting.port(PORT, 8081, 0,
            "the site, feeds, API, `/status`, `/health`, `/ready`, `/metrics`");
    // Pages are CPU work, never a wait on Kafka: more threads than the cores can run only share them finer,
    // and every page then takes about as long as the slowest. At 50 readers who never pause on two cores, 4
    // threads against 16: search page p99 133 against 180 ms, search API 161 against 217 ms, article page 63
    // against 70 ms (medians; BENCHMARKS.md "Read side round 6"). A slow client holds a thread
    // while its request is read or its answer written: the site sits behind a buffering proxy or CDN.
    static final Setting<Integer> HTTP_THREADS_SETTING = Setting.integer(HTTP_THREADS,
                    2 * Runtime.getRuntime().availableProcessors(), 1, 1_024,
                    "threads answering the site's requests; more than the cores only share them finer")
            .shownAs("twice the cores");
    // Blank means no slices at all, not the default slice.
    static final Setting<Routes> ROUTES_SETTING = Setting.of(ROUTES, Routes.DEFAULT,
            "slices: `name=topic:CODE`, `keyword:WORD`, `source:NAME` or `section:NAME`, comma-separated; each goes to "
                    + "`articles.published.<name>`", Routes::parse).blankIsAValue();
    // At most 1s: embargoes are released within a second of their end.
    static final Setting<Duration> EMBARGO_CHECK_INTERVAL_SETTING = Setting.duration(EMBARGO_CHECK_INTERVAL, "250ms",
            Duration.ofMillis(1), PublishTopology.MAX_EMBARGO_CHECK_INTERVAL,
            "how often held embargoes are checked (at most 1s)");
    static final Setting<Integer> DIGEST_HOUR_SETTING = Setting.integer(DIGEST_HOUR, 18, 0, 23,
            "hour the daily digest is written to `digests`");

    static final Setting<Duration> SEARCH_HALF_LIFE_SETTING = Setting.duration(SEARCH_HALF_LIFE, "30d",
            Duration.ofHours(1), Duration.ofDays(36_500),
            "search, most relevant first: an article loses half of its lead over the floor every this long");
    static final Setting<Float> SEARCH_FLOOR_SETTING = Setting.of(SEARCH_FLOOR, "0.7",
            "search, most relevant first: what the oldest articles' text score counts, against 1 for one published "
                    + "now (1: no freshness)", PublishConfig::floor);

    private static float floor(String text) {
        String requirement = "must be a number above 0 and at most 1, e.g. 0.7";
        float value;
        try {
            value = Float.parseFloat(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(requirement);
        }
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(requirement);
        }
        return value;
    }

    /**
     * Every setting publish reads, as declared, the site's and the status page's included;
     * {@code KAFKA_BOOTSTRAP_SERVERS} has no default, it is required.
     */
    public static final List<Setting<?>> SETTINGS = Setting.table(List.of(KafkaClientConfig.BOOTSTRAP_SERVERS,
                    ConfigSource.CONFIG_FILE), TopicLayout.SETTINGS, StreamsLayout.SETTINGS,
            List.of(StreamsApplications.PUBLISH_APPLICATION_ID, PORT_SETTING, HTTP_THREADS_SETTING, INDEX_DIR_SETTING,
                    ROUTES_SETTING, EMBARGO_CHECK_INTERVAL_SETTING, DIGEST_HOUR_SETTING, SEARCH_HALF_LIFE_SETTING,
                    SEARCH_FLOOR_SETTING),
            SiteConfig.SETTINGS, StatusConfig.SETTINGS);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public static PublishConfig from(ConfigSource config) {
        TopicLayout layout = TopicLayout.from(config);
        return new PublishConfig(
                KafkaClientConfig.from(config),
                layout.prefix(),
                layout.partitions(),
                layout.replication(),
                StreamsLayout.from(config),
                INDEX_DIR_SETTING.readOptional(config).orElse(null),
                StreamsApplications.PUBLISH_APPLICATION_ID.read(config),
                PORT_SETTING.read(config),
                HTTP_THREADS_SETTING.read(config),
                ROUTES_SETTING.read(config),
                EMBARGO_CHECK_INTERVAL_SETTING.read(config),
                DIGEST_HOUR_SETTING.read(config),
                SiteConfig.TIME_ZONE_SETTING.read(config),
                new Freshness(SEARCH_HALF_LIFE_SETTING.read(config), SEARCH_FLOOR_SETTING.read(config)));
    }

    /** Streams' state directory; null for Streams' default. */
    public String stateDir() {
        return streams.stateDir();
    }

    public long commitIntervalMs() {
        return streams.commitIntervalMs();
    }

    /**
     * Where the read model's index lives: {@code NEWSDESK_PUBLISH_INDEX_DIR}, else next to the Streams
     * state ({@code NEWSDESK_STATE_DIR}, else Streams' default under the temporary directory), one folder
     * per application id. Keep it on a disk that survives restarts, or every start rebuilds it from the topic.
     */
    public Path indexDirectory() {
        if (indexDir != null) {
            return Path.of(indexDir);
        }
        String stateDir = stateDir();
        Path state = stateDir != null ? Path.of(stateDir) : Path.of(System.getProperty("java.io.tmpdir"), "kafka-streams");
        return state.resolve(applicationId + "-read-model");
    }
}
