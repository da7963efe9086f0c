package io.newsdesk.platform.topics;

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

    /** Kafka topic configs for creation. */
    public Map<String, String> configs() {
        Map<String, String> configs = new TreeMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, !compacted ? TopicConfig.CLEANUP_POLICY_DELETE
                : retention == null ? TopicConfig.CLEANUP_POLICY_COMPACT
                : TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()));
        // Brokers in production run min.insync.replicas=2 with RF 3; a local single node needs 1.
        return configs;
    }

    public String retentionText() {
        if (compacted) {
            return retention == null ? "compacted (latest per key, forever)"
                    : "compacted (latest per key, for " + retention.toDays() + " days)";
        }
        return retention == null ? "forever" : retention.toDays() + " days";
    }
}
