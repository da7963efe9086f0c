package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.EnrichedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmbargoGateTest {
    private static final Instant NOW = Instant.parse("2025-03-04T15:00:00Z");

    @Test
    void articleWithoutEmbargoIsNotHeld() {
        assertFalse(EmbargoGate.holds(article("a1").build(), NOW));
    }

    @Test
    void embargoInTheFutureHoldsUntilItsEnd() {
        EnrichedArticle embargoed = article("a1").embargoedUntil(NOW.plusSeconds(60)).build();
        assertTrue(EmbargoGate.holds(embargoed, NOW));
        assertFalse(EmbargoGate.due(embargoed, NOW.plusSeconds(59)));
        assertTrue(EmbargoGate.due(embargoed, NOW.plusSeconds(60)), "due at the very instant the embargo ends");
    }

    @Test
    void embargoAlreadyPassedDoesNotHold() {
        assertFalse(EmbargoGate.holds(article("a1").embargoedUntil(NOW.minusSeconds(1)).build(), NOW));
    }
}
