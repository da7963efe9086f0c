package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshnessTest {
    private static final long NOW = Instant.parse("2026-12-04T10:00:00Z").toEpochMilli();

    private static float ageOf(Duration age) {
        return Freshness.DEFAULT.factor(NOW - age.toMillis(), NOW);
    }

    @Test
    void aNewArticleCountsInFullAndLosesHalfOfItsLeadEveryHalfLife() {
        assertEquals(1f, ageOf(Duration.ZERO));
        assertEquals(0.85f, ageOf(Freshness.DEFAULT_HALF_LIFE), 1e-6);
        assertEquals(0.775f, ageOf(Freshness.DEFAULT_HALF_LIFE.multipliedBy(2)), 1e-6);
        assertEquals(0.955f, ageOf(Duration.ofDays(7)), 0.005, "a week old");
    }

    @Test
    void anOldArticleKeepsTheFloorAndOneFromTheFutureCountsAsNew() {
        assertEquals(Freshness.DEFAULT_FLOOR, ageOf(Duration.ofDays(3650)), 1e-6);
        assertEquals(Freshness.DEFAULT_FLOOR, Freshness.DEFAULT.factor(0, NOW), 1e-6, "the epoch");
        assertEquals(1f, Freshness.DEFAULT.factor(NOW + 60_000, NOW), "dated a minute ahead of this clock");
    }

    @Test
    void aDeskSetsItsOwnHalfLifeAndFloor() {
        Freshness archiveDesk = new Freshness(Duration.ofDays(7), 0.9f);
        assertEquals(0.95f, archiveDesk.factor(NOW - Duration.ofDays(7).toMillis(), NOW), 1e-6);
        assertEquals(0.9f, archiveDesk.factor(0, NOW), 1e-6);
        assertEquals(1f, new Freshness(Duration.ofDays(30), 1f).factor(0, NOW), "a floor of 1: no freshness");
    }

    @Test
    void aHalfLifeThatIsNotPositiveOrAFloorOutsideZeroToOneIsRefused() {
        assertEquals("the freshness half-life must be positive, got PT0S",
                assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ZERO, 0.7f)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ofDays(-1), 0.7f));
        assertEquals("the freshness floor must be above 0 and at most 1, got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ofDays(30), 0f)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ofDays(30), 1.5f));
        assertThrows(IllegalArgumentException.class, () -> new Freshness(Duration.ofDays(30), Float.NaN));
    }

    /** What lets a search stop early: walking a segment newest first, the factor never rises. */
    @Test
    void theFactorNeverRisesWithAge() {
        float previous = 1f;
        for (long age = 0; age < Duration.ofDays(800).toMillis(); age += 997_001) {
            float f = Freshness.DEFAULT.factor(NOW - age, NOW);
            assertTrue(f <= previous && f >= Freshness.DEFAULT_FLOOR, "at age " + age + " ms: " + f + " after " + previous);
            previous = f;
        }
    }
}
