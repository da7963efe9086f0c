package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchiveArticlesTest {
    private static final Instant END = Instant.parse("2026-11-30T12:00:00Z");
    private final ArchiveArticles articles = new ArchiveArticles(42, 1000, END);

    @Test
    void articleIIsAlwaysTheSameWithItsIdSlugAndPlaceInTime() {
        PublishedArticle a = articles.article(17);
        assertEquals(a, new ArchiveArticles(42, 1000, END).article(17));
        assertEquals(ArchiveArticles.articleId(17), a.getArticleId());
        assertEquals(ArchiveArticles.slug(17), a.getSlug());
        assertEquals(END, articles.firstPublished(999), "the newest article ends the archive");
        assertEquals(END.minus(ArchiveArticles.SPACING.multipliedBy(999)), a.getFirstPublishedAt().minus(ArchiveArticles.SPACING.multipliedBy(17)));
        assertFalse(ArchiveArticles.articleId(17).equals(ArchiveArticles.articleId(18)));
    }

    @Test
    void recordsHaveTheShapeAndSizeOfPublishedOnes() {
        AvroSerde<PublishedArticle> serde = AvroSerde.of(PublishedArticle.class);
        for (int i = 0; i < 50; i++) {
            PublishedArticle a = articles.article(i);
            int bytes = serde.serializer().serialize("t", a).length;
            assertTrue(bytes > 2 * 1024 && bytes < 40 * 1024, "record " + i + " is " + bytes + " bytes");
            assertFalse(a.getArticle().getTopics().isEmpty());
            assertEquals(3, a.getArticle().getEntities().size());
            assertTrue(a.getArticle().getContent().getHtml().startsWith("<p>"));
            assertFalse(a.getArticle().getSummary().isBlank());
        }
    }
}
