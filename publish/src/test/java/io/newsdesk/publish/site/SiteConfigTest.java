package io.newsdesk.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteConfigTest {
    @Test
    void defaultsDescribeALocalSiteInNewYork() {
        SiteConfig config = SiteConfig.from(ConfigSource.load(SiteConfig.DEFAULTS, Map.of()));
        assertEquals(new SiteConfig("Newsdesk", "http://localhost:8081", ZoneId.of("America/New_York"), 20), config);
    }

    @Test
    void environmentOverridesAndTheBaseUrlLosesItsTrailingSlash() {
        SiteConfig config = SiteConfig.from(ConfigSource.load(SiteConfig.DEFAULTS, Map.of(
                "NEWSDESK_SITE_TITLE", "Harlow Courts Daily",
                "NEWSDESK_BASE_URL", "https://news.example.org/daily/",
                "NEWSDESK_TIME_ZONE", "Europe/Berlin",
                "NEWSDESK_PAGE_SIZE", "5")));
        assertEquals(new SiteConfig("Harlow Courts Daily", "https://news.example.org/daily", ZoneId.of("Europe/Berlin"), 5), config);
    }

    @Test
    void malformedValuesFailWithTheKeyName() {
        ConfigException zone = assertThrows(ConfigException.class, () -> SiteConfig.from(ConfigSource.of(Map.of("NEWSDESK_TIME_ZONE", "Mars/Olympus"))));
        assertEquals("NEWSDESK_TIME_ZONE", zone.key());
        ConfigException url = assertThrows(ConfigException.class, () -> SiteConfig.from(ConfigSource.of(Map.of("NEWSDESK_BASE_URL", "javascript:alert(1)"))));
        assertEquals("NEWSDESK_BASE_URL", url.key());
        ConfigException size = assertThrows(ConfigException.class, () -> SiteConfig.from(ConfigSource.of(Map.of("NEWSDESK_PAGE_SIZE", "0"))));
        assertEquals("NEWSDESK_PAGE_SIZE", size.key());
        ConfigException notNumber = assertThrows(ConfigException.class, () -> SiteConfig.from(ConfigSource.of(Map.of("NEWSDESK_PAGE_SIZE", "many"))));
        assertTrue(notNumber.getMessage().contains("NEWSDESK_PAGE_SIZE"));
    }
}
