package io.newsdesk.publish.site.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.publish.site.SiteConfig;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PageLayoutTest {
    private final PageLayout layout = new PageLayout(new SiteConfig("The Ledger", "https://news.example.org",
            ZoneId.of("America/New_York"), 20));

    @Test
    void aStampGivesTheInstantAndTheNewsroomsLocalTimeWithItsZoneOnEitherSideOfDaylightSaving() {
        assertEquals(new PageLayout.Stamp("2026-01-15T09:30:00-05:00", "January 15, 2026, 9:30 AM EST"),
                layout.stamp(Instant.parse("2026-01-15T14:30:00Z")));
        assertEquals(new PageLayout.Stamp("2026-07-04T18:05:00-04:00", "July 4, 2026, 6:05 PM EDT"),
                layout.stamp(Instant.parse("2026-07-04T22:05:00Z")));
    }

    @Test
    void stampsKeptForReuseAreTheSameAsStampsFormattedAfresh() {
        // More instants than are kept, twice over, so kept, evicted and re-formatted stamps are all compared.
        Instant start = Instant.parse("2026-03-08T00:00:00Z");
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < PageLayout.STAMPS_KEPT * 2; i++) {
                Instant at = start.plusSeconds(i * 97L);
                if (i % 1_000 == 0) {
                    PageLayout fresh = new PageLayout(new SiteConfig("The Ledger", "https://news.example.org",
                            ZoneId.of("America/New_York"), 20));
                    assertEquals(fresh.stamp(at), layout.stamp(at), at.toString());
                } else {
                    layout.stamp(at);
                }
            }
        }
        Instant at = start.plusSeconds(5 * 97L);
        assertEquals(layout.stamp(at), layout.stamp(at));
        assertEquals("2026-03-07T19:08:05-05:00", layout.stamp(at).machine());
    }
}
