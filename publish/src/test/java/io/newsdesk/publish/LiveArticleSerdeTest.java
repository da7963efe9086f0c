package io.newsdesk.publish;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.rules.LiveArticle;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class LiveArticleSerdeTest {
    private final LiveArticleSerde serde = new LiveArticleSerde();

    @Test
    void roundTripsStateSlicesAndTheWholeRecord() {
        Instant t = Instant.parse("2025-03-04T15:00:00Z");
        PublishedArticle record = PublishedArticle.newBuilder().setArticleId("a1").setVersion(3).setSlug("ferry-a1")
                .setFirstPublishedAt(t).setPublishedAt(t.plusSeconds(90))
                .setCorrections(List.of(Correction.newBuilder().setVersion(3).setNote("Seven, not six.").setAt(t).build()))
                .setArticle(article("a1").version(3).build()).build();
        LiveArticle live = new LiveArticle(LiveArticle.State.WITHHELD, record, List.of("crime-law-justice", "courts"));
        byte[] bytes = serde.serializer().serialize("changelog", live);
        assertEquals(live, serde.deserializer().deserialize("changelog", bytes));
    }

    @Test
    void nullStaysNullSoDeletesReachTheChangelog() {
        assertNull(serde.serializer().serialize("changelog", null));
        assertNull(serde.deserializer().deserialize("changelog", null));
    }

    @Test
    void unknownFormatIsAClearSerializationError() {
        var e = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("changelog", new byte[] {9, 0, 0}));
        assertTrue(e.getMessage().contains("unknown live article format 9"), e.getMessage());
    }
}
