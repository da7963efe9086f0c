package io.newsdesk.publish.site;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.DigestGroup;
import io.newsdesk.schemas.DigestItem;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DigestTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.parse("2025-03-14");
    private static final Instant NOW = Instant.parse("2025-03-15T12:00:00Z");

    /** Two crime stories, one election story, one without topics, and one each side of the day's edges in New York. */
    private static TestIndex dayOfNews() {
        TestIndex index = new TestIndex(java.time.Clock.systemUTC());
        index.apply("late-previous", article("late-previous").headline("Previous evening")
                .firstPublished(Instant.parse("2025-03-14T03:59:59Z")).build(), null);
        index.apply("c1", article("c1").headline("Courier convicted").firstPublished(Instant.parse("2025-03-14T04:00:00Z")).build(), null);
        index.apply("e1", article("e1").headline("Turnout record").topics(TestArticles.elections())
                .firstPublished(Instant.parse("2025-03-14T12:00:00Z")).build(), null);
        index.apply("o1", article("o1").headline("Weather closes courthouse").topics().summary(null)
                .firstPublished(Instant.parse("2025-03-14T13:00:00Z")).build(), null);
        index.apply("c2", article("c2").headline("Sheriff audit released").topics(TestArticles.lawEnforcement())
                .firstPublished(Instant.parse("2025-03-15T03:59:00Z")).build(), null);
        index.apply("next-day", article("next-day").headline("Next morning")
                .firstPublished(Instant.parse("2025-03-15T04:00:00Z")).build(), null);
        return index;
    }

    private static List<String> headlines(DigestGroup group) {
        return group.getItems().stream().map(DigestItem::getHeadline).toList();
    }

    @Test
    void groupsTheDaysArticlesByTopLevelTopicInTheNewsroomsZone() {
        Digest digest = DigestBuilder.build(dayOfNews().queries(), DAY, NEW_YORK, NOW);

        assertEquals("2025-03-14", digest.getDate());
        assertEquals("America/New_York", digest.getTimeZone());
        assertEquals(NOW, digest.getGeneratedAt());
        List<DigestGroup> groups = digest.getGroups();
        assertEquals(List.of("medtop:02000000", "medtop:11000000", "other"), groups.stream().map(g -> g.getTopic().getCode()).toList());
        assertEquals("crime, law and justice", groups.get(0).getTopic().getLabel());
        assertEquals(List.of("Courier convicted", "Sheriff audit released"), headlines(groups.get(0)), "publication order");
        assertEquals(List.of("Turnout record"), headlines(groups.get(1)));
        assertEquals("Other", groups.get(2).getTopic().getLabel());
        assertEquals(List.of("Weather closes courthouse"), headlines(groups.get(2)));
        DigestItem item = groups.get(0).getItems().get(0);
        assertEquals("c1", item.getArticleId());
        assertEquals(1, item.getVersion());
        assertEquals("pill-press-verdict-c1", item.getSlug());
        assertNull(groups.get(2).getItems().get(0).getSummary());
    }

    @Test
    void retractedArticlesAreLeftOutOfTheDigest() {
        TestIndex index = dayOfNews();
        index.apply("e1", null, "RETRACTED");
        Digest digest = DigestBuilder.build(index.queries(), DAY, NEW_YORK, NOW);
        assertEquals(List.of("medtop:02000000", "other"), digest.getGroups().stream().map(g -> g.getTopic().getCode()).toList());
    }

    @Test
    void anEmptyDayHasNoGroups() {
        assertTrue(DigestBuilder.build(dayOfNews().queries(), LocalDate.parse("2025-01-01"), NEW_YORK, NOW).getGroups().isEmpty());
    }

    @Test
    void servesTheDigestAsAnEmailReadyPageAndAsJson() throws Exception {
        try (SiteUnderTest site = new SiteUnderTest()) {
            site.index.apply("c1", article("c1").headline("Courier convicted")
                    .firstPublished(Instant.parse("2025-03-14T15:00:00Z")).build(), null);
            site.index.apply("e1", article("e1").headline("Turnout record").topics(TestArticles.elections())
                    .firstPublished(Instant.parse("2025-03-14T16:00:00Z")).build(), null);

            HttpResponse<String> html = site.get("/digest/2025-03-14");
            assertEquals(200, html.statusCode());
            assertEquals("text/html; charset=utf-8", site.contentType(html));
            Document doc = Jsoup.parse(html.body());
            assertEquals(List.of("crime, law and justice", "politics"), doc.select("h2").eachText());
            assertEquals(List.of("Courier convicted", "Turnout record"), doc.select("h3 a").eachText());
            assertEquals("https://news.example.org/articles/pill-press-verdict-c1", doc.selectFirst("h3 a").attr("href"), "absolute links for e-mail");
            assertTrue(doc.select("table[role=presentation]").size() >= 2, "table layout for mail clients");
            assertTrue(doc.select("link[rel=stylesheet], script, style").isEmpty(), "inline styles only");
            assertEquals("Friday, March 14, 2025", doc.selectFirst("time").text());

            HttpResponse<String> json = site.get("/digest/2025-03-14.json");
            assertEquals(200, json.statusCode());
            assertEquals("application/json; charset=utf-8", site.contentType(json));
            JsonNode body = new ObjectMapper().readTree(json.body());
            assertEquals("2025-03-14", body.path("date").asText());
            assertEquals("America/New_York", body.path("timeZone").asText());
            assertEquals("medtop:02000000", body.path("groups").get(0).path("topic").path("code").asText());
            JsonNode item = body.path("groups").get(0).path("items").get(0);
            assertEquals("c1", item.path("articleId").asText());
            assertEquals("Courier convicted", item.path("headline").asText());
            assertEquals("https://news.example.org/articles/pill-press-verdict-c1", item.path("url").asText());

            assertEquals(400, site.get("/digest/yesterday").statusCode());
            HttpResponse<String> today = site.get("/digest");
            assertEquals(302, today.statusCode());
            assertEquals("/digest/2025-03-14", today.headers().firstValue("Location").orElseThrow(), "today in New York");
        }
    }
}
