package io.newsdesk.publish.site.syndication;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.publish.site.SiteUnderTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SitemapsTest {
    private static final String SM = Sitemaps.SITEMAP_NS;
    private static final String NEWS = Sitemaps.NEWS_NS;
    private final SiteUnderTest site = new SiteUnderTest();

    @AfterEach
    void stop() {
        site.close();
    }

    private Document fetch(String path) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode());
        assertEquals("application/xml; charset=utf-8", site.contentType(response));
        return FeedsTest.dom(response.body());
    }

    private static List<String> texts(Document doc, String ns, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void sitemapIsAnIndexOfMonthlySitemapsListingEveryLiveArticleWithItsLastModification() throws Exception {
        Instant now = SiteUnderTest.NOW;
        site.index.apply("old", article("old").firstPublished(now.minus(Duration.ofDays(40)))
                .published(now.minus(Duration.ofDays(3))).version(2).build(), null);
        site.index.apply("new", article("new").firstPublished(now.minus(Duration.ofHours(1))).build(), null);
        site.index.apply("earlier", article("earlier").firstPublished(now.minus(Duration.ofHours(5))).build(), null);
        site.index.apply("gone", article("gone").firstPublished(now.minus(Duration.ofHours(2))).build(), null);
        site.index.apply("gone", null, "RETRACTED");

        Document index = fetch("/sitemap.xml");
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(SM, index.getDocumentElement().getNamespaceURI());
        assertEquals(List.of("https://news.example.org/sitemaps/2025-02.xml", "https://news.example.org/sitemaps/2025-03.xml"),
                texts(index, SM, "loc"));
        assertEquals(List.of("2025-03-11T22:00:00Z", "2025-03-14T21:00:00Z"), texts(index, SM, "lastmod"),
                "each month is as new as its newest change");

        Document march = fetch("/sitemaps/2025-03.xml");
        assertEquals("urlset", march.getDocumentElement().getLocalName());
        assertEquals(List.of("https://news.example.org/articles/pill-press-verdict-earlier",
                "https://news.example.org/articles/pill-press-verdict-new"), texts(march, SM, "loc"), "the retracted article is left out");
        assertEquals(List.of("2025-03-14T17:00:00Z", "2025-03-14T21:00:00Z"), texts(march, SM, "lastmod"));
        assertEquals(List.of("https://news.example.org/articles/pill-press-verdict-old"), texts(fetch("/sitemaps/2025-02.xml"), SM, "loc"));

        for (String missing : List.of("/sitemaps/2025-01.xml", "/sitemaps/2025-03-2.xml", "/sitemaps/2025-13.xml",
                "/sitemaps/latest.xml", "/sitemaps/2025-03-0.xml")) {
            assertEquals(404, site.get(missing).statusCode(), missing);
        }
    }

    @Test
    void newsSitemapHoldsOnlyTheLastTwoDaysWithPublicationDetails() throws Exception {
        Instant now = SiteUnderTest.NOW;
        site.index.apply("three-days", article("three-days").firstPublished(now.minus(Duration.ofDays(3))).build(), null);
        site.index.apply("yesterday", article("yesterday").headline("Appeals court hears bail case")
                .firstPublished(now.minus(Duration.ofHours(30))).language("es-MX").build(), null);
        site.index.apply("today", article("today").headline("Jury selection begins")
                .firstPublished(now.minus(Duration.ofHours(1))).build(), null);
        site.index.apply("killed", article("killed").firstPublished(now.minus(Duration.ofHours(2))).build(), null);
        site.index.apply("killed", null, "RETRACTED");

        Document doc = fetch("/news-sitemap.xml");
        assertEquals(List.of("https://news.example.org/articles/pill-press-verdict-today",
                "https://news.example.org/articles/pill-press-verdict-yesterday"), texts(doc, SM, "loc"));
        assertEquals(List.of("Harlow Courts Daily", "Harlow Courts Daily"), texts(doc, NEWS, "name"));
        assertEquals(List.of("en", "es"), texts(doc, NEWS, "language"));
        assertEquals(List.of("2025-03-14T21:00:00Z", "2025-03-13T16:00:00Z"), texts(doc, NEWS, "publication_date"));
        assertEquals(List.of("Jury selection begins", "Appeals court hears bail case"), texts(doc, NEWS, "title"));
        Element publication = (Element) doc.getElementsByTagNameNS(NEWS, "publication").item(0);
        assertEquals("news", publication.getParentNode().getLocalName());
    }

    @Test
    void robotsTxtPointsCrawlersAtTheSitemapIndexAndTheNewsSitemapAndKeepsThemOutOfSearch() {
        String robots = site.get("/robots.txt").body();
        assertTrue(robots.contains("Disallow: /search\n"));
        assertTrue(robots.contains("Sitemap: https://news.example.org/sitemap.xml\n"));
        assertTrue(robots.contains("Sitemap: https://news.example.org/news-sitemap.xml\n"));
    }

    @Test
    void newsLanguageCodesFollowGoogleNews() {
        assertEquals("en", Sitemaps.newsLanguage("en-US"));
        assertEquals("zh-tw", Sitemaps.newsLanguage("zh-Hant-TW"));
        assertEquals("zh-cn", Sitemaps.newsLanguage("zh"));
    }
}
