package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.publish.site.TestArticles;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SitemapQueriesTest {
    private static final Instant MARCH = Instant.parse("2025-03-14T14:00:00Z");
    private static final Instant APRIL = Instant.parse("2025-04-01T00:00:00Z");
    private final ArticleIndex index = ArticleIndex.inMemory(Clock.systemUTC());

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void oneSitemapPerMonthSplitIntoPartsInOrderOfFirstPublication() {
        for (int i = 0; i < 5; i++) {
            index.apply("m" + i, article("m" + i).firstPublished(MARCH.plusSeconds(i)).published(MARCH.plusSeconds(100 + i)).build(), null);
        }
        index.apply("a0", article("a0").firstPublished(APRIL).build(), null);
        index.apply("gone", article("gone").firstPublished(Instant.parse("2025-02-10T00:00:00Z")).build(), null);
        index.apply("gone", null, "RETRACTED");
        index.refresh();
        SitemapQueries sitemaps = index.sitemaps().withPartSize(2);

        assertEquals(List.of(new SitemapQueries.MonthSitemap(YearMonth.of(2025, 3), 1, MARCH.plusSeconds(104)),
                new SitemapQueries.MonthSitemap(YearMonth.of(2025, 3), 2, MARCH.plusSeconds(104)),
                new SitemapQueries.MonthSitemap(YearMonth.of(2025, 3), 3, MARCH.plusSeconds(104)),
                new SitemapQueries.MonthSitemap(YearMonth.of(2025, 4), 1, APRIL)), sitemaps.months(),
                "February's only article was retracted: no sitemap for it");
        assertEquals(List.of("pill-press-verdict-m0", "pill-press-verdict-m1"), slugs(sitemaps.entries(YearMonth.of(2025, 3), 1)));
        assertEquals(List.of("pill-press-verdict-m2", "pill-press-verdict-m3"), slugs(sitemaps.entries(YearMonth.of(2025, 3), 2)));
        assertEquals(List.of("pill-press-verdict-m4"), slugs(sitemaps.entries(YearMonth.of(2025, 3), 3)));
        assertEquals(MARCH.plusSeconds(104), sitemaps.entries(YearMonth.of(2025, 3), 3).get(0).lastModified());
        assertEquals(List.of(), sitemaps.entries(YearMonth.of(2025, 3), 4));
        assertEquals(List.of(), sitemaps.entries(YearMonth.of(2025, 2), 1));
        assertEquals(List.of("pill-press-verdict-m0", "pill-press-verdict-m1", "pill-press-verdict-m2", "pill-press-verdict-m3",
                "pill-press-verdict-m4"), slugs(index.sitemaps().entries(YearMonth.of(2025, 3), 1)), "50,000 a part by default");
    }

    @Test
    void theMonthIsTheFirstPublicationsInUtc() {
        index.apply("late", article("late").firstPublished(Instant.parse("2025-03-31T23:30:00Z")).topics(TestArticles.elections()).build(), null);
        index.refresh();
        assertEquals(YearMonth.of(2025, 3), index.sitemaps().months().get(0).month());
    }

    private static List<String> slugs(List<SitemapQueries.Entry> entries) {
        return entries.stream().map(SitemapQueries.Entry::slug).toList();
    }
}
