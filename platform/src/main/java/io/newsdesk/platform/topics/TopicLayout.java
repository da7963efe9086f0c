package io.newsdesk.platform.topics;

import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How a service names and creates its topics, read the same way by every service: the name prefix
 * ({@code NEWSDESK_TOPIC_PREFIX}), and the partitions and replication of topics it creates when they are
 * missing ({@code NEWSDESK_TOPIC_PARTITIONS}, {@code NEWSDESK_TOPIC_REPLICATION},
 * {@code NEWSDESK_TOPIC_MIN_INSYNC_REPLICAS}; replication follows the cluster unless set, see
 * {@link ReplicationSetting}).
 */
public record TopicLayout(String prefix, int partitions, ReplicationSetting replication) {
    public static final String PREFIX = "NEWSDESK_TOPIC_PREFIX";
    public static final String PARTITIONS = "NEWSDESK_TOPIC_PARTITIONS";
    public static final String REPLICATION = "NEWSDESK_TOPIC_REPLICATION";
    public static final String MIN_INSYNC_REPLICAS = "NEWSDESK_TOPIC_MIN_INSYNC_REPLICAS";

    public static final Setting<String> PREFIX_SETTING = Setting.text(PREFIX, "",
            "prefix for every topic name (a second pipeline on one cluster; tests)");
    static final Setting<Integer> PARTITIONS_SETTING = Setting.integer(PARTITIONS, 6, 1, 10_000,
            "partitions of topics a service creates when missing");
    static final Setting<OptionalInt> REPLICATION_SETTING = ReplicationSetting.count(REPLICATION,
            "copies of each partition of the topics a service creates: `auto` follows the cluster (3 on three brokers or "
                    + "more, else one per broker); a number larger than the cluster's brokers is refused at start (see "
                    + "[Running on a cluster](#running-on-a-cluster))");
    /** Shared with {@code StreamsLayout}: Streams' internal topics are held to the same in-sync count. */
    public static final Setting<OptionalInt> MIN_INSYNC_REPLICAS_SETTING = ReplicationSetting.count(MIN_INSYNC_REPLICAS,
            "`min.insync.replicas` set on the topics a service creates and on Streams' internal topics: `auto` is 2 with "
                    + "3 copies (a majority from three up), 1 with one or two");

    /** Every setting read here, as declared: the table each service's own includes. */
    public static final List<Setting<?>> SETTINGS = List.of(PREFIX_SETTING, PARTITIONS_SETTING, REPLICATION_SETTING,
            MIN_INSYNC_REPLICAS_SETTING);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public static TopicLayout from(ConfigSource config) {
        return new TopicLayout(PREFIX_SETTING.read(config), PARTITIONS_SETTING.read(config),
                ReplicationSetting.read(config, REPLICATION_SETTING, MIN_INSYNC_REPLICAS_SETTING));
    }

    /** The topic catalogue under this layout's prefix. */
    public Topics topics() {
        return Topics.withPrefix(prefix);
    }
}
