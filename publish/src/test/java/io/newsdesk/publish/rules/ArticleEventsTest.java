package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EventType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleEventsTest {
    private static final Instant AT = Instant.parse("2025-03-04T15:00:00Z");

    @Test
    void eventIdIsDeterminedByArticleVersionAndType() {
        assertEquals(ArticleEvents.eventId("a1", 2, EventType.UPDATED), ArticleEvents.eventId("a1", 2, EventType.UPDATED));
        assertEquals("a1:v2:UPDATED", ArticleEvents.eventId("a1", 2, EventType.UPDATED));
        assertNotEquals(ArticleEvents.eventId("a1", 2, EventType.UPDATED), ArticleEvents.eventId("a1", 2, EventType.CORRECTED));
        assertNotEquals(ArticleEvents.eventId("a1", 2, EventType.UPDATED), ArticleEvents.eventId("a1", 3, EventType.UPDATED));
    }

    @Test
    void publicationTypeDependsOnWhetherTheArticleIsOnTheSiteAndOnTheNote() {
        assertEquals(EventType.PUBLISHED, ArticleEvents.publicationType(false, article("a1").build()));
        assertEquals(EventType.PUBLISHED, ArticleEvents.publicationType(false, article("a1").correction("x").build()));
        assertEquals(EventType.UPDATED, ArticleEvents.publicationType(true, article("a1").version(2).build()));
        assertEquals(EventType.CORRECTED, ArticleEvents.publicationType(true,
                article("a1").version(2).correction("The council has seven members.").build()));
    }

    @Test
    void eventCarriesTheVersionsIdentityAndItsReceiveTime() {
        Instant received = Instant.parse("2025-03-04T14:59:58Z");
        ArticleEvent event = ArticleEvents.of(EventType.CORRECTED, article("a1").version(3).source("wire")
                        .correction("The council has seven members.").receivedAt(received).build(),
                "ferry-a1", "Council approves ferry schedule", AT);
        assertEquals("a1:v3:CORRECTED", event.getEventId());
        assertEquals(EventType.CORRECTED, event.getType());
        assertEquals("a1", event.getArticleId());
        assertEquals(3, event.getVersion());
        assertEquals("ferry-a1", event.getSlug());
        assertEquals("Council approves ferry schedule", event.getHeadline());
        assertEquals("wire", event.getSource());
        assertEquals("The council has seven members.", event.getCorrectionNote());
        assertEquals(AT, event.getAt());
        assertEquals(received, event.getReceivedAt());
    }

    @Test
    void onlyCorrectedEventsCarryTheNote() {
        ArticleEvent event = ArticleEvents.of(EventType.PUBLISHED, article("a1").correction("note").build(), "s", "h", AT);
        assertNull(event.getCorrectionNote());
    }
}
