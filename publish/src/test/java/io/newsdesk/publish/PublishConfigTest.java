package io.newsdesk.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.publish.readmodel.Freshness;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishConfigTest {
    private static PublishConfig load(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("KAFKA_BOOTSTRAP_SERVERS", "broker:9092");
        return PublishConfig.from(ConfigSource.load(PublishConfig.DEFAULTS, all));
    }

    @Test
    void defaultsGiveTheDocumentedSettings() {
        PublishConfig config = load(Map.of());
        assertEquals("broker:9092", config.kafka().bootstrapServers());
        assertEquals("", config.topicPrefix());
        assertEquals(6, config.topicPartitions());
        assertTrue(config.topicReplication().automatic(), "replication follows the cluster");
        assertTrue(config.streams().replication().automatic(), "replication follows the cluster");
        assertNull(config.stateDir());
        assertEquals(100, config.commitIntervalMs());
        assertEquals("newsdesk-publish", config.applicationId());
        assertEquals(8081, config.port());
        assertEquals(2 * Runtime.getRuntime().availableProcessors(), config.httpThreads());
        assertEquals(List.of("crime-law-justice"), config.routes().slices());
        assertEquals("crime-law-justice=topic:medtop:02000000", config.routes().toString());
        assertEquals(Duration.ofMillis(250), config.embargoCheckInterval());
        assertEquals(18, config.digestHour());
        assertEquals(ZoneId.of("America/New_York"), config.timeZone());
        assertEquals(Freshness.DEFAULT, config.searchFreshness());
    }

    @Test
    void environmentOverridesDefaults() {
        PublishConfig config = load(Map.ofEntries(
                Map.entry("NEWSDESK_TOPIC_PREFIX", "t1-"),
                Map.entry("NEWSDESK_PUBLISH_APPLICATION_ID", "publish-blue"),
                Map.entry("NEWSDESK_PUBLISH_PORT", "9081"),
                Map.entry("NEWSDESK_PUBLISH_HTTP_THREADS", "3"),
                Map.entry("NEWSDESK_STATE_DIR", "/var/lib/newsdesk"),
                Map.entry("NEWSDESK_ROUTES", "courts=section:courts,wire=source:wire"),
                Map.entry("NEWSDESK_EMBARGO_CHECK_INTERVAL", "1s"),
                Map.entry("NEWSDESK_DIGEST_HOUR", "7"),
                Map.entry("NEWSDESK_TIME_ZONE", "Europe/Berlin"),
                Map.entry("NEWSDESK_SEARCH_FRESHNESS_HALF_LIFE", "7d"),
                Map.entry("NEWSDESK_SEARCH_FRESHNESS_FLOOR", "0.85"),
                Map.entry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")));
        assertEquals("t1-", config.topicPrefix());
        assertEquals("publish-blue", config.applicationId());
        assertEquals(9081, config.port());
        assertEquals(3, config.httpThreads());
        assertEquals("/var/lib/newsdesk", config.stateDir());
        assertEquals(List.of("courts", "wire"), config.routes().slices());
        assertEquals(Duration.ofSeconds(1), config.embargoCheckInterval());
        assertEquals(7, config.digestHour());
        assertEquals(ZoneId.of("Europe/Berlin"), config.timeZone());
        assertEquals("SASL_SSL", config.kafka().common().get("security.protocol"));
        assertEquals(new Freshness(Duration.ofDays(7), 0.85f), config.searchFreshness());
    }

    @Test
    void emptyRoutesMeanNoSlices() {
        assertTrue(load(Map.of("NEWSDESK_ROUTES", "")).routes().slices().isEmpty());
    }

    @Test
    void badValuesNameTheirKey() {
        assertKeyError("KAFKA_BOOTSTRAP_SERVERS", () -> PublishConfig.from(ConfigSource.of(PublishConfig.DEFAULTS)));
        assertKeyError("NEWSDESK_ROUTES", () -> load(Map.of("NEWSDESK_ROUTES", "crime=medtop")));
        assertKeyError("NEWSDESK_EMBARGO_CHECK_INTERVAL", () -> load(Map.of("NEWSDESK_EMBARGO_CHECK_INTERVAL", "5s")));
        assertKeyError("NEWSDESK_DIGEST_HOUR", () -> load(Map.of("NEWSDESK_DIGEST_HOUR", "24")));
        assertKeyError("NEWSDESK_TIME_ZONE", () -> load(Map.of("NEWSDESK_TIME_ZONE", "Mars/Olympus")));
        assertKeyError("NEWSDESK_PUBLISH_PORT", () -> load(Map.of("NEWSDESK_PUBLISH_PORT", "70000")));
        assertKeyError("NEWSDESK_PUBLISH_HTTP_THREADS", () -> load(Map.of("NEWSDESK_PUBLISH_HTTP_THREADS", "0")));
        assertKeyError("NEWSDESK_TOPIC_PARTITIONS", () -> load(Map.of("NEWSDESK_TOPIC_PARTITIONS", "0")));
        assertKeyError("NEWSDESK_SEARCH_FRESHNESS_HALF_LIFE", () -> load(Map.of("NEWSDESK_SEARCH_FRESHNESS_HALF_LIFE", "0s")));
        for (String floor : new String[] {"0", "1.5", "-0.2", "NaN", "seven"}) {
            assertKeyError("NEWSDESK_SEARCH_FRESHNESS_FLOOR", () -> load(Map.of("NEWSDESK_SEARCH_FRESHNESS_FLOOR", floor)));
        }
    }

    private static void assertKeyError(String key, org.junit.jupiter.api.function.Executable load) {
        ConfigException e = assertThrows(ConfigException.class, load);
        assertEquals(key, e.key(), e.getMessage());
        assertTrue(e.getMessage().startsWith(key), e.getMessage());
    }
}
