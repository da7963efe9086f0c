package io.newsdesk.ingest;

import io.newsdesk.ingest.auth.TokenTable;
import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.topics.TopicLayout;
import io.newsdesk.platform.topics.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
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

    /** Defaults of every key; {@code KAFKA_BOOTSTRAP_SERVERS} has none, it is required. */
    public static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.putAll(TopicLayout.DEFAULTS);
        d.put(HOST, "0.0.0.0");
        d.put(PORT, "8080");
        // Each request holds its thread for one acknowledged write (linger + a round trip), so
        // throughput is threads / latency: 64 threads at ~10 ms is ~6,000 submissions/s.
        d.put(HTTP_THREADS, "64");
        d.put(MAX_BODY_BYTES, Integer.toString(2 * 1024 * 1024));
        d.put(ACK_TIMEOUT, "10s");
        d.put(LINGER_MS, "5");
        d.put(HEALTH_TIMEOUT, "2s");
        d.put(HEALTH_CACHE, "2s");
        d.put(TOKENS, "");
        d.put(TOKENS_FILE, "");
        return Map.copyOf(d);
    }

    public static IngestConfig from(ConfigSource config) {
        KafkaClientConfig kafka = KafkaClientConfig.from(config);
        int port = range(config, PORT, 8080, 0, 65_535);
        TopicLayout layout = TopicLayout.from(config);
        int threads = range(config, HTTP_THREADS, 64, 1, 4_096);
        int maxBody = range(config, MAX_BODY_BYTES, 2 * 1024 * 1024, 1, Integer.MAX_VALUE - 1);
        int linger = range(config, LINGER_MS, 5, 0, 1_000);
        Duration ackTimeout = config.duration(ACK_TIMEOUT, Duration.ofSeconds(10));
        if (ackTimeout.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new ConfigException(ACK_TIMEOUT, config.string(ACK_TIMEOUT), "must be at least 2s");
        }
        Duration healthTimeout = positive(config, HEALTH_TIMEOUT, Duration.ofSeconds(2));
        Duration healthCache = config.duration(HEALTH_CACHE, Duration.ofSeconds(2));
        return new IngestConfig(kafka, layout.prefix(), layout.partitions(), layout.replication(),
                config.string(HOST, "0.0.0.0"), port, threads, maxBody, ackTimeout, linger, healthTimeout,
                healthCache, tokens(config));
    }

    /** Tokens from {@code NEWSDESK_INGEST_TOKENS} and from the file named by {@code NEWSDESK_INGEST_TOKENS_FILE}, together. */
    static TokenTable tokens(ConfigSource config) {
        StringBuilder text = new StringBuilder(config.string(TOKENS, ""));
        config.optional(TOKENS_FILE).ifPresent(file -> {
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

    private static int range(ConfigSource config, String key, int fallback, int min, int max) {
        int value = config.integer(key, fallback);
        if (value < min || value > max) {
            throw new ConfigException(key, Integer.toString(value), "must be between " + min + " and " + max);
        }
        return value;
    }

    private static Duration positive(ConfigSource config, String key, Duration fallback) {
        Duration value = config.duration(key, fallback);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException(key, value.toString(), "must be positive");
        }
        return value;
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
