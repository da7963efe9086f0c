package io.newsdesk.platform.streams;

import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.TopicLayout;
import java.util.Map;

/**
 * The Kafka Streams settings every stream service reads the same way: the replication of Streams' internal
 * topics ({@code NEWSDESK_STREAMS_REPLICATION}, following the cluster unless set, with the topics'
 * {@code NEWSDESK_TOPIC_MIN_INSYNC_REPLICAS}), the state directory ({@code NEWSDESK_STATE_DIR}, blank for
 * Streams' default), the commit interval, which under exactly-once is the transaction length
 * ({@code NEWSDESK_COMMIT_INTERVAL_MS}), and the Streams settings passed through from {@code KAFKA_STREAMS_*}
 * ({@link StreamsPassThrough}). One reader, so enrich and publish cannot drift apart on them.
 *
 * @param stateDir    null for Streams' default
 * @param passThrough Streams settings by their Streams names, applied over Newsdesk's defaults
 */
public record StreamsLayout(ReplicationSetting replication, String stateDir, long commitIntervalMs,
                            Map<String, String> passThrough) {
    public static final String REPLICATION = "NEWSDESK_STREAMS_REPLICATION";
    public static final String STATE_DIR = "NEWSDESK_STATE_DIR";
    public static final String COMMIT_INTERVAL_MS = "NEWSDESK_COMMIT_INTERVAL_MS";
    public static final Map<String, String> DEFAULTS = Map.of(REPLICATION, ReplicationSetting.AUTO, STATE_DIR, "",
            COMMIT_INTERVAL_MS, "100");

    public StreamsLayout {
        passThrough = Map.copyOf(passThrough);
    }

    public static StreamsLayout from(ConfigSource config) {
        long commitInterval = config.longValue(COMMIT_INTERVAL_MS, 100);
        if (commitInterval < 1) {
            throw new ConfigException(COMMIT_INTERVAL_MS, Long.toString(commitInterval), "must be above 0");
        }
        return new StreamsLayout(ReplicationSetting.read(config, REPLICATION, TopicLayout.MIN_INSYNC_REPLICAS),
                config.optional(STATE_DIR).orElse(null), commitInterval, StreamsPassThrough.from(config));
    }
}
