package io.newsdesk.publish;

import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.streams.StreamsLayout;
import io.newsdesk.platform.topics.TopicLayout;
import io.newsdesk.publish.rules.Routes;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
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
 * @param embargoCheckInterval how often held embargoes are checked (at most 1 s: releases are due within a second)
 * @param digestHour           local hour at which the daily digest is produced
 * @param timeZone             the newsroom's time zone (digest day and hour)
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
        Routes routes,
        Duration embargoCheckInterval,
        int digestHour,
        ZoneId timeZone) {

    public static final String TOPIC_PREFIX = TopicLayout.PREFIX;
    public static final String TOPIC_PARTITIONS = TopicLayout.PARTITIONS;
    public static final String TOPIC_REPLICATION = TopicLayout.REPLICATION;
    public static final String TOPIC_MIN_INSYNC_REPLICAS = TopicLayout.MIN_INSYNC_REPLICAS;
    public static final String STREAMS_REPLICATION = StreamsLayout.REPLICATION;
    public static final String STATE_DIR = StreamsLayout.STATE_DIR;
    public static final String INDEX_DIR = "NEWSDESK_PUBLISH_INDEX_DIR";
    public static final String COMMIT_INTERVAL_MS = StreamsLayout.COMMIT_INTERVAL_MS;
    public static final String APPLICATION_ID = "NEWSDESK_PUBLISH_APPLICATION_ID";
    public static final String PORT = "NEWSDESK_PUBLISH_PORT";
    public static final String ROUTES = "NEWSDESK_ROUTES";
    public static final String EMBARGO_CHECK_INTERVAL = "NEWSDESK_EMBARGO_CHECK_INTERVAL";
    public static final String DIGEST_HOUR = "NEWSDESK_DIGEST_HOUR";
    public static final String TIME_ZONE = "NEWSDESK_TIME_ZONE";

    /** Every key with its default; KAFKA_BOOTSTRAP_SERVERS has none and is required. */
    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(TOPIC_PREFIX, TopicLayout.DEFAULTS.get(TOPIC_PREFIX)),
            Map.entry(TOPIC_PARTITIONS, TopicLayout.DEFAULTS.get(TOPIC_PARTITIONS)),
            Map.entry(TOPIC_REPLICATION, TopicLayout.DEFAULTS.get(TOPIC_REPLICATION)),
            Map.entry(TOPIC_MIN_INSYNC_REPLICAS, TopicLayout.DEFAULTS.get(TOPIC_MIN_INSYNC_REPLICAS)),
            Map.entry(STREAMS_REPLICATION, StreamsLayout.DEFAULTS.get(STREAMS_REPLICATION)),
            Map.entry(STATE_DIR, StreamsLayout.DEFAULTS.get(STATE_DIR)),
            Map.entry(INDEX_DIR, ""),
            Map.entry(COMMIT_INTERVAL_MS, StreamsLayout.DEFAULTS.get(COMMIT_INTERVAL_MS)),
            Map.entry(APPLICATION_ID, "newsdesk-publish"),
            Map.entry(PORT, "8081"),
            Map.entry(ROUTES, Routes.DEFAULT),
            Map.entry(EMBARGO_CHECK_INTERVAL, "250ms"),
            Map.entry(DIGEST_HOUR, "18"),
            Map.entry(TIME_ZONE, "America/New_York"));

    public static PublishConfig from(ConfigSource config) {
        TopicLayout layout = TopicLayout.from(config);
        StreamsLayout streams = StreamsLayout.from(config);
        int port = config.integer(PORT, 8081);
        if (port < 0 || port > 65535) {
            throw new ConfigException(PORT, Integer.toString(port), "is not a port (0 to 65535; 0 picks a free one)");
        }
        Routes routes;
        String routesText = config.string(ROUTES, "");
        try {
            routes = Routes.parse(routesText);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(ROUTES, routesText, e.getMessage());
        }
        Duration embargoCheck = config.duration(EMBARGO_CHECK_INTERVAL, Duration.ofMillis(250));
        if (embargoCheck.isZero() || embargoCheck.isNegative()
                || embargoCheck.compareTo(PublishTopology.MAX_EMBARGO_CHECK_INTERVAL) > 0) {
            throw new ConfigException(EMBARGO_CHECK_INTERVAL, config.string(EMBARGO_CHECK_INTERVAL),
                    "must be above 0 and at most 1s: embargoes are released within a second of their end");
        }
        int digestHour = config.integer(DIGEST_HOUR, 18);
        if (digestHour < 0 || digestHour > 23) {
            throw new ConfigException(DIGEST_HOUR, Integer.toString(digestHour), "is not an hour (0 to 23)");
        }
        String zoneText = config.string(TIME_ZONE, "America/New_York");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneText);
        } catch (DateTimeException e) {
            throw new ConfigException(TIME_ZONE, zoneText, "is not a time zone (use an IANA name, e.g. America/New_York)");
        }
        return new PublishConfig(
                KafkaClientConfig.from(config),
                layout.prefix(),
                layout.partitions(),
                layout.replication(),
                streams,
                config.optional(INDEX_DIR).filter(d -> !d.isBlank()).orElse(null),
                config.string(APPLICATION_ID, "newsdesk-publish"),
                port,
                routes,
                embargoCheck,
                digestHour,
                zone);
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
