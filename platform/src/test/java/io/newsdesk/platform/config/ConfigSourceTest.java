package io.newsdesk.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourceTest {

    @Test
    void laterLayersWinDefaultsThenFileThenEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("newsdesk.properties");
        Files.writeString(file, "A=file\nB=file\n");
        ConfigSource config = ConfigSource.load(Map.of("A", "default", "B", "default", "C", "default"),
                Map.of(ConfigSource.CONFIG_FILE_KEY, file.toString(), "B", "env"));
        assertEquals("file", config.string("A"));
        assertEquals("env", config.string("B"));
        assertEquals("default", config.string("C"));
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigSource.of(Map.of()).string("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("KAFKA_BOOTSTRAP_SERVERS is required", e.getMessage());
    }

    @Test
    void blankValuesCountAsAbsent() {
        ConfigSource config = ConfigSource.of(Map.of("X", "  "));
        assertTrue(config.optional("X").isEmpty());
        assertEquals(7, config.integer("X", 7));
    }

    @Test
    void typedGettersNameTheKeyAndValueOnBadInput() {
        ConfigSource config = ConfigSource.of(Map.of("PORT", "eighty", "FLAG", "maybe", "WAIT", "soon"));
        assertEquals("PORT=eighty is not a whole number",
                assertThrows(ConfigException.class, () -> config.integer("PORT", 1)).getMessage());
        assertEquals("FLAG=maybe is not true or false",
                assertThrows(ConfigException.class, () -> config.bool("FLAG", false)).getMessage());
        assertTrue(assertThrows(ConfigException.class, () -> config.duration("WAIT", Duration.ZERO))
                .getMessage().startsWith("WAIT=soon is not a duration"));
    }

    @Test
    void durationsAcceptUnitsAndIso() {
        ConfigSource config = ConfigSource.of(Map.of("A", "500ms", "B", "30s", "C", "5m", "D", "2h", "E", "1d", "F", "PT90S"));
        assertEquals(Duration.ofMillis(500), config.duration("A", null));
        assertEquals(Duration.ofSeconds(30), config.duration("B", null));
        assertEquals(Duration.ofMinutes(5), config.duration("C", null));
        assertEquals(Duration.ofHours(2), config.duration("D", null));
        assertEquals(Duration.ofDays(1), config.duration("E", null));
        assertEquals(Duration.ofSeconds(90), config.duration("F", null));
    }

    @Test
    void secretValuesNeverAppearInErrors() {
        ConfigSource config = ConfigSource.of(Map.of("NEWSDESK_INGEST_TOKEN_TTL", "hunter2"));
        ConfigException e = assertThrows(ConfigException.class, () -> config.integer("NEWSDESK_INGEST_TOKEN_TTL", 0));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void withReplacesValuesAndLeavesTheOriginalAlone() {
        ConfigSource base = ConfigSource.of(Map.of("A", "1"));
        ConfigSource changed = base.with(Map.of("A", "2", "B", "3"));
        assertEquals("1", base.string("A"));
        assertEquals("2", changed.string("A"));
        assertEquals("3", changed.string("B"));
    }
}
