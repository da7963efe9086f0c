package io.newsdesk.launcher.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {
    private static final Path CWD = Path.of("/home/reporter/newsdesk");

    @Test
    void defaultsRunAnEmbeddedBrokerOn9092WithDataInTheWorkingDirectory() {
        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, Map.of()), CWD);

        assertEquals(Path.of("/home/reporter/newsdesk/data"), config.dataDirectory());
        assertEquals(9092, config.brokerPort());
        assertEquals(Optional.empty(), config.externalBootstrap());
        assertEquals("127.0.0.1:9092", config.bootstrapServers());
        assertEquals("http://localhost:8080", config.ingestUrl());
        assertEquals(Duration.ofSeconds(90), config.demoTimeout());
    }

    @Test
    void anExternalClusterReplacesTheEmbeddedBroker() {
        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092", "NEWSDESK_DATA_DIR", "/var/newsdesk")), CWD);

        assertEquals("kafka-1:9092,kafka-2:9092", config.bootstrapServers());
        assertEquals(Path.of("/var/newsdesk"), config.dataDirectory());
    }

    @Test
    void threeBrokersListenOnConsecutivePortsFromTheBrokerPort() {
        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS,
                Map.of("NEWSDESK_BROKER_PORT", "19092")), CWD).withBrokers(3);

        assertEquals(3, config.brokers());
        assertEquals("127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094", config.bootstrapServers());
    }

    @Test
    void brokerCountsThatMakeNoSenseAreRefusedWithTheReason() {
        LauncherConfig local = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, Map.of()), CWD);
        String even = assertThrows(IllegalArgumentException.class, () -> local.withBrokers(2)).getMessage();
        assertTrue(even.contains("must be one of [1, 3, 5]"), even);

        LauncherConfig external = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS,
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092")), CWD);
        String both = assertThrows(IllegalArgumentException.class, () -> external.withBrokers(3)).getMessage();
        assertTrue(both.contains("KAFKA_BOOTSTRAP_SERVERS names one to use"), both);
        assertEquals("kafka-1:9092", external.withBrokers(1).bootstrapServers());
    }

    @Test
    void badValuesFailWithTheirKey() {
        assertEquals("NEWSDESK_BROKER_PORT: must be a whole number between 1 and 65535, was '70000'", assertThrows(ConfigException.class,
                () -> LauncherConfig.from(ConfigSource.of(Map.of("NEWSDESK_BROKER_PORT", "70000")), CWD)).getMessage());
        assertEquals("NEWSDESK_INGEST_URL: must be an http:// or https:// URL, or off, was 'localhost:8080'",
                assertThrows(ConfigException.class, () -> LauncherConfig.from(ConfigSource.of(
                        Map.of("NEWSDESK_INGEST_URL", "localhost:8080")), CWD)).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> LauncherConfig.from(ConfigSource.of(
                Map.of("NEWSDESK_INGEST_URL", "off")), CWD)).getMessage().startsWith(
                "NEWSDESK_INGEST_URL: must be an http:// or https:// URL for ./newsdesk"));
        assertEquals("NEWSDESK_DEMO_TIMEOUT: must be a duration between 1s and 1d (e.g. 30s, 5m, PT1H), was 'never'",
                assertThrows(ConfigException.class, () -> LauncherConfig.from(ConfigSource.of(
                        Map.of("NEWSDESK_DEMO_TIMEOUT", "never")), CWD)).getMessage());
    }
}
