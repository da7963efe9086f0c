package io.newsdesk.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.testkit.KafkaFixture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article through the whole pipeline on a real broker: POSTed over HTTP to ingest, tagged and
 * enriched by enrich, published by publish to articles.published, and served as a page by the site.
 */
class PipelineEndToEndIT {
    private static final KafkaFixture KAFKA = KafkaFixture.shared();

    private static final String HEADLINE = "Appeals Court Orders New Trial in Riverside Arson Case";
    private static final String BODY = """
            A state appeals court on Thursday ordered a new trial for Calvin Morrow, who was convicted in 2019 of \
            setting the fire that destroyed a Riverside warehouse, after finding that prosecutors withheld a fire \
            investigator's report that pointed to faulty wiring. The Valley Courier reports that the three-judge \
            panel was unanimous.

            "The jury never heard the one piece of evidence that could have changed its mind," Judge Adela Quintero \
            wrote for the panel. Morrow, 41, has served five years of a 15-year sentence. His lawyer, Nadia Brooks, \
            said she would ask for his release on bail within the week.

            The district attorney's office said it was reviewing the ruling and had not decided whether to retry \
            the case.""";

    @TempDir
    Path data;

    @Test
    void anArticlePostedToIngestIsPublishedEnrichedAndServedAsAPage() throws Exception {
        try (TestPipeline pipeline = TestPipeline.start(KAFKA, "e2e", data)) {
            HttpResponse<String> answer = pipeline.submit(Json.write(Map.of(
                    "externalId", "riverside-arson-retrial",
                    "headline", HEADLINE,
                    "body", BODY,
                    "byline", "By Teresa Lindgren",
                    "section", "courts",
                    "url", "https://courier.example/2025/riverside-arson-retrial")));

            assertEquals(202, answer.statusCode(), answer.body());
            JsonNode accepted = TestPipeline.json(answer);
            String articleId = accepted.get("articleId").asText();
            long version = accepted.get("version").asLong();
            assertTrue(version >= 1, answer.body());

            List<ConsumerRecord<String, PublishedArticle>> records = pipeline.publishedReader(KAFKA)
                    .readUntil("article " + articleId + " published", read -> read.stream()
                            .anyMatch(r -> r.key().equals(articleId) && r.value() != null));
            PublishedArticle published = records.stream().filter(r -> r.key().equals(articleId)).findFirst().orElseThrow().value();

            assertEquals(articleId, published.getArticleId());
            assertEquals(version, published.getVersion(), "the version ingest answered is the one published");
            EnrichedArticle article = published.getArticle();
            assertEquals(HEADLINE, article.getContent().getHeadline());
            assertEquals("newsroom", article.getSubmission().getSource());
            assertEquals("riverside-arson-retrial", article.getSubmission().getExternalId());
            assertTrue(published.getSlug().startsWith("appeals-court-orders-new-trial"), published.getSlug());
            assertEquals(published.getSlug(), article.getSlug());
            assertTrue(article.getWordCount() > 100 && article.getWordCount() < 140, "wordCount " + article.getWordCount());
            assertTrue(article.getReadingTimeSeconds() > 0);
            assertFalse(article.getKeywords().isEmpty(), "keywords of " + article);
            // an appeals court ordering a retrial is filed under crime, law and justice
            assertFalse(article.getTopics().isEmpty(), "topics of " + article);
            var mainTopic = article.getTopics().get(0);
            String topLevel = mainTopic.getBroader().isEmpty() ? mainTopic.getCode()
                    : mainTopic.getBroader().get(mainTopic.getBroader().size() - 1).getCode();
            assertEquals("medtop:02000000", topLevel, article.getTopics().toString());
            assertTrue(article.getContent().getText().contains("faulty wiring"), article.getContent().getText());

            // The site reads the published topic on its own; the page appears once it has caught up.
            HttpResponse<String> page = await("the page of " + published.getSlug())
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> pipeline.get("/articles/" + published.getSlug()), response -> response.statusCode() == 200);
            assertTrue(page.body().contains(HEADLINE), page.body());
            assertTrue(page.body().contains("faulty wiring"), page.body());
        }
    }
}
