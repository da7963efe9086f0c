package io.newsdesk.publish.site.api;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.publish.site.SiteUnderTest;
import io.newsdesk.publish.site.TestArticles;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchApiTest {
    private final SiteUnderTest site = new SiteUnderTest();

    @BeforeEach
    void archive() {
        site.index.apply("court", article("court").headline("Appeals court orders new trial").firstPublished(T0).build(), null);
        site.index.apply("vote", article("vote").headline("Court ruling delays the vote").topics(TestArticles.elections())
                .firstPublished(T0.plusSeconds(60)).build(), null);
        site.index.apply("gone", article("gone").headline("Court retracted story").firstPublished(T0.plusSeconds(120)).build(), null);
        site.index.apply("gone", null, "RETRACTED");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private JsonNode json(String path, int status) throws Exception {
        return site.json(path, status);
    }

    private static List<String> uris(JsonNode page) {
        return SiteUnderTest.uris(page);
    }

    @Test
    void answersNinjsItemsWithTheTotalAndTheNextPage() throws Exception {
        JsonNode first = json("/v1/search?q=court&sort=newest&size=1", 200);
        assertEquals("court", first.path("query").asText());
        assertEquals(2, first.path("total").asInt(), "the retracted article is not counted");
        assertEquals(2, first.path("pages").asInt());
        assertEquals(List.of("urn:newsdesk:article:vote"), uris(first));
        JsonNode item = first.path("items").get(0);
        assertEquals("usable", item.path("pubstatus").asText());
        assertEquals("Court ruling delays the vote", item.path("headlines").get(0).path("value").asText());
        assertTrue(item.path(NinjsDocument.EXTENSION).path("snippet").isTextual());
        assertEquals("partial", item.path("representationtype").asText());
        assertFalse(item.has("bodies"), "a search lists items without their bodies unless asked");
        String next = first.path("next").asText();
        assertEquals("https://news.example.org/v1/search?q=court&sort=newest&size=1&page=2", next);

        URI uri = URI.create(next);
        JsonNode second = json(uri.getRawPath() + "?" + uri.getRawQuery(), 200);
        assertEquals(List.of("urn:newsdesk:article:court"), uris(second));
        assertFalse(second.has("next"));
    }

    @Test
    void givesWholeItemsWhenAskedAndKeepsAskingOnTheNextPage() throws Exception {
        JsonNode first = json("/v1/search?q=court&sort=newest&size=1&representation=full", 200);
        JsonNode item = first.path("items").get(0);
        assertEquals("full", item.path("representationtype").asText());
        JsonNode article = json("/v1/articles/vote", 200);
        assertEquals(article.path("bodies"), item.path("bodies"),
                "a hit's bodies are the article's, its HTML the one cleaned when indexed");
        assertFalse(item.path("bodies").isEmpty());
        // Built from the index's columns, not the stored record: the article's own item but for the passage.
        ObjectNode withoutSnippet = item.deepCopy();
        ((ObjectNode) withoutSnippet.path(NinjsDocument.EXTENSION)).remove("snippet");
        assertEquals(article, withoutSnippet, "a whole item is the article's item, plus the passage that matched");
        JsonNode partial = json("/v1/search?q=court&sort=newest&size=1", 200).path("items").get(0);
        assertEquals(partial.path("headlines"), item.path("headlines"));
        assertEquals(partial.path("subjects"), item.path("subjects"), "a partial item lacks only the bodies");
        assertEquals("https://news.example.org/v1/search?q=court&sort=newest&size=1&page=2&representation=full",
                first.path("next").asText());
        assertEquals("full", json("/v1/search?q=court&representation=FULL", 200).path("items").get(0)
                .path("representationtype").asText(), "the value is read in any case");
    }

    @Test
    void refusesAnUnknownRepresentation() throws Exception {
        JsonNode error = json("/v1/search?q=court&representation=summary", 400);
        assertEquals("representation: summary is not partial or full", error.path("problems").get(0).asText());
        JsonNode both = json("/v1/search?representation=summary", 400);
        assertEquals(2, both.path("problems").size(), both.toString());
        assertTrue(both.path("problems").get(0).asText().startsWith("q: give words"));
    }

    @Test
    void filtersByTopicWithoutWords() throws Exception {
        assertEquals(List.of("urn:newsdesk:article:vote"), uris(json("/v1/search?topic=medtop:11000000", 200)));
        assertEquals(List.of("urn:newsdesk:article:court"), uris(json("/v1/search?q=court&topic=02000000", 200)));
    }

    @Test
    void refusesAMalformedSearchNamingEachProblemAndAnEmptyOne() throws Exception {
        JsonNode error = json("/v1/search?q=court&size=500&to=tomorrow", 400);
        List<String> problems = new ArrayList<>();
        error.path("problems").forEach(p -> problems.add(p.asText()));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("to: tomorrow"));
        assertTrue(problems.get(1).startsWith("size: 500"));
        assertTrue(json("/v1/search", 400).path("problems").get(0).asText().startsWith("q: give words"));
        assertEquals("to: must be after from",
                json("/v1/search?q=court&from=2025-03-15&to=2025-03-14", 400).path("problems").get(0).asText());
    }
}
