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
 * @param retention how long records are kept; null keeps them forever (compacted topics)
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

    /** Kafka topic configs for creation. */
    public Map<String, String> configs() {
        Map<String, String> configs = new TreeMap<>();
        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE);
        configs.put(TopicConfig.RETENTION_MS_CONFIG, retention == null ? "-1" : Long.toString(retention.toMillis()));
        if (compacted) {
            configs.put(TopicConfig.DELETE_RETENTION_MS_CONFIG, Long.toString(TOMBSTONE_RETENTION.toMillis()));
        }
        // Brokers in production run min.insync.replicas=2 with RF 3; a local single node needs 1.
        return configs;
    }

    public String retentionText() {
        if (compacted) {
            return "compacted (latest per key, forever; tombstones kept " + TOMBSTONE_RETENTION.toDays() / 365 + " years)";
        }
        return retention == null ? "forever" : retention.toDays() + " days";
    }
}
