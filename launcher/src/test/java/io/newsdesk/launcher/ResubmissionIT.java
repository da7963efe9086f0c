package io.newsdesk.launcher;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.testkit.KafkaFixture;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resubmitting an article (same source and externalId) is an update: the log gives it a higher version,
 * which replaces the first on articles.published under the same key and slug. An update based on a
 * version the article has moved past is accepted by ingest (202) and refused by publish: it lands on
 * articles.dlq with the reason, and the site keeps the latest version.
 */
class ResubmissionIT {
    private static final KafkaFixture KAFKA = KafkaFixture.shared();
    private static final String EXTERNAL_ID = "jail-budget-vote";

    @TempDir
    Path data;

    @Test
    void aResubmittedArticleBecomesItsNextVersionAndAnUpdateBasedOnAnOldVersionIsRefused() throws Exception {
        try (TestPipeline pipeline = TestPipeline.start(KAFKA, "resubmission", data)) {
            HttpResponse<String> first = pipeline.submit(submission("County Board Delays Vote on Jail Budget",
                    "The county board on Tuesday postponed its vote on a $38 million jail budget after the sheriff "
                            + "asked for more time to answer questions about overtime costs. Board chair Lena Park said "
                            + "the vote would move to next month."));
            assertEquals(202, first.statusCode(), first.body());
            String articleId = TestPipeline.json(first).get("articleId").asText();
            long firstVersion = TestPipeline.json(first).get("version").asLong();

            PublishedArticle v1 = latest(pipeline.publishedReader(KAFKA).readUntil("version " + firstVersion + " of " + articleId,
                    read -> latestVersion(read, articleId) == firstVersion), articleId);
            assertEquals("County Board Delays Vote on Jail Budget", v1.getArticle().getContent().getHeadline());

            HttpResponse<String> second = pipeline.submit(submission("County Board Approves Jail Budget After Delay",
                    "The county board on Tuesday approved a $36 million jail budget, two million less than the sheriff "
                            + "first asked for, after a month of questions about overtime costs. Board chair Lena Park "
                            + "said the cut would come from overtime, not from staffing."));
            assertEquals(202, second.statusCode(), second.body());
            assertEquals(articleId, TestPipeline.json(second).get("articleId").asText(), "same source and externalId, same article");
            long secondVersion = TestPipeline.json(second).get("version").asLong();
            assertTrue(secondVersion > firstVersion, secondVersion + " after " + firstVersion);

            List<ConsumerRecord<String, PublishedArticle>> records = pipeline.publishedReader(KAFKA)
                    .readUntil("version " + secondVersion + " of " + articleId + " as the latest record",
                            read -> latestVersion(read, articleId) == secondVersion);
            PublishedArticle v2 = latest(records, articleId);
            assertEquals(secondVersion, v2.getVersion());
            assertEquals("County Board Approves Jail Budget After Delay", v2.getArticle().getContent().getHeadline());
            assertTrue(v2.getArticle().getContent().getText().contains("$36 million"), v2.getArticle().getContent().getText());
            assertFalse(v2.getArticle().getContent().getText().contains("postponed"), "version 2 carries only its own text");
            assertEquals(v1.getSlug(), v2.getSlug(), "the slug is stable across versions");
            assertEquals(v1.getFirstPublishedAt(), v2.getFirstPublishedAt(), "first publication time is kept");

            HttpResponse<String> page = await("the page to show version 2")
                    .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> pipeline.get("/articles/" + v2.getSlug()),
                            response -> response.statusCode() == 200 && response.body().contains("Approves Jail Budget"));
            assertFalse(page.body().contains("Delays Vote"), "the page shows version 2 only");

            // A second editor still working from the first version: accepted at the door, refused at publish.
            HttpResponse<String> stale = pipeline.submit(submission("County Board Delays Vote Again",
                    "An editor's update written against the first version.").replace("}", ",\"version\":" + firstVersion + "}"));
            assertEquals(202, stale.statusCode(), stale.body());
            long staleVersion = TestPipeline.json(stale).get("version").asLong();
            List<ConsumerRecord<byte[], DeadLetter>> letters = KAFKA.topicReader(pipeline.topics().deadLetters().name(),
                            new ByteArrayDeserializer(), pipeline.topics().deadLetters().valueSerde().deserializer())
                    .withTimeout(TestPipeline.PUBLISH_TIMEOUT)
                    .readUntil("the refused update on articles.dlq", read -> !read.isEmpty());
            DeadLetter refused = letters.get(0).value();
            assertEquals("version conflict: based on " + firstVersion + ", the article is at " + secondVersion + "; version "
                    + staleVersion + " of article " + articleId + " is not published (resubmit it based on the latest version)",
                    refused.getExceptionMessage().substring(refused.getExceptionMessage().indexOf("version conflict")));
            assertEquals(secondVersion, latestVersion(pipeline.publishedReader(KAFKA).readUntil("the published topic",
                    read -> latestVersion(read, articleId) >= secondVersion), articleId), "the site keeps the latest version");
        }
    }

    private static String submission(String headline, String body) {
        return Json.write(Map.of("externalId", EXTERNAL_ID, "headline", headline, "body", body, "section", "courts"));
    }

    /** The last record for the article on the topic, i.e. what compaction keeps. */
    private static PublishedArticle latest(List<ConsumerRecord<String, PublishedArticle>> records, String articleId) {
        PublishedArticle latest = null;
        for (ConsumerRecord<String, PublishedArticle> record : records) {
            if (record.key().equals(articleId)) {
                latest = record.value();
            }
        }
        return latest;
    }

    private static long latestVersion(List<ConsumerRecord<String, PublishedArticle>> records, String articleId) {
        PublishedArticle latest = latest(records, articleId);
        return latest == null ? -1 : latest.getVersion();
    }
}
