package io.newsdesk.platform.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.deadletter.DeadLetterExceptionHandlers;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsSettingsTest {

    @Test
    void everyStreamServiceRunsExactlyOnceWithDeadLetterHandlersAndTheClusterSecurity() {
        Properties props = StreamsSettings.exactlyOnce("newsdesk-enrich", "enrich",
                KafkaClientConfig.from(ConfigSource.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092",
                        "KAFKA_SECURITY_PROTOCOL", "SSL"))), "articles.dlq", "/tmp/state", 3, 100);
        assertEquals("exactly_once_v2", props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
        assertEquals("b:9092", props.get("bootstrap.servers"));
        assertEquals("SSL", props.get("security.protocol"));
        assertEquals(3, props.get(StreamsConfig.REPLICATION_FACTOR_CONFIG));
        assertEquals("articles.dlq", props.get(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG));
        assertEquals(DeadLetterExceptionHandlers.Deserialization.class,
                props.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(DeadLetterExceptionHandlers.Processing.class,
                props.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(DeadLetterExceptionHandlers.Production.class,
                props.get(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals("/tmp/state", props.get(StreamsConfig.STATE_DIR_CONFIG));
        assertEquals(2, props.get("topic.min.insync.replicas"), "changelogs refuse what they cannot keep safely");
        assertEquals(1, props.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG), "a warm standby where there is room");
        // the whole set must be a valid Streams configuration
        new StreamsConfig(props);
    }

    @Test
    void streamsSettingsPassedThroughWinOverNewsdesksDefaults() {
        StreamsLayout layout = StreamsLayout.from(ConfigSource.of(Map.of(
                "KAFKA_STREAMS_NUM_STANDBY_REPLICAS", "0",
                "KAFKA_STREAMS_ACCEPTABLE_RECOVERY_LAG", "5000",
                "KAFKA_STREAMS_RACK_AWARE_ASSIGNMENT_TAGS", "zone",
                "KAFKA_STREAMS_CLIENT_TAG_ZONE", "eu-west-1a")));
        Properties props = StreamsSettings.exactlyOnce("newsdesk-publish", "publish",
                KafkaClientConfig.from(ConfigSource.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092"))), "articles.dlq",
                layout, Replication.of(3, 2));

        assertEquals("0", props.get(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
        assertEquals("5000", props.get(StreamsConfig.ACCEPTABLE_RECOVERY_LAG_CONFIG));
        assertEquals("zone", props.get(StreamsConfig.RACK_AWARE_ASSIGNMENT_TAGS_CONFIG));
        assertEquals("eu-west-1a", props.get("client.tag.zone"));
        assertEquals(3, props.get(StreamsConfig.REPLICATION_FACTOR_CONFIG));
        StreamsConfig parsed = new StreamsConfig(props);
        assertEquals(Map.of("zone", "eu-west-1a"), parsed.getClientTags());
    }
}
