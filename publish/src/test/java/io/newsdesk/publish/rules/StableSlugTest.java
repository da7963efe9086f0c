package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StableSlugTest {
    @Test
    void firstPublicationUsesTheEnrichedSlug() {
        assertEquals("ferry-schedule-a1", StableSlug.choose(null, article("a1").slug("ferry-schedule-a1").build()));
    }

    @Test
    void laterVersionsKeepTheFirstSlugEvenWhenTheHeadlineChanged() {
        assertEquals("ferry-schedule-a1", StableSlug.choose("ferry-schedule-a1",
                article("a1").version(2).slug("council-delays-ferry-schedule-a1").build()));
    }

    @Test
    void emptyEnrichedSlugFallsBackToTheArticleId() {
        assertEquals("a1", StableSlug.choose(null, article("a1").slug("").build()));
    }
}
