package io.newsdesk.platform.topics;

import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;

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
    public static final Map<String, String> DEFAULTS = Map.of(PREFIX, "", PARTITIONS, "6",
            REPLICATION, ReplicationSetting.AUTO, MIN_INSYNC_REPLICAS, ReplicationSetting.AUTO);

    private static final int MAX_PARTITIONS = 10_000;

    public static TopicLayout from(ConfigSource config) {
        int partitions = config.integer(PARTITIONS, 6);
        if (partitions < 1 || partitions > MAX_PARTITIONS) {
            throw new ConfigException(PARTITIONS, Integer.toString(partitions), "must be between 1 and " + MAX_PARTITIONS);
        }
        return new TopicLayout(config.string(PREFIX, ""), partitions,
                ReplicationSetting.read(config, REPLICATION, MIN_INSYNC_REPLICAS));
    }

    /** The topic catalogue under this layout's prefix. */
    public Topics topics() {
        return Topics.withPrefix(prefix);
    }
}
