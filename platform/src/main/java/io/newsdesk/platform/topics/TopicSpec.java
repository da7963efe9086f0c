package io.newsdesk.platform.topics;

import io.newsdesk.platform.cluster.Replication;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How a topic is laid out on the cluster and who uses it: the topic catalogue (README, docs/topics.md)
 * and topic creation both read these, so what is documented is what is created.
 *
 * @param retention how long records are kept; null keeps them forever. A compacted topic with a
 *                  retention is compacted and deleted: the latest record per key, for at most that long
 */
public record TopicSpec(
        String name,
        String key,
        String value,
        boolean compacted,
        Duration retention,
        String description,
        List<String> writers,
        List<String> readers) {

    /**
     * How long a compacted topic keeps a tombstone after the cleaner first sees it. Kafka's default is
     * one day: a consumer rebuilt later (a new publish instance, a downstream index) would then never
     * learn that the article was retracted, and answer 404 or keep serving it. A tombstone is a key and a
     * few headers, so it is kept as long as the archive: a hundred years. Kafka fixes each tombstone's
     * deadline when it first cleans it, so lowering this later does not shorten it for those already seen.
     */
    public static final Duration TOMBSTONE_RETENTION = Duration.ofDays(36_500);

    /** The topic's own Kafka configs: cleanup policy and retention, the same on every cluster. */
    public Map<String, String> configs() {
        Map<String, String> configs = new TreeMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, !compacted ? TopicConfig.CLEANUP_POLICY_DELETE
                : retention == null ? TopicConfig.CLEANUP_POLICY_COMPACT
                : TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()));
        // A topic whose records also expire by time (compact,delete) loses its tombstones with them anyway.
        if (compacted && retention == null) {
            configs.put(TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(TOMBSTONE_RETENTION.toMillis()));
        }
        return configs;
    }

    /**
     * The configs to create the topic with on a cluster with {@code replication}: its own, and the
     * {@code min.insync.replicas} that makes it refuse a write it cannot acknowledge safely. Set on the topic,
     * not left to the brokers' default (1 unless an operator changed it), so the topic is as safe as intended
     * on any cluster.
     */
    public Map<String, String> configs(Replication replication) {
        Map<String, String> configs = new TreeMap<>(configs());
        configs.putAll(replication.topicConfigs());
        return configs;
    }

    public String retentionText() {
        if (compacted) {
            return retention == null
                    ? "compacted (latest per key, forever; tombstones kept " + TOMBSTONE_RETENTION.toDays() / 365 + " years)"
                    : "compacted (latest per key, for " + retention.toDays() + " days)";
        }
        return retention == null ? "forever" : retention.toDays() + " days";
    }
}
