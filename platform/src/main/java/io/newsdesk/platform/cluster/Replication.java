package io.newsdesk.platform.cluster;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * How safely a topic keeps its records: on how many brokers each partition lives ({@code replication.factor})
 * and how many of them must have a write before an {@code acks=all} producer is told it is written
 * ({@code min.insync.replicas}). With 3 and 2, any one broker may die without losing an acknowledged write
 * or refusing a new one; with fewer than 2 in sync a write is refused rather than acknowledged on one copy.
 */
public record Replication(short factor, int minInsyncReplicas) {

    /** One broker, one copy: a development cluster. */
    public static final Replication SINGLE_BROKER = new Replication((short) 1, 1);

    public Replication {
        if (factor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1, was " + factor);
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > factor) {
            throw new IllegalArgumentException("min.insync.replicas must be between 1 and the replication factor "
                    + factor + ", was " + minInsyncReplicas);
        }
    }

    public static Replication of(int factor, int minInsyncReplicas) {
        if (factor > Short.MAX_VALUE) {
            throw new IllegalArgumentException("replication factor " + factor + " is beyond Kafka's limit");
        }
        return new Replication((short) factor, minInsyncReplicas);
    }

    /** {@code factor} copies with the default number in sync ({@link #defaultMinInsync(int)}). */
    public static Replication withFactor(int factor) {
        return of(factor, defaultMinInsync(factor));
    }

    /**
     * In sync, when only the factor is given: a majority of the copies from three up (2 of 3, 3 of 5), so
     * that one broker may be lost and an acknowledged write is still on two; 1 with one or two copies,
     * where requiring two would refuse every write while either broker is down.
     */
    public static int defaultMinInsync(int factor) {
        return factor <= 2 ? 1 : factor / 2 + 1;
    }

    /** The topic-level config that makes a topic refuse writes it cannot acknowledge safely. */
    public Map<String, String> topicConfigs() {
        return Map.of(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas));
    }

    @Override
    public String toString() {
        return "replication " + factor + ", min.insync.replicas " + minInsyncReplicas;
    }
}
