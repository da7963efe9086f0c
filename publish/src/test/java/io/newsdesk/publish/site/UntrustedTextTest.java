package io.newsdesk.publish.site;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import java.io.StringReader;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Script injected through any field an upstream system controls must come out inert on every page,
 * feed, sitemap, digest and API answer: shown as text, never as markup.
 */
class UntrustedTextTest {
    private static final String HEADLINE = "<script>alert('headline')</script>Court <b>rules</b>";
    private static final String BYLINE = "<img src=x onerror=alert('byline')>";
    private static final String QUOTE = "<a href=\"javascript:alert('quote')\">click</a>";
    private static final String SPEAKER = "Eve\"><script>alert('speaker')</script>";
    private static final String BODY = "<p onclick=\"alert('p')\">Facts.</p><script>alert('body')</script>"
            + "<img src=x onerror=alert('img')><a href=\"javascript:alert('link')\">link</a>"
            + "<iframe src=\"https://evil.example\"></iframe><a href=\"https://ok.example/x\">fine</a>";
    private final SiteUnderTest site = new SiteUnderTest();

    @BeforeEach
    void publishHostileArticle() {
        Subject hostileTopic = Subject.newBuilder().setCode("medtop:20000096").setLabel("<svg onload=alert('topic')>")
                .setScore(50).setBroader(List.of(SubjectRef.newBuilder().setCode("medtop:02000000")
                        .setLabel("<script>alert('top')</script>").build())).build();
        site.index.apply("x", article("x").slug("hostile").headline(HEADLINE).byline(BYLINE)
                .summary("<script>alert('summary')</script>").body(BODY, "Facts.")
                .url("javascript:alert('url')")
                .topics(hostileTopic)
                .entities(TestArticles.entity(EntityType.PERSON, SPEAKER, null, List.of("<i onmouseover=alert(1)>")),
                        TestArticles.entity(EntityType.PLACE, "<b>Ohio</b>", "US-OH\"><script>", List.of()))
                .quotes(Quote.newBuilder().setText(QUOTE).setSpeaker(SPEAKER).setAttribution("said <u>Eve</u>").build())
                .cited(CitedSource.newBuilder().setName("<marquee>Ledger</marquee>").setPhrases(List.of("<script>x</script>")).build())
                .correction(2, "<img src=x onerror=alert('correction')>", TestArticles.T0)
                .build(), null);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** No script, no event handler, no javascript: URL, no embedded frames: nothing a browser would run. */
    private static void assertInert(String html, String where) {
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, iframe, svg, img, marquee").isEmpty(), where + " has an active element: "
                + doc.select("script, iframe, svg, img, marquee"));
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), where + ": event handler " + a);
                assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"), where + ": " + a);
            }
        }
    }

    @Test
    void everyHtmlPageShowsTheTextAndRunsNothing() {
        for (String path : List.of("/", "/articles/hostile", "/topics/medtop:20000096", "/topics/02000000",
                "/entities/person/eve-script-alert-speaker-script", "/entities/place/b-ohio-b", "/digest/2025-03-14")) {
            String html = site.get(path).body();
            assertEquals(200, site.get(path).statusCode(), path);
            assertInert(html, path);
        }
        Document article = Jsoup.parse(site.get("/articles/hostile").body());
        assertEquals(HEADLINE, article.selectFirst("h1").text(), "the headline reads as written");
        assertEquals("By " + BYLINE, article.selectFirst(".byline").text());
        assertEquals(QUOTE, article.selectFirst(".quotes blockquote").text());
        assertEquals(SPEAKER, article.selectFirst(".quotes cite").text());
        assertEquals("Facts.", article.selectFirst(".story-body p").text());
        assertEquals("https://ok.example/x", article.select(".story-body a").last().attr("href"));
        assertTrue(article.select(".source-link").isEmpty(), "a javascript: source URL is not linked");
        assertEquals("<img src=x onerror=alert('correction')>", article.selectFirst(".corrections li").text().replaceFirst("^.*?: ", ""));
        assertTrue(article.selectFirst("title").text().startsWith(HEADLINE));
    }

    @Test
    void feedsCarryTheTextEscapedAndTheirHtmlContentSanitized() throws Exception {
        for (String path : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/topics/medtop:20000096/feeds/rss.xml")) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(site.get(path).body()));
            SyndEntry entry = feed.getEntries().get(0);
            assertEquals(HEADLINE, entry.getTitle(), path);
            assertInert(entry.getContents().get(0).getValue(), path + " content");
            assertEquals("Correction: <img src=x onerror=alert('correction')>",
                    Jsoup.parse(entry.getContents().get(0).getValue()).selectFirst("p.correction").text(), path);
        }
        JsonNode json = new ObjectMapper().readTree(site.get("/feeds/feed.json").body());
        JsonNode item = json.path("items").get(0);
        assertEquals(HEADLINE, item.path("title").asText());
        assertInert(item.path("content_html").asText(), "JSON Feed content_html");
    }

    @Test
    void apiAndDigestJsonReturnSanitizedBodiesAndVerbatimText() throws Exception {
        JsonNode n = new ObjectMapper().readTree(site.get("/v1/articles/x").body());
        assertEquals(HEADLINE, n.path("headlines").get(0).path("value").asText());
        assertInert(n.path("bodies").get(0).path("value").asText(), "ninjs html body");
        assertFalse(n.path("newsdesk:ext").has("sourceUrl"), "a javascript: URL is not passed on as a link");
        JsonNode digest = new ObjectMapper().readTree(site.get("/digest/2025-03-14.json").body());
        assertEquals(HEADLINE, digest.path("groups").get(0).path("items").get(0).path("headline").asText());
    }

    @Test
    void sitemapsStayWellFormedXml() throws Exception {
        assertEquals(HEADLINE, SiteUnderTest.xml(site.get("/news-sitemap.xml").body())
                .getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "title").item(0).getTextContent());
        assertEquals("https://news.example.org/articles/hostile", SiteUnderTest.xml(site.get("/sitemaps/2025-03.xml").body())
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc").item(0).getTextContent());
    }
}
