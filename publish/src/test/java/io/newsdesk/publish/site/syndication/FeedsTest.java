package io.newsdesk.publish.site.syndication;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.newsdesk.publish.site.SiteUnderTest;
import io.newsdesk.publish.site.TestArticles;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class FeedsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SiteUnderTest site = new SiteUnderTest();

    @AfterEach
    void stop() {
        site.close();
    }

    private SyndFeed rome(String path, String expectedContentType) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals(expectedContentType, site.contentType(response));
        return new SyndFeedInput().build(new StringReader(response.body()));
    }

    static Document dom(String xml) throws Exception {
        return SiteUnderTest.xml(xml);
    }

    private JsonNode jsonFeed(String path) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals("application/feed+json; charset=utf-8", site.contentType(response));
        JsonNode feed = JSON.readTree(response.body());
        // JSON Feed 1.1 requires version, title and items; every item needs an id and content.
        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertFalse(feed.path("title").asText().isEmpty());
        assertTrue(feed.path("items").isArray());
        for (JsonNode item : feed.path("items")) {
            assertTrue(item.path("id").isTextual(), "item id is a string");
            assertTrue(item.hasNonNull("content_html") || item.hasNonNull("content_text"));
        }
        return feed;
    }

    private void publishTwo() {
        site.index.apply("a1", article("a1").headline("Older story").firstPublished(T0).build(), null);
        site.index.apply("a2", article("a2").headline("Newer story").firstPublished(T0.plusSeconds(300))
                .topics(TestArticles.elections()).build(), null);
    }

    @Test
    void aTopicFeedChangesWithItsOwnArticlesAndOnlyWithThem() throws Exception {
        publishTwo();
        String path = "/topics/medtop:20000574/feeds/rss.xml";
        HttpResponse<String> first = site.get(path);
        assertTrue(first.body().contains("Newer story"), first.body());
        site.index.apply("a3", article("a3").headline("Unrelated story").firstPublished(T0.plusSeconds(600))
                .topics(TestArticles.lawEnforcement()).build(), null);
        HttpResponse<String> unrelated = site.get(path);
        assertEquals(first.body(), unrelated.body(), "another topic's article leaves it as it was");
        assertEquals(first.headers().firstValue("ETag"), unrelated.headers().firstValue("ETag"));
        site.index.apply("a2", article("a2").version(2).headline("Newer story, updated").firstPublished(T0.plusSeconds(300))
                .topics(TestArticles.elections()).build(), null);
        assertTrue(site.get(path).body().contains("Newer story, updated"), "a new version of one of its articles is in it");
        site.index.apply("a2", null, "RETRACTED");
        assertFalse(site.get(path).body().contains("Newer story"), "a retracted article leaves it");
        assertTrue(site.get("/feeds/rss.xml").body().contains("Unrelated story"), "the site's feed has every article");
    }

    @Test
    void rssIsValidForRomeWithStableGuidsAbsoluteLinksAndContent() throws Exception {
        publishTwo();
        SyndFeed feed = rome("/feeds/rss.xml", "application/rss+xml; charset=utf-8");
        assertEquals("rss_2.0", feed.getFeedType());
        assertEquals("Harlow Courts Daily", feed.getTitle());
        assertEquals("https://news.example.org/", feed.getLink());
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("Newer story", "Older story"), entries.stream().map(SyndEntry::getTitle).toList());
        SyndEntry older = entries.get(1);
        assertEquals("urn:newsdesk:article:a1", older.getUri());
        assertEquals("https://news.example.org/articles/pill-press-verdict-a1", older.getLink());
        assertEquals(Date.from(T0), older.getPublishedDate());
        assertEquals("Morgan Reyes", older.getAuthor());
        assertTrue(older.getContents().get(0).getValue().contains("convicted a delivery driver"));
        assertTrue(older.getDescription().getValue().startsWith("A Harlow County jury found"));
        assertEquals(List.of("drug trafficking", "law enforcement"), older.getCategories().stream().map(c -> c.getName()).toList());

        Document doc = dom(site.get("/feeds/rss.xml").body());
        Element guid = (Element) doc.getElementsByTagName("guid").item(0);
        assertEquals("false", guid.getAttribute("isPermaLink"));
        Element self = (Element) doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0);
        assertEquals("https://news.example.org/feeds/rss.xml", self.getAttribute("href"));
        assertEquals("self", self.getAttribute("rel"));
    }

    @Test
    void atomIsValidForRomeWithPublishedAndUpdatedDates() throws Exception {
        publishTwo();
        SyndFeed feed = rome("/feeds/atom.xml", "application/atom+xml; charset=utf-8");
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("urn:newsdesk:feed:site", feed.getUri());
        SyndEntry newer = feed.getEntries().get(0);
        assertEquals("urn:newsdesk:article:a2", newer.getUri());
        assertEquals("Newer story", newer.getTitle());
        assertEquals("https://news.example.org/articles/pill-press-verdict-a2", newer.getLink());
        assertEquals(Date.from(T0.plusSeconds(300)), newer.getPublishedDate());
        assertEquals(Date.from(T0.plusSeconds(300)), newer.getUpdatedDate());
        assertEquals("html", newer.getContents().get(0).getType());
        assertTrue(newer.getContents().get(0).getValue().startsWith("<p>A Harlow County jury"));

        Document doc = dom(site.get("/feeds/atom.xml").body());
        assertEquals("feed", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2005/Atom", doc.getDocumentElement().getNamespaceURI());
        assertEquals("en", doc.getDocumentElement().getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("2025-03-14T14:05:00Z", doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
    }

    @Test
    void jsonFeedHasTheRequiredFieldsAndAbsoluteUrls() throws Exception {
        publishTwo();
        JsonNode feed = jsonFeed("/feeds/feed.json");
        assertEquals("https://news.example.org/feeds/feed.json", feed.path("feed_url").asText());
        assertEquals("https://news.example.org/", feed.path("home_page_url").asText());
        JsonNode first = feed.path("items").get(0);
        assertEquals("urn:newsdesk:article:a2", first.path("id").asText());
        assertEquals("https://news.example.org/articles/pill-press-verdict-a2", first.path("url").asText());
        assertEquals("Newer story", first.path("title").asText());
        assertEquals("2025-03-14T14:05:00Z", first.path("date_published").asText());
        assertEquals("Morgan Reyes", first.path("authors").get(0).path("name").asText());
        assertEquals("election", first.path("tags").get(0).asText());
        assertEquals(2, feed.path("items").size());
    }

    @Test
    void anUpdatedArticleUpdatesItsItemInsteadOfAddingOne() throws Exception {
        publishTwo();
        List<String> rssIdsBefore = rome("/feeds/rss.xml", "application/rss+xml; charset=utf-8").getEntries().stream().map(SyndEntry::getUri).toList();

        site.index.apply("a1", article("a1").version(2).headline("Older story, corrected").firstPublished(T0)
                .published(T0.plusSeconds(7200)).correction(2, "The trial lasted four days, not five.", T0.plusSeconds(7190)).build(), null);

        SyndFeed rss = rome("/feeds/rss.xml", "application/rss+xml; charset=utf-8");
        assertEquals(rssIdsBefore, rss.getEntries().stream().map(SyndEntry::getUri).toList(), "same items, same order");
        SyndEntry updatedRss = rss.getEntries().get(1);
        assertEquals("Older story, corrected", updatedRss.getTitle());
        assertTrue(updatedRss.getContents().get(0).getValue().contains("The trial lasted four days, not five."));
        assertTrue(updatedRss.getDescription().getValue().contains("Correction: The trial lasted four days, not five."));

        SyndFeed atom = rome("/feeds/atom.xml", "application/atom+xml; charset=utf-8");
        assertEquals(List.of("urn:newsdesk:article:a2", "urn:newsdesk:article:a1"), atom.getEntries().stream().map(SyndEntry::getUri).toList());
        SyndEntry updatedAtom = atom.getEntries().get(1);
        assertEquals(Date.from(T0), updatedAtom.getPublishedDate());
        assertEquals(Date.from(T0.plusSeconds(7200)), updatedAtom.getUpdatedDate());

        JsonNode json = jsonFeed("/feeds/feed.json");
        assertEquals(2, json.path("items").size());
        JsonNode item = json.path("items").get(1);
        assertEquals("urn:newsdesk:article:a1", item.path("id").asText());
        assertEquals("2025-03-14T14:00:00Z", item.path("date_published").asText());
        assertEquals("2025-03-14T16:00:00Z", item.path("date_modified").asText());
        assertTrue(item.path("content_html").asText().contains("The trial lasted four days, not five."));
    }

    @Test
    void retractedAndWithheldArticlesDisappearFromEveryFeed() throws Exception {
        publishTwo();
        site.index.apply("a3", article("a3").headline("Held story").firstPublished(T0.plusSeconds(600)).build(), null);
        site.index.apply("a1", null, "RETRACTED");
        site.index.apply("a3", null, "WITHHELD");

        List<String> paths = List.of("/feeds/rss.xml", "/feeds/atom.xml", "/topics/medtop:20000096/feeds/rss.xml",
                "/topics/medtop:20000096/feeds/atom.xml");
        for (String path : paths) {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(site.get(path).body()));
            List<String> ids = feed.getEntries().stream().map(SyndEntry::getUri).toList();
            assertFalse(ids.contains("urn:newsdesk:article:a1"), path);
            assertFalse(ids.contains("urn:newsdesk:article:a3"), path);
        }
        assertEquals(List.of("urn:newsdesk:article:a2"),
                rome("/feeds/atom.xml", "application/atom+xml; charset=utf-8").getEntries().stream().map(SyndEntry::getUri).toList());
        List<String> jsonIds = new ArrayList<>();
        jsonFeed("/feeds/feed.json").path("items").forEach(i -> jsonIds.add(i.path("id").asText()));
        assertEquals(List.of("urn:newsdesk:article:a2"), jsonIds);
        assertEquals(0, jsonFeed("/topics/medtop:20000096/feeds/feed.json").path("items").size(),
                "the topic feed stays, empty, after its only article is retracted");
    }

    @Test
    void topicFeedsHoldOnlyThatTopicAndItsNarrowerTopics() throws Exception {
        publishTwo();
        SyndFeed crime = rome("/topics/02000000/feeds/rss.xml", "application/rss+xml; charset=utf-8");
        assertEquals(List.of("urn:newsdesk:article:a1"), crime.getEntries().stream().map(SyndEntry::getUri).toList());
        assertEquals("crime, law and justice · Harlow Courts Daily", crime.getTitle());
        assertEquals("https://news.example.org/topics/medtop:02000000", crime.getLink());
        SyndFeed politics = rome("/topics/medtop:11000000/feeds/atom.xml", "application/atom+xml; charset=utf-8");
        assertEquals(List.of("urn:newsdesk:article:a2"), politics.getEntries().stream().map(SyndEntry::getUri).toList());
        assertEquals("urn:newsdesk:feed:topic:medtop:11000000", politics.getUri());
        assertEquals("https://news.example.org/topics/medtop:11000000/feeds/feed.json",
                jsonFeed("/topics/medtop:11000000/feeds/feed.json").path("feed_url").asText());
        assertEquals(404, site.get("/topics/medtop:04000000/feeds/rss.xml").statusCode());
    }

    @Test
    void markupAndControlCharactersInTextNeverBreakTheXml() throws Exception {
        site.index.apply("amp", article("amp").headline("Smith & Sons <Ltd> \"fined\"\u0007 again")
                .summary("Fines & fees\u0000 rise").byline("By A & B").build(), null);
        for (String path : List.of("/feeds/rss.xml", "/feeds/atom.xml", "/sitemaps/2025-03.xml", "/news-sitemap.xml")) {
            Document doc = dom(site.get(path).body());
            assertTrue(doc.getDocumentElement().getTextContent().contains(path.startsWith("/sitemaps/")
                    ? "pill-press-verdict-amp" : "Smith & Sons <Ltd> \"fined\" again"), path);
        }
        SyndFeed rss = new SyndFeedInput().build(new StringReader(site.get("/feeds/rss.xml").body()));
        assertEquals("Smith & Sons <Ltd> \"fined\" again", rss.getEntries().get(0).getTitle());
        assertNotEquals(-1, site.get("/feeds/rss.xml").body().indexOf("Smith &amp; Sons &lt;Ltd&gt;"));
    }
}
