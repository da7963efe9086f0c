package io.newsdesk.platform.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        // the whole set must be a valid Streams configuration
        new StreamsConfig(props);
    }
}
