package io.newsdesk.platform.streams;

import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.deadletter.DeadLetterExceptionHandlers;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Streams properties every Newsdesk stream service shares: exactly-once, dead-lettering exception
 * handlers, and the cluster connection (with security settings) from {@link KafkaClientConfig}.
 */
public final class StreamsSettings {
    private StreamsSettings() {
    }

    /**
     * The settings of a stream service running on a cluster with {@code replication} for its internal topics:
     * the shared exactly-once settings below, then the service's {@code KAFKA_STREAMS_*} pass-through
     * ({@link StreamsLayout#passThrough()}), which wins over Newsdesk's defaults (standby replicas, for one).
     */
    public static Properties exactlyOnce(String applicationId, String stage, KafkaClientConfig kafka,
                                         String deadLetterTopic, StreamsLayout layout, Replication replication) {
        Properties props = exactlyOnce(applicationId, stage, kafka, deadLetterTopic, layout.stateDir(), replication,
                layout.commitIntervalMs());
        props.putAll(layout.passThrough());
        return props;
    }

    /** As below, with the default in-sync count for {@code replicationFactor} copies. */
    public static Properties exactlyOnce(String applicationId, String stage, KafkaClientConfig kafka,
                                         String deadLetterTopic, String stateDir, int replicationFactor,
                                         long commitIntervalMs) {
        return exactlyOnce(applicationId, stage, kafka, deadLetterTopic, stateDir, Replication.withFactor(replicationFactor),
                commitIntervalMs);
    }

    /**
     * @param replication      of Streams' internal topics (changelogs, repartition topics): 1 on a single local
     *                         broker, 3 with 2 in sync in production
     * @param commitIntervalMs with exactly-once this is the transaction length: lower gives lower latency,
     *                         higher gives more throughput
     */
    public static Properties exactlyOnce(String applicationId, String stage, KafkaClientConfig kafka,
                                         String deadLetterTopic, String stateDir, Replication replication,
                                         long commitIntervalMs) {
        Properties props = new Properties();
        props.putAll(kafka.common());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication.factor());
        // Streams creates its changelogs itself: they must refuse unsafe writes like our own topics do.
        props.put(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG), replication.minInsyncReplicas());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        // A warm copy of each state store on another instance, so a failover resumes at once instead of
        // replaying the changelog. It matters from two instances up; on one, Streams has nowhere to put it and
        // places none (nothing is spent). Stateless enrich has no stores and so no standbys either way.
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        if (stateDir != null) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        }
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterExceptionHandlers.Deserialization.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterExceptionHandlers.Processing.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterExceptionHandlers.Production.class);
        // Also send failures while updating global stores through the handler (Kafka 4.x warns otherwise).
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG, deadLetterTopic);
        props.put(DeadLetterExceptionHandlers.STAGE_CONFIG, stage);
        // Readers of our topics see only committed transactions; Streams sets this for EOS, stated for clarity.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.ACKS_CONFIG), "all");
        // Articles are text: lz4 shrinks them several-fold for little CPU.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return props;
    }
}
