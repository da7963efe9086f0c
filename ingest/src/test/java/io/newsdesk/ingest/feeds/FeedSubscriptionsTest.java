package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedSubscriptionsTest {

    @Test
    void defaultsPollNothingEveryFiveMinutes() {
        FeedSubscriptions feeds = FeedSubscriptions.from(ConfigSource.of(FeedSubscriptions.DEFAULTS));

        assertEquals(List.of(), feeds.feeds());
        assertFalse(feeds.enabled());
        assertEquals(Duration.ofSeconds(300), feeds.pollInterval());
    }

    @Test
    void readsSourceUrlPairsInOrderWithSpacesAroundThem() {
        FeedSubscriptions feeds = FeedSubscriptions.from(ConfigSource.of(Map.of(
                FeedSubscriptions.FEEDS, " wire=https://wire.riverton.test/rss , courts = http://courts.test:8081/atom.xml?x=1",
                FeedSubscriptions.POLL_SECONDS, "60")));

        assertEquals(List.of(
                new FeedSubscription("wire", URI.create("https://wire.riverton.test/rss")),
                new FeedSubscription("courts", URI.create("http://courts.test:8081/atom.xml?x=1"))), feeds.feeds());
        assertTrue(feeds.enabled());
        assertEquals(Duration.ofSeconds(60), feeds.pollInterval());
    }

    @Test
    void anEntryWithoutEqualsSignIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedSubscriptions.parse("wire=https://a.test/rss,https://b.test/rss"));

        assertEquals("entry 2 \"https://b.test/rss\" is not source=url", e.getMessage());
    }

    @Test
    void aUrlThatIsNotHttpIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedSubscriptions.parse("wire=file:///etc/passwd"));

        assertEquals("entry 1 \"wire=file:///etc/passwd\": url must be an absolute http or https URL", e.getMessage());
    }

    @Test
    void aRelativeOrMissingUrlIsRefused() {
        assertEquals("entry 1 \"wire=/rss\": url must be an absolute http or https URL",
                assertThrows(IllegalArgumentException.class, () -> FeedSubscriptions.parse("wire=/rss")).getMessage());
        assertEquals("entry 1 \"wire=\": url is missing",
                assertThrows(IllegalArgumentException.class, () -> FeedSubscriptions.parse("wire=")).getMessage());
    }

    @Test
    void aMalformedUrlIsRefusedWithWhereItBreaks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedSubscriptions.parse("wire=https://a.test/r ss"));

        assertTrue(e.getMessage().startsWith("entry 1 \"wire=https://a.test/r ss\": url is not a valid URI (Illegal character in path at index 16"),
                e.getMessage());
    }

    @Test
    void anInvalidSourceIsRefusedWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedSubscriptions.parse("the wire=https://a.test/rss"));

        assertTrue(e.getMessage().startsWith("entry 1 \"the wire=https://a.test/rss\": source must be 1-64 letters"),
                e.getMessage());
    }

    @Test
    void credentialsInAUrlAreRefusedWithoutRepeatingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeedSubscriptions.parse("wire=https://bob:hunter2@a.test/rss"));

        assertEquals("entry 1 \"wire=https://***@a.test/rss\": url must not contain credentials (user:password@)",
                e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void aStrayCommaAndADuplicateUrlAreRefused() {
        assertEquals("entry 2 is empty (a stray comma?)", assertThrows(IllegalArgumentException.class,
                () -> FeedSubscriptions.parse("wire=https://a.test/rss,")).getMessage());
        assertEquals("entry 2 \"other=https://a.test/rss\": https://a.test/rss is listed twice",
                assertThrows(IllegalArgumentException.class,
                        () -> FeedSubscriptions.parse("wire=https://a.test/rss,other=https://a.test/rss")).getMessage());
    }

    @Test
    void configErrorsNameTheKey() {
        ConfigException bad = assertThrows(ConfigException.class, () -> FeedSubscriptions.from(ConfigSource.of(Map.of(
                FeedSubscriptions.FEEDS, "wire"))));
        assertEquals("NEWSDESK_FEEDS is invalid: entry 1 \"wire\" is not source=url", bad.getMessage());

        ConfigException tooOften = assertThrows(ConfigException.class, () -> FeedSubscriptions.from(ConfigSource.of(Map.of(
                FeedSubscriptions.POLL_SECONDS, "4"))));
        assertEquals("NEWSDESK_FEED_POLL_SECONDS: must be a whole number between 5 and 86400, was '4'", tooOften.getMessage());
    }
}
