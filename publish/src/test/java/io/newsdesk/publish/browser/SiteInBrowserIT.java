package io.newsdesk.publish.browser;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.publish.browser.BrowserTab.Visit;
import io.newsdesk.publish.site.TestArticles;
import io.newsdesk.publish.site.TestIndex;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reader's walk through the site in a real browser (headless Chromium over the DevTools
 * Protocol): the home page lists the articles, a click opens one with its headline, byline and
 * quotes with speakers, a topic link leads to the topic page; after the newsroom retracts the
 * article, reloading the home and topic pages no longer shows it and its address answers 410 Gone.
 */
class SiteInBrowserIT {
    private static final Instant NOW = Instant.parse("2025-03-14T22:00:00Z");
    private static final String TEASER_LINKS = "ol.teasers h2 a";

    private static final PublishedArticle VERDICT = article("verdict").slug("courier-convicted-pill-press")
            .headline("County jury convicts courier in pill-press case").byline("By Morgan Reyes")
            .firstPublished(T0)
            .topics(TestArticles.drugTrafficking(), TestArticles.lawEnforcement())
            .quotes(Quote.newBuilder().setText("The evidence was overwhelming.").setSpeaker("Lena Ortiz")
                            .setAttribution("said District Attorney Lena Ortiz").build(),
                    Quote.newBuilder().setText("My client will appeal.").setSpeaker("Tomas Breck")
                            .setAttribution("said defense attorney Tomas Breck").build())
            .build();
    private static final PublishedArticle SEIZURE = article("seizure").slug("deputies-seize-pills-at-truck-stop")
            .headline("Deputies seize 9,000 counterfeit pills at truck stop").byline("By Priya Anand")
            .firstPublished(T0.minusSeconds(2 * 3600))
            .topics(TestArticles.drugTrafficking())
            .entities(TestArticles.entity(EntityType.PERSON, "Dana Whitfield", null, List.of("Sheriff")))
            .quotes(Quote.newBuilder().setText("This was a patient investigation.").setSpeaker("Dana Whitfield")
                    .setAttribution("said Sheriff Dana Whitfield").build())
            .build();
    private static final PublishedArticle PRIMARY = article("primary").slug("board-certifies-primary")
            .headline("County board certifies primary results").byline("By Ines Carvalho")
            .firstPublished(T0.minusSeconds(4 * 3600))
            .topics(TestArticles.elections()).quotes().build();

    private static TestIndex index;
    private static SiteServer site;
    private static HeadlessChromium chromium;
    private static BrowserTab tab;
    private static String skipped;

    @BeforeAll
    static void startSiteAndBrowser() {
        Optional<Path> binary = HeadlessChromium.installed();
        if (binary.isEmpty()) {
            skipped = HeadlessChromium.reportMissing(SiteInBrowserIT.class.getSimpleName());
            return;
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        index = new TestIndex(clock);
        for (PublishedArticle a : List.of(PRIMARY, VERDICT, SEIZURE)) {
            index.apply(a.getArticleId(), a, null);
        }
        site = SiteServer.start(index, clock);
        chromium = HeadlessChromium.start(binary.get());
        tab = chromium.openTab();
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
    void aReaderFollowsLinksAndNoLongerSeesARetractedArticle() {
        Visit home = tab.navigate(site.url("/"));
        assertEquals(200, home.status(), "home page status");
        assertEquals(List.of(VERDICT.getArticle().getContent().getHeadline(), SEIZURE.getArticle().getContent().getHeadline(),
                PRIMARY.getArticle().getContent().getHeadline()), texts(TEASER_LINKS), "home lists every article, newest first");
        assertEquals(List.of("/articles/courier-convicted-pill-press", "/articles/deputies-seize-pills-at-truck-stop",
                "/articles/board-certifies-primary"), attributes(TEASER_LINKS, "href"));

        Visit story = tab.clickAndWait(TEASER_LINKS, 0);
        assertEquals(200, story.status());
        assertEquals(site.url("/articles/courier-convicted-pill-press"), story.url(), "the click opened the first article");
        assertEquals("County jury convicts courier in pill-press case", text("article.story h1"));
        assertEquals("By Morgan Reyes", text("article.story .byline"));
        assertTrue(tab.evaluate("document.title").asText().startsWith("County jury convicts courier in pill-press case"),
                "title names the article: " + tab.evaluate("document.title"));
        assertEquals(List.of("The evidence was overwhelming.", "My client will appeal."), texts(".quotes figure blockquote"));
        assertEquals(List.of("Lena Ortiz", "Tomas Breck"), texts(".quotes figure figcaption cite"), "each quote names its speaker");

        List<String> topicLabels = texts("nav.topics a");
        int drugTopic = topicLabels.indexOf("drug trafficking");
        assertTrue(drugTopic >= 0, "the article links its topic; topic links: " + topicLabels);
        Visit topic = tab.clickAndWait("nav.topics a", drugTopic);
        assertEquals(200, topic.status());
        assertEquals(site.url("/topics/medtop:20000096"), topic.url());
        assertEquals("drug trafficking", text("main h1"));
        assertEquals(List.of("County jury convicts courier in pill-press case", "Deputies seize 9,000 counterfeit pills at truck stop"),
                texts(TEASER_LINKS), "the topic page lists both drug-trafficking stories and not the election one");

        // The newsroom kills the story: publish applies the tombstone from articles.published.
        index.apply(VERDICT.getArticleId(), null, "RETRACTED");

        Visit topicAgain = tab.reload();
        assertEquals(200, topicAgain.status(), "the reload revalidated with the server and got the changed page");
        assertEquals(List.of("Deputies seize 9,000 counterfeit pills at truck stop"), texts(TEASER_LINKS),
                "the retracted article is gone from the topic page");

        tab.navigate(site.url("/"));
        Visit homeAgain = tab.reload();
        assertEquals(200, homeAgain.status());
        assertEquals(List.of("Deputies seize 9,000 counterfeit pills at truck stop", "County board certifies primary results"),
                texts(TEASER_LINKS), "the retracted article is gone from the home page");

        Visit other = tab.clickAndWait(TEASER_LINKS, 0);
        assertEquals(site.url("/articles/deputies-seize-pills-at-truck-stop"), other.url());
        assertEquals(List.of("County board certifies primary results"), texts(".recent-posts li a"),
                "Recent Posts no longer offers the retracted article");

        // A reader who never saw the article (nothing cached) follows an old link to it.
        tab.forgetCache();
        Visit gone = tab.navigate(site.url("/articles/courier-convicted-pill-press"));
        assertEquals(410, gone.status(), "a retracted article answers 410 Gone");
        assertTrue(gone.header("Content-Type").startsWith("text/html"), "the 410 is a page for people: " + gone.headers());
        assertEquals("Article retracted · " + SiteServer.TITLE, tab.evaluate("document.title").asText());
        assertEquals("This article has been retracted", text("main h1"));
        String pageText = tab.evaluate("document.body.innerText").asText();
        assertTrue(!pageText.contains("pill-press case") && !pageText.contains("Morgan Reyes") && !pageText.contains("overwhelming"),
                "the 410 page shows nothing of the retracted article:\n" + pageText);

        Visit backHome = tab.clickAndWait("main a[href='/']", 0);
        assertEquals(200, backHome.status());
        assertEquals(site.url("/"), backHome.url());
        assertEquals(List.of("Deputies seize 9,000 counterfeit pills at truck stop", "County board certifies primary results"),
                texts(TEASER_LINKS));

        assertEquals(List.of(), tab.dialogs(), "the site opens no dialogs");
        assertEquals(List.of(), tab.exceptions(), "the site throws no script errors");
        System.out.printf("SiteInBrowserIT: home -> article -> topic -> retraction -> 410 checked in %s%n", chromiumVersion());
    }

    private static String chromiumVersion() {
        return tab.evaluate("navigator.userAgent").asText().replaceAll(".*(HeadlessChrome/\\S+).*", "$1");
    }

    private static String text(String selector) {
        return tab.text(selector);
    }

    private static List<String> texts(String selector) {
        return tab.texts(selector);
    }

    private static List<String> attributes(String selector, String attribute) {
        return strings(tab.evaluate("[...document.querySelectorAll(%s)].map(e => e.getAttribute(%s))"
                .formatted(BrowserTab.jsString(selector), BrowserTab.jsString(attribute))));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
