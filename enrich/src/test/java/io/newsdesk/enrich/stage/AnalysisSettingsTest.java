package io.newsdesk.enrich.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {
    @Test
    void defaultsAreEightKeywordsAndSixtyWordSummaries() {
        assertEquals(new AnalysisSettings(8, 60), AnalysisSettings.defaults());
    }

    @Test
    void readsBothKeys() {
        assertEquals(new AnalysisSettings(3, 40), AnalysisSettings.from(ConfigSource.of(Map.of(
                "NEWSDESK_ENRICH_MAX_KEYWORDS", "3", "NEWSDESK_ENRICH_SUMMARY_WORDS", "40"))));
    }

    @Test
    void outOfRangeValuesNameTheirKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> AnalysisSettings.from(ConfigSource.of(Map.of(
                "NEWSDESK_ENRICH_MAX_KEYWORDS", "0"))));
        assertEquals("NEWSDESK_ENRICH_MAX_KEYWORDS", e.key());
        ConfigException words = assertThrows(ConfigException.class, () -> AnalysisSettings.from(ConfigSource.of(Map.of(
                "NEWSDESK_ENRICH_SUMMARY_WORDS", "many"))));
        assertTrue(words.getMessage().contains("NEWSDESK_ENRICH_SUMMARY_WORDS") && words.getMessage().contains("many")
                && words.getMessage().contains("whole number between 10 and 500"), words.getMessage());
    }
}
