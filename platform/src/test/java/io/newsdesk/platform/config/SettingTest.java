package io.newsdesk.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingTest {
    private static final Setting<Integer> PORT = Setting.integer("NEWSDESK_X", 8080, 1, 65_535, "a port");
    private static final Setting<Duration> WAIT = Setting.duration("NEWSDESK_WAIT", "2s", Duration.ofMillis(100),
            Duration.ofMinutes(1), "a wait");

    @Test
    void theDefaultAppliesWhenNothingIsConfiguredOrTheValueIsBlank() {
        assertEquals(8080, PORT.read(ConfigSource.of(Map.of())));
        assertEquals(8080, PORT.read(ConfigSource.of(Map.of("NEWSDESK_X", "  "))));
        assertEquals(9, PORT.read(ConfigSource.of(Map.of("NEWSDESK_X", " 9 "))));
        assertEquals(Duration.ofSeconds(2), WAIT.read(ConfigSource.of(Map.of())));
        assertEquals(Duration.ofMillis(500), WAIT.read(ConfigSource.of(Map.of("NEWSDESK_WAIT", "500ms"))));
    }

    @Test
    void aRefusedValueNamesTheKeyTheRequirementAndTheValue() {
        assertEquals("NEWSDESK_X: must be a whole number between 1 and 65535, was 'abc'", assertThrows(ConfigException.class,
                () -> PORT.read(ConfigSource.of(Map.of("NEWSDESK_X", "abc")))).getMessage());
        ConfigException tooBig = assertThrows(ConfigException.class,
                () -> PORT.read(ConfigSource.of(Map.of("NEWSDESK_X", "70000"))));
        assertEquals("NEWSDESK_X: must be a whole number between 1 and 65535, was '70000'", tooBig.getMessage());
        assertEquals("NEWSDESK_X", tooBig.key());
        assertEquals("NEWSDESK_WAIT: must be a duration between 100ms and 1m (e.g. 30s, 5m, PT1H), was 'soon'",
                assertThrows(ConfigException.class, () -> WAIT.read(ConfigSource.of(Map.of("NEWSDESK_WAIT", "soon"))))
                        .getMessage());
        assertEquals("NEWSDESK_WAIT: must be a duration between 100ms and 1m (e.g. 30s, 5m, PT1H), was '2m'",
                assertThrows(ConfigException.class, () -> WAIT.read(ConfigSource.of(Map.of("NEWSDESK_WAIT", "2m"))))
                        .getMessage());
    }

    @Test
    void aFurtherCheckNamesItsOwnRequirement() {
        Setting<Duration> minutes = Setting.duration("NEWSDESK_WAIT", "1m", Duration.ZERO, Duration.ofHours(1), "a wait")
                .andRequire(d -> d.toSeconds() % 60 == 0, "must be whole minutes");
        assertEquals(Duration.ofMinutes(1), minutes.read(ConfigSource.of(Map.of("NEWSDESK_WAIT", "1m"))));
        assertEquals("NEWSDESK_WAIT: must be whole minutes, was '90s'", assertThrows(ConfigException.class,
                () -> minutes.read(ConfigSource.of(Map.of("NEWSDESK_WAIT", "90s")))).getMessage());
    }

    @Test
    void aBlankValueIsTheDefaultUnlessBlankIsDeclaredAValue() {
        Setting<String> routes = Setting.text("NEWSDESK_R", "a=b", "routes");
        assertEquals("a=b", routes.read(ConfigSource.of(Map.of("NEWSDESK_R", ""))));
        assertEquals("", routes.blankIsAValue().read(ConfigSource.of(Map.of("NEWSDESK_R", " "))));
        assertEquals("a=b", routes.blankIsAValue().read(ConfigSource.of(Map.of())));
    }

    @Test
    void aSecretValueIsMaskedInTheMessage() {
        Setting<Integer> ttl = Setting.integer("NEWSDESK_TOKEN_TTL", 1, 1, 10, "ttl");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ttl.read(ConfigSource.of(Map.of("NEWSDESK_TOKEN_TTL", "hunter2"))));
        assertEquals("NEWSDESK_TOKEN_TTL: must be a whole number between 1 and 10, was '****'", e.getMessage());
    }

    @Test
    void withoutADefaultTheSettingIsAbsentOrRequired() {
        Setting<String> file = Setting.text("NEWSDESK_FILE", null, "a file");
        assertEquals(Optional.empty(), file.readOptional(ConfigSource.of(Map.of())));
        assertEquals("NEWSDESK_FILE is required",
                assertThrows(ConfigException.class, () -> file.read(ConfigSource.of(Map.of()))).getMessage());
    }

    @Test
    void aDefaultItsOwnSettingRefusesFailsAtDeclaration() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Setting.integer("NEWSDESK_Y", 0, 1, 10, "refused default"));
        assertTrue(e.getMessage().startsWith("NEWSDESK_Y: must be a whole number between 1 and 10"), e.getMessage());
    }

    @Test
    void theDocumentedDefaultIsTheValueEmptyOrTheDescription() {
        assertEquals("`8080`", PORT.documentedDefault());
        assertEquals("empty", Setting.text("A", "", "a").documentedDefault());
        assertEquals("", Setting.text("A", null, "a").documentedDefault());
        assertEquals("Streams' default", Setting.text("A", null, "a").shownAs("Streams' default").documentedDefault());
    }

    @Test
    void tablesShareDeclarationsButRefuseAKeyDeclaredTwice() {
        Setting<String> a = Setting.text("A", "1", "a");
        assertEquals(List.of(a, PORT), Setting.table(List.of(a), List.of(a, PORT)));
        assertEquals(Map.of("A", "1", "NEWSDESK_X", "8080"), Setting.defaults(List.of(a, PORT)));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> Setting.table(List.of(a), List.of(Setting.text("A", "2", "again"))));
        assertTrue(twice.getMessage().contains("A is declared twice"), twice.getMessage());
    }
}
