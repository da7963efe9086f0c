package io.newsdesk.publish.browser;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.browser.BrowserTab.Visit;
import io.newsdesk.publish.site.TestIndex;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader searches the site in a real browser (headless Chromium): types words into the search box every
 * page has, presses Enter, reads the results (headline, date, the passage with the words marked) and opens
 * the first one; a retracted article is never among the results.
 */
class SearchInBrowserIT {
    private static final Instant NOW = Instant.parse("2025-03-14T22:00:00Z");
    private static final String RESULTS = "ol.search-results h2 a";

    private static final PublishedArticle BUDGET = article("budget").slug("council-passes-harbor-budget")
            .headline("Council passes harbor budget").summary("Dredging is paid for.")
            .body("", "The council on Tuesday passed a harbor budget that pays for dredging.\n\nThe vote was 7 to 2.")
            .firstPublished(T0).build();
    private static final PublishedArticle FERRY = article("ferry").slug("winter-ferry-schedule")
            .headline("Winter ferry schedule").summary("Fewer crossings.")
            .body("", "The harbor ferry runs every two hours from December; the budget cut is blamed.")
            .firstPublished(T0.plusSeconds(3600)).build();
    private static final PublishedArticle KILLED = article("killed").slug("harbor-budget-forged")
            .headline("Harbor budget figures forged").body("", "The harbor budget was forged.")
            .firstPublished(T0.plusSeconds(7200)).build();

    private static TestIndex index;
    private static SiteServer site;
    private static HeadlessChromium chromium;
    private static BrowserTab tab;
    private static String skipped;

    @BeforeAll
    static void startSiteAndBrowser() {
        Optional<Path> binary = HeadlessChromium.installed();
        if (binary.isEmpty()) {
            skipped = HeadlessChromium.reportMissing(SearchInBrowserIT.class.getSimpleName());
            return;
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        index = new TestIndex(clock);
        for (PublishedArticle a : List.of(BUDGET, FERRY, KILLED)) {
            index.apply(a.getArticleId(), a, null);
        }
        index.apply(KILLED.getArticleId(), null, "RETRACTED");
        site = SiteServer.start(index, clock);
        chromium = HeadlessChromium.start(binary.get());
        tab = chromium.openTab();
        tab.disableCache();
    }

    @BeforeEach
    void requireBrowser() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stopBrowserAndSite() {
        try (HeadlessChromium browser = chromium; SiteServer server = site; BrowserTab t = tab) {
            // closed in reverse order: tab, site, browser (each may be null when startup was skipped)
        }
    }

    @Test
    void aReaderTypesWordsIntoTheSearchBoxAndOpensAResult() {
        assertEquals(200, tab.navigate(site.url("/articles/winter-ferry-schedule")).status());
        tab.type("header form[role=search] input[name=q]", "harbor budget");
        Visit results = tab.pressEnterAndWait();
        assertEquals(200, results.status());
        assertEquals(site.url("/search?q=harbor+budget"), results.url(), "the box submits a plain GET form");
        assertEquals("Search: harbor budget", text("main h1"));
        assertEquals("2 articles found.", text(".result-count"));
        assertEquals(List.of("Council passes harbor budget", "Winter ferry schedule"), texts(RESULTS),
                "the headline match first; the retracted article is not found");
        assertEquals("harbor budget", tab.evaluate("document.querySelector('main form input[name=q]').value").asText(),
                "the search form shows the words searched for");
        List<String> marked = texts("ol.search-results li:first-child .snippet mark");
        assertTrue(marked.containsAll(List.of("harbor", "budget")), "the passage marks the words: " + marked);

        Visit story = tab.clickAndWait(RESULTS, 0);
        assertEquals(200, story.status());
        assertEquals(site.url("/articles/council-passes-harbor-budget"), story.url());
        assertEquals("Council passes harbor budget", text("article.story h1"));

        tab.type("header form[role=search] input[name=q]", "forged");
        tab.pressEnterAndWait();
        assertEquals("No articles found.", text(".result-count"), "a retracted article is never a result");

        assertEquals(List.of(), tab.dialogs(), "the site opens no dialogs");
        assertEquals(List.of(), tab.exceptions(), "the site throws no script errors");
        System.out.printf("SearchInBrowserIT: typed a search, read the results, opened one in %s%n",
                tab.evaluate("navigator.userAgent").asText().replaceAll(".*(HeadlessChrome/\\S+).*", "$1"));
    }

    private static String text(String selector) {
        return tab.text(selector);
    }

    private static List<String> texts(String selector) {
        return tab.texts(selector);
    }
}
