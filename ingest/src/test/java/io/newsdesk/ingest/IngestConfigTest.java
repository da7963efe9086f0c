package io.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.cluster.WriteAvailabilityInterceptor;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {
    private static ConfigSource config(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("KAFKA_BOOTSTRAP_SERVERS", "broker:9092");
        return ConfigSource.load(IngestConfig.DEFAULTS, all);
    }

    @Test
    void defaults() {
        IngestConfig c = IngestConfig.from(config(Map.of()));
        assertEquals(8080, c.port());
        assertEquals(2 * 1024 * 1024, c.maxBodyBytes());
        assertEquals(Duration.ofSeconds(10), c.ackTimeout());
        assertEquals(6, c.topicPartitions());
        assertTrue(c.topicReplication().automatic(), "replication follows the cluster");
        assertEquals("articles.submitted", c.topics().submitted().name());
        assertTrue(c.tokens().isEmpty());
    }

    @Test
    void producerIsIdempotentWithAcksAllBatchesAndReportsItsWrites() {
        WriteAvailability writes = new WriteAvailability(Clock.systemUTC());
        Map<String, Object> p = IngestConfig.from(config(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL"))).producerProperties(writes);
        assertEquals("all", p.get("acks"));
        assertEquals(true, p.get("enable.idempotence"));
        assertEquals(5, p.get("linger.ms"));
        assertEquals("lz4", p.get("compression.type"));
        assertEquals(10_000, p.get("delivery.timeout.ms"));
        assertEquals("broker:9092", p.get("bootstrap.servers"));
        assertEquals("SSL", p.get("security.protocol"));
        // Kafka refuses delivery.timeout.ms < linger.ms + request.timeout.ms at construction.
        assertTrue((int) p.get("delivery.timeout.ms") >= (int) p.get("linger.ms") + (int) p.get("request.timeout.ms"));
        assertReportsTo(writes, p);
    }

    /** What /health reads: the producer's records and answers go to the service's WriteAvailability. */
    private static void assertReportsTo(WriteAvailability writes, Map<String, Object> producer) {
        assertEquals(WriteAvailabilityInterceptor.class.getName(), producer.get("interceptor.classes"));
        assertSame(writes, producer.get(WriteAvailability.CONFIG));
    }

    @Test
    void feedItemWritersAreTransactionalPerPartitionReportTheirWritesAndTheGroupReadsCommittedOnly() {
        IngestConfig c = IngestConfig.from(config(Map.of("NEWSDESK_TOPIC_PREFIX", "t7-")));
        WriteAvailability writes = new WriteAvailability(Clock.systemUTC());
        Map<String, Object> producer = c.feedProducerProperties(c.feedTransactionalIdPrefix() + "-3", writes);
        assertEquals("t7-newsdesk-ingest-feed-items-3", producer.get("transactional.id"));
        assertEquals("all", producer.get("acks"));
        assertEquals(true, producer.get("enable.idempotence"));
        assertEquals(15_000, producer.get("transaction.timeout.ms"));
        assertReportsTo(writes, producer);
        Map<String, Object> consumer = c.feedConsumerProperties();
        assertEquals("t7-newsdesk-ingest-feeds", consumer.get("group.id"));
        assertEquals("read_committed", consumer.get("isolation.level"));
        assertEquals(false, consumer.get("enable.auto.commit"));
        assertEquals("earliest", consumer.get("auto.offset.reset"));
    }

    @Test
    void topicPrefixAndPortAreRead() {
        IngestConfig c = IngestConfig.from(config(Map.of("NEWSDESK_TOPIC_PREFIX", "t7-", "NEWSDESK_INGEST_PORT", "0")));
        assertEquals("t7-articles.submitted", c.topics().submitted().name());
        assertEquals("t7-ingest.feed-items", c.topics().feedItems().name());
        assertEquals(0, c.port());
    }

    @Test
    void theRetiredStartupTimeoutIsNoLongerASetting() {
        assertFalse(IngestConfig.DEFAULTS.containsKey("NEWSDESK_INGEST_STARTUP_TIMEOUT"),
                "ingest rebuilds nothing at start any more");
    }

    @Test
    void tokensComeFromTheVariableAndTheFileTogether(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# one per line\nvalley-post:post-secret-abcdefghijkl\n");
        IngestConfig c = IngestConfig.from(config(Map.of(
                "NEWSDESK_INGEST_TOKENS", "harbour-courier:courier-secret-0123456789",
                "NEWSDESK_INGEST_TOKENS_FILE", file.toString())));
        assertEquals(Set.of("harbour-courier", "valley-post"), c.tokens().sources());
        assertEquals(Optional.of("valley-post"), c.tokens().sourceOf("post-secret-abcdefghijkl"));
    }

    @Test
    void invalidTokensFailWithoutShowingThem() {
        ConfigException e = assertThrows(ConfigException.class, () -> IngestConfig.from(config(Map.of(
                "NEWSDESK_INGEST_TOKENS", "harbour-courier:tooshort-secret"))));
        assertEquals("NEWSDESK_INGEST_TOKENS", e.key());
        assertFalse(e.getMessage().contains("tooshort-secret"), e.getMessage());
    }

    @Test
    void outOfRangeValuesNameTheirKey() {
        assertEquals("NEWSDESK_INGEST_PORT", assertThrows(ConfigException.class,
                () -> IngestConfig.from(config(Map.of("NEWSDESK_INGEST_PORT", "70000")))).key());
        assertEquals("NEWSDESK_INGEST_ACK_TIMEOUT", assertThrows(ConfigException.class,
                () -> IngestConfig.from(config(Map.of("NEWSDESK_INGEST_ACK_TIMEOUT", "500ms")))).key());
        assertEquals("NEWSDESK_INGEST_MAX_BODY_BYTES", assertThrows(ConfigException.class,
                () -> IngestConfig.from(config(Map.of("NEWSDESK_INGEST_MAX_BODY_BYTES", "0")))).key());
    }

    @Test
    void refusedValuesSayWhatIsExpectedAndWhatWasGiven() {
        assertEquals("NEWSDESK_INGEST_PORT: must be a whole number between 0 and 65535, was 'abc'",
                assertThrows(ConfigException.class,
                        () -> IngestConfig.from(config(Map.of("NEWSDESK_INGEST_PORT", "abc")))).getMessage());
        assertEquals("NEWSDESK_INGEST_ACK_TIMEOUT: must be a duration between 2s and 1d (e.g. 30s, 5m, PT1H), was '500ms'",
                assertThrows(ConfigException.class,
                        () -> IngestConfig.from(config(Map.of("NEWSDESK_INGEST_ACK_TIMEOUT", "500ms")))).getMessage());
        assertEquals("NEWSDESK_INGEST_HTTP_THREADS: must be a whole number between 1 and 4096, was '0'",
                assertThrows(ConfigException.class,
                        () -> IngestConfig.from(config(Map.of("NEWSDESK_INGEST_HTTP_THREADS", "0")))).getMessage());
    }

    @Test
    void theDefaultsLayerIsTheTableOfDeclarations() {
        assertEquals("8080", IngestConfig.DEFAULTS.get(IngestConfig.PORT));
        assertEquals("300", IngestConfig.DEFAULTS.get("NEWSDESK_FEED_POLL_SECONDS"), "feeds' settings are ingest's too");
        assertFalse(IngestConfig.DEFAULTS.containsKey(IngestConfig.TOKENS_FILE), "no file unless one is named");
    }

    @Test
    void bootstrapServersAreRequired() {
        assertEquals("KAFKA_BOOTSTRAP_SERVERS", assertThrows(ConfigException.class,
                () -> IngestConfig.from(ConfigSource.load(IngestConfig.DEFAULTS, Map.of()))).key());
    }
}
