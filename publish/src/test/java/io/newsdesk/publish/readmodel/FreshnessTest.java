package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FreshnessTest {
    private static final long NOW = Instant.parse("2026-12-04T10:00:00Z").toEpochMilli();

    private static float ageOf(Duration age) {
        return Freshness.factor(NOW - age.toMillis(), NOW);
    }

    @Test
    void aNewArticleCountsInFullAndLosesHalfOfItsLeadEveryHalfLife() {
        assertEquals(1f, ageOf(Duration.ZERO));
        assertEquals(0.85f, ageOf(Freshness.HALF_LIFE), 1e-6);
        assertEquals(0.775f, ageOf(Freshness.HALF_LIFE.multipliedBy(2)), 1e-6);
        assertEquals(0.955f, ageOf(Duration.ofDays(7)), 0.005, "a week old");
    }

    @Test
    void anOldArticleKeepsTheFloorAndOneFromTheFutureCountsAsNew() {
        assertEquals(Freshness.FLOOR, ageOf(Duration.ofDays(3650)), 1e-6);
        assertEquals(Freshness.FLOOR, Freshness.factor(0, NOW), 1e-6, "the epoch");
        assertEquals(1f, Freshness.factor(NOW + 60_000, NOW), "dated a minute ahead of this clock");
    }

    /** What lets a search stop early: walking a segment newest first, the factor never rises. */
    @Test
    void theFactorNeverRisesWithAge() {
        float previous = 1f;
        for (long age = 0; age < Duration.ofDays(800).toMillis(); age += 997_001) {
            float f = Freshness.factor(NOW - age, NOW);
            assertTrue(f <= previous && f >= Freshness.FLOOR, "at age " + age + " ms: " + f + " after " + previous);
            previous = f;
        }
    }
}
