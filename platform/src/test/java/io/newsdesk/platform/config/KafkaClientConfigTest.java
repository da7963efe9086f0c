package io.newsdesk.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientConfigTest {

    @Test
    void securitySettingsPassThroughToEveryClient() {
        KafkaClientConfig kafka = KafkaClientConfig.from(ConfigSource.of(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "b1:9093,b2:9093",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/truststore.jks")));
        Map<String, Object> common = kafka.common();
        assertEquals("b1:9093,b2:9093", common.get("bootstrap.servers"));
        assertEquals("SASL_SSL", common.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", common.get("sasl.mechanism"));
        assertTrue(common.get("sasl.jaas.config").toString().contains("ScramLoginModule"));
        assertEquals("/etc/kafka/truststore.jks", common.get("ssl.truststore.location"));
    }

    @Test
    void variablesThatAreNotClientSettingsAreIgnored() {
        KafkaClientConfig kafka = KafkaClientConfig.from(ConfigSource.of(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "b:9092", "KAFKA_HEAP_OPTS", "-Xmx1g", "NEWSDESK_X", "y")));
        assertEquals(Map.of("bootstrap.servers", "b:9092"), kafka.common());
    }

    @Test
    void toStringMasksSecrets() {
        KafkaClientConfig kafka = KafkaClientConfig.from(ConfigSource.of(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "b:9092", "KAFKA_SASL_JAAS_CONFIG", "password=\"s3cret\"",
                "KAFKA_SSL_KEYSTORE_PASSWORD", "alsosecret")));
        assertFalse(kafka.toString().contains("s3cret"), kafka.toString());
        assertFalse(kafka.toString().contains("alsosecret"), kafka.toString());
        assertTrue(kafka.toString().contains("sasl.jaas.config=****"), kafka.toString());
    }
}
