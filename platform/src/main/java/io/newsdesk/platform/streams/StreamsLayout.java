package io.newsdesk.platform.streams;

import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.topics.TopicLayout;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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

    static final Setting<OptionalInt> REPLICATION_SETTING = ReplicationSetting.count(REPLICATION,
            "copies of Streams' internal topics (state store changelogs), `auto` as above");
    static final Setting<String> STATE_DIR_SETTING = Setting.text(STATE_DIR, null, "Streams state directory")
            .shownAs("Streams' default");
    public static final Setting<Integer> COMMIT_INTERVAL_SETTING = Setting.integer(COMMIT_INTERVAL_MS, 100, 1,
            Integer.MAX_VALUE, "exactly-once transaction length: lower is lower latency, higher more throughput");

    /** Every setting read here, as declared: the table enrich's and publish's own include. */
    public static final List<Setting<?>> SETTINGS = List.of(REPLICATION_SETTING, STATE_DIR_SETTING, COMMIT_INTERVAL_SETTING);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public StreamsLayout {
        passThrough = Map.copyOf(passThrough);
    }

    public static StreamsLayout from(ConfigSource config) {
        return new StreamsLayout(ReplicationSetting.read(config, REPLICATION_SETTING, TopicLayout.MIN_INSYNC_REPLICAS_SETTING),
                STATE_DIR_SETTING.readOptional(config).orElse(null), COMMIT_INTERVAL_SETTING.read(config),
                StreamsPassThrough.from(config));
    }
}
