package io.newsdesk.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.stage.AnalysisSettings;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.deadletter.DeadLetterExceptionHandlers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {
    private static EnrichConfig load(Map<String, String> environment) {
        return EnrichConfig.from(ConfigSource.load(EnrichConfig.DEFAULTS, environment));
    }

    @Test
    void defaultsNeedOnlyTheBootstrapServers() {
        EnrichConfig config = load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092"));

        assertEquals("kafka-1:9092", config.kafka().bootstrapServers());
        assertEquals("", config.topicPrefix());
        assertEquals(6, config.topicPartitions());
        assertTrue(config.topicReplication().automatic(), "replication follows the cluster");
        assertTrue(config.streams().replication().automatic(), "replication follows the cluster");
        assertEquals(Map.of(), config.streams().passThrough());
        assertNull(config.stateDir());
        assertEquals(100, config.commitIntervalMs());
        assertEquals("newsdesk-enrich", config.applicationId());
        assertEquals(2, config.streamThreads());
        assertEquals(8082, config.port());
        assertEquals(Duration.ofSeconds(30), config.closeTimeout());
        assertEquals(new AnalysisSettings(8, 60), config.analysis());
        assertEquals("articles.submitted", config.topics().submitted().name());
    }

    @Test
    void environmentOverridesEveryKey() {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", "b:9092");
        env.put("NEWSDESK_TOPIC_PREFIX", "staging.");
        env.put("NEWSDESK_TOPIC_PARTITIONS", "12");
        env.put("NEWSDESK_TOPIC_REPLICATION", "3");
        env.put("NEWSDESK_STREAMS_REPLICATION", "3");
        env.put("NEWSDESK_STATE_DIR", "/var/lib/newsdesk/streams");
        env.put("NEWSDESK_COMMIT_INTERVAL_MS", "250");
        env.put("NEWSDESK_ENRICH_APPLICATION_ID", "enrich-blue");
        env.put("NEWSDESK_ENRICH_STREAM_THREADS", "4");
        env.put("NEWSDESK_ENRICH_PORT", "9000");
        env.put("NEWSDESK_ENRICH_CLOSE_TIMEOUT", "5s");
        env.put("NEWSDESK_ENRICH_MAX_KEYWORDS", "5");
        env.put("NEWSDESK_ENRICH_SUMMARY_WORDS", "40");
        env.put("NEWSDESK_TOPIC_MIN_INSYNC_REPLICAS", "2");
        env.put("KAFKA_STREAMS_ACCEPTABLE_RECOVERY_LAG", "1000");

        EnrichConfig config = load(env);

        assertEquals("staging.articles.enriched", config.topics().enriched().name());
        assertEquals(12, config.topicPartitions());
        assertEquals(Replication.of(3, 2), config.topicReplication().forCluster(5));
        assertEquals(Replication.of(3, 2), config.streams().replication().forCluster(5));
        assertEquals(Map.of("acceptable.recovery.lag", "1000"), config.streams().passThrough());
        assertEquals("/var/lib/newsdesk/streams", config.stateDir());
        assertEquals(250, config.commitIntervalMs());
        assertEquals("enrich-blue", config.applicationId());
        assertEquals(4, config.streamThreads());
        assertEquals(9000, config.port());
        assertEquals(Duration.ofSeconds(5), config.closeTimeout());
        assertEquals(new AnalysisSettings(5, 40), config.analysis());
    }

    @Test
    void streamsPropertiesAreExactlyOnceWithTheDeadLetterHandlersAndThisConfig() {
        Properties props = load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092", "NEWSDESK_TOPIC_PREFIX", "t1-",
                "NEWSDESK_ENRICH_STREAM_THREADS", "2", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL")).streamsProperties();

        assertEquals("newsdesk-enrich", props.get(StreamsConfig.APPLICATION_ID_CONFIG));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("b:9092", props.get("bootstrap.servers"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("t1-articles.dlq", props.get(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG));
        assertEquals("enrich", props.get(DeadLetterExceptionHandlers.STAGE_CONFIG));
        assertEquals(DeadLetterExceptionHandlers.Processing.class,
                props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(DeadLetterExceptionHandlers.Deserialization.class,
                props.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(2, props.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG));
        assertEquals(100L, props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
        assertFalse(props.containsKey(StreamsConfig.STATE_DIR_CONFIG));
    }

    @Test
    void onAClusterStreamsInternalTopicsGetItsReplicationAndPassedThroughSettingsApply() {
        Properties props = load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092", "KAFKA_STREAMS_NUM_STANDBY_REPLICAS", "2"))
                .streamsProperties(Replication.of(3, 2));

        assertEquals(3, props.get(StreamsConfig.REPLICATION_FACTOR_CONFIG));
        assertEquals(2, props.get(StreamsConfig.topicPrefix("min.insync.replicas")));
        assertEquals("2", props.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
        new StreamsConfig(props);
    }

    @Test
    void missingBootstrapServersIsAClearError() {
        ConfigException e = assertThrows(ConfigException.class, () -> load(Map.of()));
        assertEquals("KAFKA_BOOTSTRAP_SERVERS", e.key());
    }

    @Test
    void badValuesNameTheirKey() {
        assertEquals("NEWSDESK_ENRICH_PORT", assertThrows(ConfigException.class,
                () -> load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092", "NEWSDESK_ENRICH_PORT", "70000"))).key());
        assertEquals("NEWSDESK_TOPIC_PARTITIONS", assertThrows(ConfigException.class,
                () -> load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092", "NEWSDESK_TOPIC_PARTITIONS", "0"))).key());
        assertEquals("NEWSDESK_ENRICH_STREAM_THREADS", assertThrows(ConfigException.class,
                () -> load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092", "NEWSDESK_ENRICH_STREAM_THREADS", "none"))).key());
        ConfigException timeout = assertThrows(ConfigException.class,
                () -> load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092", "NEWSDESK_ENRICH_CLOSE_TIMEOUT", "soon")));
        assertEquals("NEWSDESK_ENRICH_CLOSE_TIMEOUT: must be a duration between 0s and 1h (e.g. 30s, 5m, PT1H), was 'soon'",
                timeout.getMessage());
        assertEquals("NEWSDESK_ENRICH_STREAM_THREADS: must be a whole number between 1 and 1024, was '0'",
                assertThrows(ConfigException.class, () -> load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092",
                        "NEWSDESK_ENRICH_STREAM_THREADS", "0"))).getMessage());
    }

    @Test
    void theDefaultsLayerIsTheTableOfDeclarationsAndTheStepsKnobs() {
        assertEquals("8082", EnrichConfig.DEFAULTS.get(EnrichConfig.PORT));
        assertEquals("newsdesk-enrich", EnrichConfig.DEFAULTS.get(EnrichConfig.APPLICATION_ID));
        assertEquals("8", EnrichConfig.DEFAULTS.get(AnalysisSettings.MAX_KEYWORDS));
        assertFalse(EnrichConfig.DEFAULTS.containsKey(EnrichConfig.STATE_DIR), "Streams' default unless set");
    }

    @Test
    void secretsAreMaskedWhenTheConfigIsPrinted() {
        EnrichConfig config = load(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule password=\"hunter2\";"));

        assertFalse(config.toString().contains("hunter2"), config.toString());
    }
}
