package io.newsdesk.publish.site.pages;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.site.SiteUnderTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchPageTest {
    private final SiteUnderTest site = new SiteUnderTest(2);

    @BeforeEach
    void archive() {
        for (int i = 1; i <= 3; i++) {
            site.index.apply("h" + i, article("h" + i).headline("Harbor story " + i).summary("Summary " + i)
                    .body("", "The harbor <b>dredging</b> goes on, part " + i + ".").firstPublished(T0.plusSeconds(i)).build(), null);
        }
        site.index.apply("k", article("k").headline("Harbor scandal").firstPublished(T0.plusSeconds(9)).build(), null);
        site.index.apply("k", null, "RETRACTED");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Document page(String path, int status) {
        HttpResponse<String> response = site.get(path);
        assertEquals(status, response.statusCode(), path + ": " + response.body());
        assertEquals("text/html; charset=utf-8", site.contentType(response));
        return Jsoup.parse(response.body());
    }

    @Test
    void listsMatchingArticlesWithLinkDateAndTheMatchingPassageMarked() {
        Document doc = page("/search?q=dredging&sort=newest", 200);
        assertEquals("Search: dredging", doc.selectFirst("h1").text());
        assertEquals("3 articles found.", doc.selectFirst(".result-count").text());
        List<Element> results = doc.select("ol.search-results > li");
        assertEquals(2, results.size(), "a page of the site's page size");
        Element first = results.get(0);
        assertEquals("Harbor story 3", first.selectFirst("h2 a").text());
        assertEquals("/articles/pill-press-verdict-h3", first.selectFirst("h2 a").attr("href"));
        assertEquals("2025-03-14T10:00:03-04:00", first.selectFirst("time").attr("datetime"));
        assertEquals("The harbor <b>dredging</b> goes on, part 3.", first.selectFirst(".snippet").text(),
                "the body's text, escaped, never its markup");
        assertEquals(List.of("dredging"), first.select(".snippet mark").eachText());
        assertEquals("dredging", doc.selectFirst("main form input[name=q]").val(), "the form keeps the words");
        assertTrue(doc.selectFirst("main form option[value=newest]").hasAttr("selected"));

        String next = doc.selectFirst("nav.pagination a[rel=next]").attr("href");
        assertEquals("/search?q=dredging&sort=newest&page=2", next);
        Document second = page(next, 200);
        assertEquals(List.of("Harbor story 1"), second.select("ol.search-results h2 a").eachText());
        assertEquals("/search?q=dredging&sort=newest", second.selectFirst("nav.pagination a[rel=prev]").attr("href"));
    }

    @Test
    void aRetractedArticleIsNeverAResult() {
        Document doc = page("/search?q=scandal", 200);
        assertEquals("No articles found.", doc.selectFirst(".result-count").text());
        assertTrue(doc.select("ol.search-results").isEmpty());
    }

    @Test
    void withoutWordsOrFiltersThePageIsTheFormAlone() {
        Document doc = page("/search", 200);
        assertEquals("Search", doc.selectFirst("h1").text());
        assertTrue(doc.select(".result-count").isEmpty());
        assertTrue(doc.selectFirst("main form").attr("action").equals("/search"));
    }

    @Test
    void badParametersGetA400PageNamingEachProblem() {
        Document doc = page("/search?q=harbor&topic=drugs&entity=planet/mars&from=yesterday&sort=best&page=0", 400);
        List<String> problems = doc.select(".problems li").eachText();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("topic: drugs is not a topic code"));
        assertTrue(problems.get(1).startsWith("entity: planet/mars"));
        assertTrue(problems.get(2).startsWith("from: yesterday"));
        assertTrue(problems.get(3).startsWith("sort: best"));
        assertTrue(problems.get(4).startsWith("page: 0"));
        assertEquals("harbor", doc.selectFirst("main form input[name=q]").val());
        assertEquals(400, site.get("/search?q=" + "x".repeat(301)).statusCode());
        assertEquals(400, site.get("/search?q=harbor&page=501").statusCode(), "a search pages through its first 1,000 results");
    }

    @Test
    void filtersFromALinkAreKeptInTheForm() {
        Document doc = page("/search?q=harbor&topic=20000096&source=ledger-cms&from=2025-03-14&to=2025-03-14", 200);
        assertEquals("3 articles found.", doc.selectFirst(".result-count").text());
        assertEquals("20000096", doc.selectFirst("main form input[name=topic]").val());
        assertEquals("ledger-cms", doc.selectFirst("main form input[name=source]").val());
        assertEquals("No articles found.",
                page("/search?q=harbor&from=2025-03-15", 200).selectFirst(".result-count").text());
    }

    @Test
    void theCountReadsAsEnglishWithItsThousandsGrouped() {
        assertEquals("No articles found.", SearchPage.count(0, false));
        assertEquals("1 article found.", SearchPage.count(1, false));
        assertEquals("999 articles found.", SearchPage.count(999, false));
        assertEquals("More than 1,000 articles found.", SearchPage.count(1_000, true));
        for (int n : new int[] {0, 7, 12, 999, 1_000, 12_345, 999_999, 1_000_000, 1_234_567_890, Integer.MAX_VALUE}) {
            assertEquals(String.format(java.util.Locale.ENGLISH, "%,d", n), SearchPage.grouped(n));
        }
    }
}
