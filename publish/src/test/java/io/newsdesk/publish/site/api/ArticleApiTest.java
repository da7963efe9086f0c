package io.newsdesk.publish.site.api;

import static io.newsdesk.publish.site.TestArticles.T0;
import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.publish.site.SiteUnderTest;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArticleApiTest {
    private final SiteUnderTest site = new SiteUnderTest();

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

    /** The path and query of a {@code next} link, to follow it on the test server. */
    private static String local(String absolute) {
        URI uri = URI.create(absolute);
        assertEquals("news.example.org", uri.getHost(), "next is absolute, from the base URL");
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void returnsTheArticleAsNinjs() throws Exception {
        site.index.apply("x", article("x").version(4).firstPublished(T0).published(T0.plusSeconds(60))
                .embargoedUntil(T0.minusSeconds(60)).correction(4, "Fixed a name.", T0.plusSeconds(50)).build(), null);

        JsonNode n = json("/v1/articles/x", 200);
        assertEquals("urn:newsdesk:article:x", n.path("uri").asText());
        assertEquals("text", n.path("type").asText());
        assertEquals("4", n.path("version").asText());
        assertTrue(n.path("version").isTextual());
        assertEquals("2025-03-14T14:01:00Z", n.path("versioncreated").asText());
        assertEquals("2025-03-14T13:00:00Z", n.path("firstcreated").asText(), "the source's firstCreated");
        assertEquals("2025-03-14T13:59:00Z", n.path("embargoed").asText());
        assertEquals("usable", n.path("pubstatus").asText());
        assertEquals("en", n.path("language").asText());
        assertEquals("By Morgan Reyes", n.path("by").asText());
        assertEquals("main", n.path("headlines").get(0).path("role").asText());
        assertEquals("County jury convicts courier in pill-press case", n.path("headlines").get(0).path("value").asText());
        JsonNode body = n.path("bodies").get(0);
        assertEquals("main", body.path("role").asText());
        assertEquals("text/html", body.path("contenttype").asText());
        assertTrue(body.path("value").asText().startsWith("<p>A Harlow County jury"));
        assertEquals("summary", n.path("descriptions").get(0).path("role").asText());
        JsonNode subject = n.path("subjects").get(0);
        assertEquals("drug trafficking", subject.path("name").asText());
        assertEquals("medtop:20000096", subject.path("literal").asText());
        assertEquals("http://cv.iptc.org/newscodes/mediatopic/20000096", subject.path("uri").asText());
        assertEquals(91, subject.path("relevance").asInt());
        assertEquals("Lena Ortiz", n.path("people").get(0).path("name").asText());
        assertEquals("Ohio", n.path("places").get(0).path("name").asText());
        assertEquals("US-OH", n.path("places").get(0).path("literal").asText());
        assertEquals("Harlow County Sheriff's Office", n.path("organisations").get(0).path("name").asText());
        assertEquals("Riverside Ledger", n.path("infosources").get(0).path("name").asText());
        JsonNode ext = n.path(NinjsDocument.EXTENSION);
        assertEquals("https://news.example.org/articles/pill-press-verdict-x", ext.path("url").asText());
        assertEquals("Lena Ortiz", ext.path("quotes").get(0).path("speaker").asText());
        assertEquals("Fixed a name.", ext.path("corrections").get(0).path("note").asText());
        assertEquals("pill press", ext.path("keywords").get(0).asText());
        assertEquals("medtop:02000000", ext.path("topLevelTopic").path("code").asText());
        assertEquals(2.0, ext.path("figures").get(0).path("value").asDouble());
    }

    @Test
    void ninjsByIsTheSubmittedBylineElseTheOneFoundInThePage() throws Exception {
        site.index.apply("found", article("found").byline(null).foundByline("Ilse Marchetti").build(), null);
        site.index.apply("both", article("both").byline("By Morgan Reyes").foundByline("Ilse Marchetti").build(), null);
        site.index.apply("none", article("none").byline(null).build(), null);

        assertEquals("Ilse Marchetti", json("/v1/articles/found", 200).path("by").asText());
        assertEquals("By Morgan Reyes", json("/v1/articles/both", 200).path("by").asText(), "the newsroom's own byline wins");
        assertFalse(json("/v1/articles/none", 200).has("by"));
    }

    @Test
    void usesOnlyNinjs21PropertiesBesidesTheOneNamespacedExtension() throws Exception {
        site.index.apply("x", article("x").build(), null);
        JsonNode n = json("/v1/articles/x", 200);
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            assertTrue(NinjsDocument.NINJS_21_PROPERTIES.contains(field) || field.equals(NinjsDocument.EXTENSION),
                    field + " is not a ninjs 2.1 property");
        }
        assertEquals("2.1", n.path("standard").path("version").asText());
    }

    @Test
    void retractedAnswers410WithACanceledStubAndUnknownOrWithheld404() throws Exception {
        site.index.apply("r", article("r").build(), null);
        site.index.apply("w", article("w").build(), null);
        site.index.apply("r", null, "RETRACTED");
        site.index.apply("w", null, "WITHHELD");

        JsonNode gone = json("/v1/articles/r", 410);
        assertEquals(410, gone.path("status").asInt());
        assertEquals("canceled", gone.path("item").path("pubstatus").asText());
        assertEquals("urn:newsdesk:article:r", gone.path("item").path("uri").asText());
        assertFalse(gone.toString().contains("pill-press case"), "no content of a retracted article");
        assertEquals(404, json("/v1/articles/w", 404).path("status").asInt());
        assertEquals(404, json("/v1/articles/nope", 404).path("status").asInt());
    }

    @Test
    void changeFeedPagesOldestFirstWithANextCursorAndIncludesRetractions() throws Exception {
        site.index.apply("a", article("a").published(T0).build(), null);
        site.index.apply("b", article("b").published(T0.plusSeconds(10)).build(), null);
        site.index.apply("c", article("c").published(T0.plusSeconds(20)).build(), null);
        site.index.apply("b", null, "RETRACTED", T0.plusSeconds(30));

        JsonNode first = json("/v1/articles?since=2025-03-14T13:00:00Z&limit=2", 200);
        assertEquals(List.of("urn:newsdesk:article:a", "urn:newsdesk:article:c"), uris(first));
        assertEquals(2, first.path("count").asInt());
        assertEquals("usable", first.path("items").get(0).path("pubstatus").asText());
        assertEquals(json("/v1/articles/a", 200).path("bodies"), first.path("items").get(0).path("bodies"),
                "a change's bodies are the article's, its HTML the one cleaned when indexed");

        JsonNode second = json(local(first.path("next").asText()), 200);
        assertEquals(List.of("urn:newsdesk:article:b"), uris(second));
        assertEquals("canceled", second.path("items").get(0).path("pubstatus").asText());

        JsonNode caughtUp = json(local(second.path("next").asText()), 200);
        assertEquals(List.of(), uris(caughtUp));
        assertEquals(second.path("next").asText(), caughtUp.path("next").asText(), "the cursor waits where it is");

        site.index.apply("a", article("a").version(2).published(T0.plusSeconds(40)).build(), null);
        JsonNode later = json(local(caughtUp.path("next").asText()), 200);
        assertEquals(List.of("urn:newsdesk:article:a"), uris(later));
        assertEquals("2", later.path("items").get(0).path("version").asText());

        assertEquals(List.of("urn:newsdesk:article:a"), uris(json("/v1/articles?since=2025-03-14T14:00:35Z", 200)));
    }

    @Test
    void refusesAMalformedQueryNamingEachProblem() throws Exception {
        JsonNode error = json("/v1/articles?since=yesterday&limit=100000", 400);
        assertEquals(2, error.path("problems").size());
        assertTrue(error.path("problems").get(0).asText().startsWith("since:"));
        assertTrue(error.path("problems").get(1).asText().startsWith("limit:"));
    }
}
