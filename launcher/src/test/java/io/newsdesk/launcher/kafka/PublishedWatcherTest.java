package io.newsdesk.launcher.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PublishedWatcherTest {
    private static final String TOPIC = "articles.published";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);
    private static final Instant AT = Instant.parse("2025-03-05T06:40:00Z");

    private final MockConsumer<String, PublishedArticle> consumer = new MockConsumer<>("earliest");
    private long offset;

    @Test
    void reportsEachAwaitedArticleOnceItIsPublishedAtTheAwaitedVersionOrLater() {
        prepare(List.of(record("a", article("a", 1)), record("b", article("b", 1)), record("a", article("a", 2))));
        List<String> seen = new ArrayList<>();

        PublishedWatcher.Outcome outcome = new PublishedWatcher(consumer, TOPIC)
                .await(awaited("a", 2, "b", 1), Duration.ofSeconds(5), published -> seen.add(published.getArticleId() + "@" + published.getVersion()));

        assertTrue(outcome.complete());
        // Version 1 of "a" was not enough; both arrived in one poll and are told in the order awaited.
        assertEquals(List.of("a@2", "b@1"), seen);
        assertEquals(2, outcome.published().get("a").getVersion());
    }

    @Test
    void anArticleWhoseLatestRecordIsATombstoneIsNotPublished() {
        prepare(List.of(record("a", article("a", 1)), record("a", null)));

        PublishedWatcher.Outcome outcome = new PublishedWatcher(consumer, TOPIC)
                .await(awaited("a", 1, "b", 1), Duration.ofMillis(600), published -> { });

        assertFalse(outcome.complete());
        assertEquals(Map.of("a", 1L, "b", 1L), outcome.missing());
        assertTrue(outcome.published().isEmpty());
    }

    @Test
    void anOlderVersionDoesNotCount() {
        prepare(List.of(record("a", article("a", 1))));

        PublishedWatcher.Outcome outcome = new PublishedWatcher(consumer, TOPIC)
                .await(awaited("a", 2, "a", 2), Duration.ofMillis(600), published -> { });

        assertEquals(Map.of("a", 2L), outcome.missing());
        assertTrue(outcome.published().isEmpty());
    }

    private void prepare(List<ConsumerRecord<String, PublishedArticle>> records) {
        consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, Node.noNode(), new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        consumer.schedulePollTask(() -> records.forEach(consumer::addRecord));
    }

    private ConsumerRecord<String, PublishedArticle> record(String key, PublishedArticle value) {
        return new ConsumerRecord<>(TOPIC, 0, offset++, key, value);
    }

    private static Map<String, Long> awaited(String id1, long v1, String id2, long v2) {
        Map<String, Long> awaited = new LinkedHashMap<>();
        awaited.put(id1, v1);
        awaited.put(id2, v2);
        return awaited;
    }

    private static PublishedArticle article(String id, long version) {
        Submission submission = Submission.newBuilder().setArticleId(id).setVersion(version).setSubmissionId("s")
                .setSource("local").setExternalId(id).setBody("Body.").setReceivedAt(AT).build();
        EnrichedArticle enriched = EnrichedArticle.newBuilder().setSubmission(submission)
                .setContent(ArticleContent.newBuilder().setHeadline("Headline " + id).setText("Body.").build())
                .setEnrichedAt(AT).build();
        return PublishedArticle.newBuilder().setArticleId(id).setVersion(version).setSlug("headline-" + id)
                .setFirstPublishedAt(AT).setPublishedAt(AT).setArticle(enriched).build();
    }
}
