package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StableSlugTest {
    @Test
    void firstPublicationUsesTheEnrichedSlug() {
        assertEquals("ferry-schedule-a1", StableSlug.choose(null, article("a1").slug("ferry-schedule-a1").build()));
    }

    @Test
    void laterVersionsKeepTheFirstSlugEvenWhenTheHeadlineChanged() {
        PublishedArticle first = PublishedArticle.newBuilder().setArticleId("a1").setVersion(1)
                .setSlug("ferry-schedule-a1").setFirstPublishedAt(Instant.EPOCH).setPublishedAt(Instant.EPOCH)
                .setCorrections(List.of()).setArticle(article("a1").build()).build();
        assertEquals("ferry-schedule-a1", StableSlug.choose(first,
                article("a1").version(2).slug("council-delays-ferry-schedule-a1").build()));
    }

    @Test
    void emptyEnrichedSlugFallsBackToTheArticleId() {
        assertEquals("a1", StableSlug.choose(null, article("a1").slug("").build()));
    }
}
