package io.newsdesk.ingest;

import io.newsdesk.ingest.auth.TokenTable;
import io.newsdesk.ingest.feeds.FeedSubscriptions;
import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.topics.TopicLayout;
import io.newsdesk.platform.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Everything ingest is configured with, read once by {@link #from(ConfigSource)}.
 *
 * @param topicReplication replication of the topics ingest creates when missing; settled against the
 *                      cluster at start ({@link io.newsdesk.platform.cluster.ClusterReplication})
 * @param tokens        bearer tokens per source; empty means development mode (any request accepted)
 * @param ackTimeout    how long a submission waits for the broker's acknowledgement before it is
 *                      answered 503; also the producer's delivery timeout
 */
public record IngestConfig(
        KafkaClientConfig kafka,
        String topicPrefix,
        int topicPartitions,
        ReplicationSetting topicReplication,
        String host,
        int port,
        int httpThreads,
        int maxBodyBytes,
        Duration ackTimeout,
        int lingerMs,
        Duration healthTimeout,
        Duration healthCacheTtl,
        TokenTable tokens) {

    public static final String PORT = "NEWSDESK_INGEST_PORT";
    public static final String HOST = "NEWSDESK_INGEST_HOST";
    public static final String HTTP_THREADS = "NEWSDESK_INGEST_HTTP_THREADS";
    public static final String MAX_BODY_BYTES = "NEWSDESK_INGEST_MAX_BODY_BYTES";
    public static final String ACK_TIMEOUT = "NEWSDESK_INGEST_ACK_TIMEOUT";
    public static final String LINGER_MS = "NEWSDESK_INGEST_LINGER_MS";
    public static final String HEALTH_TIMEOUT = "NEWSDESK_INGEST_HEALTH_TIMEOUT";
    public static final String HEALTH_CACHE = "NEWSDESK_INGEST_HEALTH_CACHE";
    public static final String TOKENS = "NEWSDESK_INGEST_TOKENS";
    public static final String TOKENS_FILE = "NEWSDESK_INGEST_TOKENS_FILE";
    public static final String TOPIC_PREFIX = TopicLayout.PREFIX;
    public static final String TOPIC_PARTITIONS = TopicLayout.PARTITIONS;
    public static final String TOPIC_REPLICATION = TopicLayout.REPLICATION;
    public static final String TOPIC_MIN_INSYNC_REPLICAS = TopicLayout.MIN_INSYNC_REPLICAS;

    static final Setting<String> HOST_SETTING = Setting.text(HOST, "0.0.0.0", "address to listen on");
    static final Setting<Integer> PORT_SETTING = Setting.port(PORT, 8080, 0, "HTTP port (0 picks a free one)");
    // Each request holds its thread for one acknowledged write (linger + a round trip), so
    // throughput is threads / latency: 64 threads at ~10 ms is ~6,000 submissions/s.
    static final Setting<Integer> HTTP_THREADS_SETTING = Setting.integer(HTTP_THREADS, 64, 1, 4_096,
            "request threads; each waits for one acknowledged write");
    static final Setting<Integer> MAX_BODY_BYTES_SETTING = Setting.integer(MAX_BODY_BYTES, 2 * 1024 * 1024, 1,
            Integer.MAX_VALUE - 1, "larger bodies get 413");
    // At least 2s: below that a broker's ordinary hiccup (a leader moving) would already turn into 503s.
    static final Setting<Duration> ACK_TIMEOUT_SETTING = Setting.duration(ACK_TIMEOUT, "10s", Duration.ofSeconds(2),
            Duration.ofDays(1), "how long a submission waits for the broker before 503 (also the producer's delivery timeout)");
    static final Setting<Integer> LINGER_MS_SETTING = Setting.integer(LINGER_MS, 5, 0, 1_000, "producer batching delay");
    static final Setting<Duration> HEALTH_TIMEOUT_SETTING = Setting.duration(HEALTH_TIMEOUT, "2s", Duration.ofMillis(1),
            Duration.ofDays(1), "broker check behind `/health`");
    static final Setting<Duration> HEALTH_CACHE_SETTING = Setting.duration(HEALTH_CACHE, "2s", Duration.ZERO,
            Duration.ofDays(1), "how long a broker check answer is reused");
    static final Setting<String> TOKENS_SETTING = Setting.text(TOKENS, "",
            "`source:token,source:token`; empty means no authentication (development only; the local run makes one)");
    static final Setting<String> TOKENS_FILE_SETTING = Setting.text(TOKENS_FILE, null,
            "a file with one `source:token` a line, merged with the above");

    /** Every setting ingest reads, as declared; {@code KAFKA_BOOTSTRAP_SERVERS} has no default, it is required. */
    public static final List<Setting<?>> SETTINGS = Setting.table(List.of(KafkaClientConfig.BOOTSTRAP_SERVERS,
                    ConfigSource.CONFIG_FILE), TopicLayout.SETTINGS,
            List.of(HOST_SETTING, PORT_SETTING, HTTP_THREADS_SETTING, MAX_BODY_BYTES_SETTING, ACK_TIMEOUT_SETTING,
                    LINGER_MS_SETTING, HEALTH_TIMEOUT_SETTING, HEALTH_CACHE_SETTING, TOKENS_SETTING, TOKENS_FILE_SETTING),
            FeedSubscriptions.SETTINGS);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    public static IngestConfig from(ConfigSource config) {
        KafkaClientConfig kafka = KafkaClientConfig.from(config);
        TopicLayout layout = TopicLayout.from(config);
        return new IngestConfig(kafka, layout.prefix(), layout.partitions(), layout.replication(),
                HOST_SETTING.read(config), PORT_SETTING.read(config), HTTP_THREADS_SETTING.read(config),
                MAX_BODY_BYTES_SETTING.read(config), ACK_TIMEOUT_SETTING.read(config), LINGER_MS_SETTING.read(config),
                HEALTH_TIMEOUT_SETTING.read(config), HEALTH_CACHE_SETTING.read(config), tokens(config));
    }

    /** Tokens from {@code NEWSDESK_INGEST_TOKENS} and from the file named by {@code NEWSDESK_INGEST_TOKENS_FILE}, together. */
    static TokenTable tokens(ConfigSource config) {
        StringBuilder text = new StringBuilder(TOKENS_SETTING.read(config));
        TOKENS_FILE_SETTING.readOptional(config).ifPresent(file -> {
            try {
                text.append('\n').append(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ConfigException(TOKENS_FILE, file, "cannot be read: " + e);
            }
        });
        try {
            return TokenTable.parse(text.toString(), TOKENS + "/" + TOKENS_FILE);
        } catch (IllegalArgumentException e) {
            // The message names the entry and source, never the token.
            throw new ConfigException(TOKENS, null, "is invalid: " + e.getMessage());
        }
    }

    public Topics topics() {
        return Topics.withPrefix(topicPrefix);
    }

    /**
     * Idempotent, acks=all, lightly batched. The delivery timeout equals {@link #ackTimeout()}, so
     * the producer itself gives up on a record when the request answers 503: a submission that was
     * refused is then not written later behind the client's back. Every record and its answer are
     * reported to {@code writes}, what {@code /health} asks whether the cluster acknowledges ingest's writes.
     */
    public Map<String, Object> producerProperties(WriteAvailability writes) {
        Map<String, Object> p = new LinkedHashMap<>(kafka.common());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsdesk-ingest");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) ackTimeout.toMillis());
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ackTimeout.toMillis() - lingerMs - 1);
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, ackTimeout.toMillis());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        writes.attachTo(p);
        return p;
    }

    /**
     * The transactional producer of one partition of {@code ingest.feed-items} ({@code FeedItemWriters}):
     * as {@link #producerProperties(WriteAvailability)} (reporting to the same {@code writes}: feed items the
     * cluster does not acknowledge turn {@code /health} DOWN too), plus the partition's transactional id. The
     * transaction timeout is short: a transaction left open by a crashed instance holds back every
     * read_committed reader of {@code articles.submitted} (enrich) until the broker aborts it, or until the
     * partition's next owner opens its writer.
     */
    public Map<String, Object> feedProducerProperties(String transactionalId, WriteAvailability writes) {
        Map<String, Object> p = producerProperties(writes);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "newsdesk-ingest-" + transactionalId);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) FEED_TRANSACTION_TIMEOUT.toMillis());
        return p;
    }

    /** See {@link #feedProducerProperties(String, WriteAvailability)}: one item's transaction takes milliseconds. */
    static final Duration FEED_TRANSACTION_TIMEOUT = Duration.ofSeconds(15);

    /**
     * The member of the group that shares the feeds out among ingest instances ({@code FeedOwnership}):
     * committed data only (an item's state counts once its transaction committed), no offsets committed
     * (an owner always reads its partitions from the beginning), cooperative rebalancing (a partition
     * that stays with its owner is not interrupted when another instance joins).
     */
    public Map<String, Object> feedConsumerProperties() {
        Map<String, Object> p = new LinkedHashMap<>(kafka.common());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsdesk-ingest-feeds");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, feedGroupId());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        return p;
    }

    /** One group per pipeline (the topic prefix tells pipelines on one cluster apart). */
    public String feedGroupId() {
        return topicPrefix + "newsdesk-ingest-feeds";
    }

    /** The prefix of the feed item writers' transactional ids: per pipeline, shared by every instance. */
    public String feedTransactionalIdPrefix() {
        return topicPrefix + "newsdesk-ingest-feed-items";
    }

    public Map<String, Object> adminProperties() {
        Map<String, Object> p = new LinkedHashMap<>(kafka.common());
        p.put("client.id", "newsdesk-ingest-admin");
        return p;
    }
}
