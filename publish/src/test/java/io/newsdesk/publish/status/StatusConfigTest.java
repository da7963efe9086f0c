package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatusConfigTest {
    @Test
    void defaultsWatchTheLocalIngestAndBothStreamsApplications() {
        StatusConfig config = StatusConfig.from(ConfigSource.of(Map.of()));
        assertEquals(new StatusConfig(Optional.of(URI.create("http://localhost:8080")), Duration.ofSeconds(2),
                Duration.ofMinutes(15), Duration.ofMillis(1500), List.of("newsdesk-enrich", "newsdesk-publish")), config);
        assertEquals(config, StatusConfig.from(ConfigSource.of(StatusConfig.DEFAULTS)));
    }

    @Test
    void readsApplicationIdsExtraGroupsAndOff() {
        StatusConfig config = StatusConfig.from(ConfigSource.of(Map.of(
                StatusConfig.INGEST_URL, "OFF",
                StatusConfig.PUBLISH_APPLICATION_ID, "t1-publish",
                StatusConfig.GROUPS, " audit , t1-publish,,search-indexer",
                StatusConfig.WINDOW, "5m",
                StatusConfig.INTERVAL, "500ms")));
        assertFalse(config.ingestUrl().isPresent());
        assertEquals(List.of("newsdesk-enrich", "t1-publish", "audit", "search-indexer"), config.groups());
        assertEquals(5, config.windowMinutes());
        assertEquals(Duration.ofMillis(500), config.interval());
    }

    @Test
    void refusesBadValuesNamingTheKey() {
        assertEquals("NEWSDESK_INGEST_URL: must be an http:// or https:// URL, or off, was 'localhost:8080'",
                assertThrows(ConfigException.class, () -> StatusConfig.from(ConfigSource.of(
                        Map.of(StatusConfig.INGEST_URL, "localhost:8080")))).getMessage());
        assertEquals(StatusConfig.INGEST_URL, assertThrows(ConfigException.class, () -> StatusConfig.from(ConfigSource.of(
                Map.of(StatusConfig.INGEST_URL, "http://admin:secret@ingest:8080")))).key());
        assertEquals(StatusConfig.WINDOW, assertThrows(ConfigException.class, () -> StatusConfig.from(ConfigSource.of(
                Map.of(StatusConfig.WINDOW, "90s")))).key());
        assertEquals(StatusConfig.INTERVAL, assertThrows(ConfigException.class, () -> StatusConfig.from(ConfigSource.of(
                Map.of(StatusConfig.INTERVAL, "10ms")))).key());
        assertEquals("NEWSDESK_STATUS_WINDOW: must be whole minutes between 1m and 2h, was '90s'",
                assertThrows(ConfigException.class, () -> StatusConfig.from(ConfigSource.of(
                        Map.of(StatusConfig.WINDOW, "90s")))).getMessage());
    }
}
