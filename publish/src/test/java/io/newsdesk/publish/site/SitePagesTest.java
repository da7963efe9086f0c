package io.newsdesk.publish.site;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.readmodel.Cursor;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SitePagesTest {
    private final SiteUnderTest site = new SiteUnderTest(3);

    @AfterEach
    void stop() {
        site.close();
    }

    private Document page(String path, int expectedStatus) {
        HttpResponse<String> response = site.get(path);
        assertEquals(expectedStatus, response.statusCode(), path + " answered " + response.body());
        assertEquals("text/html; charset=utf-8", site.contentType(response));
        return Jsoup.parse(response.body());
    }

    private void publishFive() {
        for (int i = 1; i <= 5; i++) {
            site.index.apply("a" + i, article("a" + i).headline("Story number " + i).firstPublished(T0.plusSeconds(60L * i)).build(), null);
        }
    }

    private static List<String> teaserHeadlines(Document doc) {
        return doc.select("ol.teasers h2 a").eachText();
    }

    @Test
    void homePageListsNewestFirstAndPaginatesWithCursorLinks() {
        publishFive();

        Document first = page("/", 200);
        assertEquals(List.of("Story number 5", "Story number 4", "Story number 3"), teaserHeadlines(first));
        String older = first.selectFirst("head link[rel=next]").attr("href");
        assertEquals("/?page=2&after=" + Cursor.of(T0.plusSeconds(180), "a3").token(), older,
                "the older page continues after the last article shown");
        assertTrue(first.select("head link[rel=prev]").isEmpty());
        assertEquals(older, first.selectFirst("nav.pagination a[rel=next]").attr("href"));
        assertEquals("/articles/pill-press-verdict-a5", first.selectFirst("ol.teasers h2 a").attr("href"));

        Document second = page(older, 200);
        assertEquals(List.of("Story number 2", "Story number 1"), teaserHeadlines(second));
        assertEquals("/", second.selectFirst("head link[rel=prev]").attr("href"));
        assertTrue(second.select("head link[rel=next]").isEmpty());
        assertEquals("Page 2 of 2", second.selectFirst("nav.pagination [aria-current=page]").text());
        assertEquals(List.of("Story number 2", "Story number 1"), teaserHeadlines(page("/?page=2", 200)),
                "a page number alone still opens the page");

        site.index.apply("a6", article("a6").headline("Story number 6").firstPublished(T0.plusSeconds(360)).build(), null);
        assertEquals(List.of("Story number 2", "Story number 1"), teaserHeadlines(page(older, 200)),
                "a new article does not shift the older page a reader follows");
        Document third = page("/?page=3&after=" + Cursor.of(T0.plusSeconds(120), "a2").token(), 200);
        assertEquals(List.of("Story number 1"), teaserHeadlines(third));
        String newer = third.selectFirst("nav.pagination a[rel=prev]").attr("href");
        assertEquals("/?page=2&before=" + Cursor.of(T0.plusSeconds(60), "a1").token(), newer);
        assertEquals(List.of("Story number 4", "Story number 3", "Story number 2"), teaserHeadlines(page(newer, 200)));

        page("/?page=4", 404);
        page("/?page=2&after=" + Cursor.of(T0.minusSeconds(1), "zz").token(), 404);
        assertEquals(400, site.get("/?page=zero").statusCode());
        assertEquals(400, site.get("/?page=0").statusCode());
        assertEquals(400, site.get("/?page=2&after=yesterday").statusCode());
        assertEquals(400, site.get("/?page=2&after=1.a&before=2.b").statusCode());
        assertEquals(400, site.get("/?page=2&after=1.xyz").statusCode(), "a tie-break is hexadecimal");
        Document tooDeep = page("/?page=100000", 404);
        assertTrue(tooDeep.selectFirst("main").text().contains("too deep to open by its number"), tooDeep.text());
    }

    @Test
    void anEmptySiteSaysSoInsteadOfFailing() {
        Document home = page("/", 200);
        assertEquals("Nothing has been published yet.", home.selectFirst("p.empty").text());
    }

    @Test
    void everyPageIsAccessibleHtml5WithLanguageSkipLinkLandmarksAndNoScripts() {
        publishFive();
        for (String path : List.of("/", "/articles/pill-press-verdict-a1", "/topics/medtop:20000096",
                "/entities/person/lena-ortiz", "/articles/unknown", "/search", "/search?q=jury", "/search?page=x")) {
            HttpResponse<String> response = site.get(path);
            assertTrue(response.body().startsWith("<!DOCTYPE html>"), path);
            Document doc = Jsoup.parse(response.body());
            assertEquals("en", doc.selectFirst("html").attr("lang"), path);
            Element skip = doc.selectFirst("body > a.skip-link");
            assertNotNull(skip, path);
            assertEquals("#main", skip.attr("href"));
            assertNotNull(doc.selectFirst("main#main"), path);
            assertNotNull(doc.selectFirst("header nav[aria-label=Site]"), path);
            assertEquals("/assets/site.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
            assertTrue(doc.select("script").isEmpty(), path);
            assertEquals(1, doc.select("h1").size(), path + " has one h1");
            Element search = doc.selectFirst("header form[role=search]");
            assertNotNull(search, path + " has the search box");
            assertEquals("/search", search.attr("action"));
            assertEquals("get", search.attr("method"));
            assertNotNull(search.selectFirst("input[name=q]"), path);
        }
    }

    @Test
    void articlePageShowsTheBylineFoundInARawPageWhenNoneWasSubmitted() {
        site.index.apply("f", article("f").slug("found-byline-f").byline(null).foundByline("Ilse Marchetti and Tomas Berg").build(), null);
        site.index.apply("s", article("s").slug("submitted-byline-s").byline("Morgan Reyes").foundByline("Ilse Marchetti").build(), null);
        site.index.apply("n", article("n").slug("no-byline-n").byline(null).build(), null);

        assertEquals("By Ilse Marchetti and Tomas Berg", page("/articles/found-byline-f", 200).selectFirst("main article.story .byline").text());
        assertEquals("By Morgan Reyes", page("/articles/submitted-byline-s", 200).selectFirst("main article.story .byline").text());
        assertNull(page("/articles/no-byline-n", 200).selectFirst("main article.story .byline"));
    }

    @Test
    void articlePageShowsEverythingTheNewsroomKnows() {
        site.index.apply("x", article("x").slug("jury-convicts-courier-x")
                .firstPublished(T0).published(T0.plusSeconds(3600)).version(2)
                .correction(2, "An earlier version misstated the number of presses.", T0.plusSeconds(3590))
                .build(), null);
        site.index.apply("y", article("y").headline("Sheriff opens new evidence lab").firstPublished(T0.minusSeconds(600)).build(), null);

        Document doc = page("/articles/jury-convicts-courier-x", 200);
        Element story = doc.selectFirst("main article.story");
        assertEquals("en", story.attr("lang"));
        assertEquals("County jury convicts courier in pill-press case", story.selectFirst("h1").text());
        assertEquals("By Morgan Reyes", story.selectFirst(".byline").text());
        List<String> times = story.select("header .dateline time").eachAttr("datetime");
        assertEquals(List.of("2025-03-14T10:00:00-04:00", "2025-03-14T11:00:00-04:00"), times, "dates in the newsroom's zone");
        assertEquals("March 14, 2025, 10:00 AM EDT", story.selectFirst("header .dateline time").text());
        assertEquals("A Harlow County jury on Friday convicted a delivery driver of operating two pill presses.",
                story.selectFirst(".story-body p").text());
        assertEquals("The evidence was overwhelming.", story.selectFirst(".story-body blockquote").text());
        assertTrue(story.selectFirst(".corrections li").text().endsWith("An earlier version misstated the number of presses."));
        assertEquals("#corrections", story.selectFirst(".correction-notice a").attr("href"));

        Element quote = story.selectFirst(".quotes figure.quote");
        assertEquals("The evidence was overwhelming,", quote.selectFirst("blockquote").text());
        assertEquals("Lena Ortiz", quote.selectFirst("figcaption cite").text());
        assertEquals("/entities/person/lena-ortiz", quote.selectFirst("figcaption a").attr("href"));

        Element people = story.selectFirst("ul[aria-labelledby=entities-people]");
        assertEquals("/entities/person/lena-ortiz", people.selectFirst("a").attr("href"));
        assertTrue(people.text().contains("(District Attorney)"));
        Element places = story.selectFirst("ul[aria-labelledby=entities-places]");
        assertEquals("Ohio", places.selectFirst("a").text());
        assertEquals("US-OH", places.selectFirst("abbr.iso-code").text());
        Element orgs = story.selectFirst("ul[aria-labelledby=entities-organizations]");
        assertEquals("/entities/organization/harlow-county-sheriffs-office", orgs.selectFirst("a").attr("href"));
        assertTrue(story.selectFirst(".cited li").text().startsWith("Riverside Ledger"));
        assertEquals(List.of("/topics/medtop:20000096", "/topics/medtop:20000121"), story.select(".topics a[rel=tag]").eachAttr("href"));
        assertEquals(List.of("drug trafficking", "law enforcement"), story.select(".topics a[rel=tag]").eachText());
        assertEquals("https://ledger.example/courts/pill-press-verdict", story.selectFirst(".source-link a").attr("href"));

        Element recent = doc.selectFirst("aside.recent-posts");
        assertEquals("Recent Posts", recent.selectFirst("h2").text());
        assertEquals(List.of("Sheriff opens new evidence lab"), recent.select("li a").eachText(), "the article itself is not listed");
        assertEquals("https://news.example.org/articles/jury-convicts-courier-x", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("County jury convicts courier in pill-press case · Harlow Courts Daily", doc.title());
    }

    @Test
    void retractedArticleAnswers410WithdrawnAndUnknownOrWithheld404() {
        site.index.apply("r", article("r").slug("retracted-story").build(), null);
        site.index.apply("w", article("w").slug("withheld-story").build(), null);
        assertEquals(200, site.get("/articles/retracted-story").statusCode());

        site.index.apply("r", null, "RETRACTED");
        site.index.apply("w", null, "WITHHELD");

        Document gone = page("/articles/retracted-story", 410);
        assertEquals("This article has been retracted", gone.selectFirst("h1").text());
        assertTrue(gone.select("article.story").isEmpty());
        assertTrue(!gone.html().contains("pill-press case"), "no trace of the retracted content");
        Document withheld = page("/articles/withheld-story", 404);
        assertEquals("Page not found", withheld.selectFirst("h1").text());
        page("/articles/never-existed", 404);
        assertTrue(teaserHeadlines(page("/", 200)).isEmpty());
    }

    @Test
    void topicPagesAcceptBothCodeFormsAndIncludeNarrowerTopics() {
        site.index.apply("d", article("d").headline("Pill press verdict").topics(TestArticles.drugTrafficking()).build(), null);
        site.index.apply("e", article("e").headline("Primary turnout").topics(TestArticles.elections())
                .firstPublished(T0.plusSeconds(5)).build(), null);

        Document topic = page("/topics/medtop:20000096", 200);
        assertEquals("drug trafficking", topic.selectFirst("h1").text());
        assertEquals(List.of("Pill press verdict"), teaserHeadlines(topic));
        assertEquals("/topics/medtop:20000096/feeds/rss.xml", topic.selectFirst("link[type=application/rss+xml][href^=/topics]").attr("href"));

        assertEquals(List.of("Pill press verdict"), teaserHeadlines(page("/topics/20000096", 200)));
        Document top = page("/topics/medtop:02000000", 200);
        assertEquals("crime, law and justice", top.selectFirst("h1").text());
        assertEquals(List.of("Pill press verdict"), teaserHeadlines(top));
        assertEquals(List.of("Primary turnout"), teaserHeadlines(page("/topics/11000000", 200)));
        page("/topics/medtop:04000000", 404);
        page("/topics/not-a-code", 404);
    }

    @Test
    void entityPagesListArticlesMentioningThePersonPlaceOrOrganization() {
        site.index.apply("d", article("d").headline("Pill press verdict").build(), null);
        Document person = page("/entities/person/lena-ortiz", 200);
        assertEquals("Lena Ortiz", person.selectFirst("h1").text());
        assertEquals("Person", person.selectFirst(".entity-type").text());
        assertEquals(List.of("Pill press verdict"), teaserHeadlines(person));
        assertEquals("Ohio", page("/entities/place/ohio", 200).selectFirst("h1").text());
        assertEquals("Harlow County Sheriff's Office", page("/entities/organisation/harlow-county-sheriffs-office", 200).selectFirst("h1").text());
        page("/entities/person/nobody-here", 404);
        assertEquals(404, site.get("/entities/planet/ohio").statusCode());
    }

    @Test
    void servesTheStylesheetAndAnswersRepeatFetchesWith304() {
        HttpResponse<String> css = site.get("/assets/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css; charset=utf-8", site.contentType(css));
        assertTrue(css.body().contains(".skip-link"));

        HttpResponse<String> home = site.get("/");
        String etag = home.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, max-age=60", home.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(304, site.get("/", "If-None-Match", etag).statusCode());
        site.index.apply("n", article("n").build(), null);
        assertEquals(200, site.get("/", "If-None-Match", etag).statusCode(), "a new article changes the page");
    }
}
