package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TeaserTest {
    @Test
    void survivesItsColumnWithAbsentFieldsAndAnyText() {
        Teaser full = new Teaser("id-1", "slug-1", "Jury convicts \u201ccourier\u201d \uD83D\uDE80", Instant.parse("2025-03-14T14:00:00Z"),
                Instant.parse("2025-03-14T15:00:00.123Z"), "By Morgan Reyes", "A summary.", "en", true);
        assertEquals(full, Teaser.decode(full.encode()));
        Teaser sparse = new Teaser("id-2", "slug-2", "Headline", Instant.EPOCH, Instant.EPOCH, null, null, "es-MX", false);
        assertEquals(sparse, Teaser.decode(sparse.encode()));
    }
}
