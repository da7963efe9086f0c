package io.newsdesk.enrich;

import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.streams.StreamsApplications;
import io.newsdesk.platform.streams.StreamsLayout;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.platform.topics.TopicLayout;
import io.newsdesk.platform.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the enrich service is configured with, read once at start by the pure {@link #from}.
 * Keys, defaults and checks are declared once in {@link #SETTINGS}; {@code KAFKA_BOOTSTRAP_SERVERS} is required.
 *
 * @param topicReplication replication of the topics enrich creates when missing; settled against the
 *                       cluster at start ({@link io.newsdesk.platform.cluster.ClusterReplication})
 * @param streams        the Streams settings shared with publish: internal topics' replication, the state
 *                       directory (enrich keeps no state stores, but Streams still locks its task directories
 *                       there), the commit interval and the {@code KAFKA_STREAMS_*} pass-through
 * @param streamThreads  stream threads in this instance; instances with the same application id
 *                       share the partitions, so scaling out is starting another instance
 * @param closeTimeout   how long {@code close()} waits for in-flight transactions to finish
 */
public record EnrichConfig(
        KafkaClientConfig kafka,
        String topicPrefix,
        int topicPartitions,
        ReplicationSetting topicReplication,
        StreamsLayout streams,
        String applicationId,
        int streamThreads,
        int port,
        Duration closeTimeout,
        AnalysisSettings analysis) {

    public static final String TOPIC_PREFIX = TopicLayout.PREFIX;
    public static final String TOPIC_PARTITIONS = TopicLayout.PARTITIONS;
    public static final String TOPIC_REPLICATION = TopicLayout.REPLICATION;
    public static final String TOPIC_MIN_INSYNC_REPLICAS = TopicLayout.MIN_INSYNC_REPLICAS;
    public static final String STREAMS_REPLICATION = StreamsLayout.REPLICATION;
    public static final String STATE_DIR = StreamsLayout.STATE_DIR;
    public static final String COMMIT_INTERVAL_MS = StreamsLayout.COMMIT_INTERVAL_MS;
    public static final String APPLICATION_ID = StreamsApplications.ENRICH_APPLICATION_ID.key();
    public static final String STREAM_THREADS = "NEWSDESK_ENRICH_STREAM_THREADS";
    public static final String PORT = "NEWSDESK_ENRICH_PORT";
    public static final String CLOSE_TIMEOUT = "NEWSDESK_ENRICH_CLOSE_TIMEOUT";
    /** Where a record that cannot be processed is said to have failed, in its dead letter. */
    public static final String STAGE = "enrich";

    // One Streams thread per core of the 2-core machines we run on: Streams parallelises over tasks (one
    // per input partition and hop), and a single thread left the second core idle while enrich was the
    // pipeline's bottleneck. Raise it with the cores; more threads than tasks only sit idle.
    static final Setting<Integer> STREAM_THREADS_SETTING = Setting.integer(STREAM_THREADS, 2, 1, 1_024,
            "Streams threads per instance; one per core (tasks, one per partition and hop, are shared out among them)");
    static final Setting<Integer> PORT_SETTING = Setting.port(PORT, 8082, 0, "`/health`, `/ready`, `/metrics`");
    static final Setting<Duration> CLOSE_TIMEOUT_SETTING = Setting.duration(CLOSE_TIMEOUT, "30s", Duration.ZERO,
            Duration.ofHours(1), "how long a stop waits for Streams");

    /**
     * Every setting enrich reads, as declared; {@code KAFKA_BOOTSTRAP_SERVERS} has no default, it is required.
     * The processing steps' own knobs ({@link AnalysisSettings}) are declared with the steps, which read them
     * also offline, and listed here with the rest.
     */
    public static final List<Setting<?>> SETTINGS = Setting.table(List.of(KafkaClientConfig.BOOTSTRAP_SERVERS,
                    ConfigSource.CONFIG_FILE), TopicLayout.SETTINGS, StreamsLayout.SETTINGS,
            List.of(StreamsApplications.ENRICH_APPLICATION_ID, STREAM_THREADS_SETTING, PORT_SETTING, CLOSE_TIMEOUT_SETTING),
            AnalysisSettings.SETTINGS);

    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public static EnrichConfig from(ConfigSource config) {
        TopicLayout layout = TopicLayout.from(config);
        return new EnrichConfig(
                KafkaClientConfig.from(config),
                layout.prefix(),
                layout.partitions(),
                layout.replication(),
                StreamsLayout.from(config),
                StreamsApplications.ENRICH_APPLICATION_ID.read(config),
                STREAM_THREADS_SETTING.read(config),
                PORT_SETTING.read(config),
                CLOSE_TIMEOUT_SETTING.read(config),
                AnalysisSettings.from(config));
    }

    public Topics topics() {
        return Topics.withPrefix(topicPrefix);
    }

    /** Streams' state directory; null for Streams' default. */
    public String stateDir() {
        return streams.stateDir();
    }

    public long commitIntervalMs() {
        return streams.commitIntervalMs();
    }

    /**
     * The Kafka Streams properties on a cluster where Streams' internal topics get {@code replication}:
     * exactly-once, dead-lettering handlers, the {@code KAFKA_STREAMS_*} pass-through, this instance's threads.
     */
    public Properties streamsProperties(Replication replication) {
        Properties props = StreamsSettings.exactlyOnce(applicationId, STAGE, kafka, topics().deadLetters().name(),
                streams, replication);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        return props;
    }

    /** As on a single broker: what TopologyTestDriver tests use; the service settles replication with the cluster. */
    public Properties streamsProperties() {
        return streamsProperties(Replication.SINGLE_BROKER);
    }
}
