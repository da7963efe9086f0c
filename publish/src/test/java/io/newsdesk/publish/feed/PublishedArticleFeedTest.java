package io.newsdesk.publish.feed;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedArticleFeedTest {
    private static final String TOPIC = "t-articles.published";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private final AvroSerde<PublishedArticle> serde = AvroSerde.of(PublishedArticle.class);

    /** What the feed applied, in order. */
    private record Applied(String articleId, PublishedArticle value, String reason) {
    }

    private final List<Applied> applied = new ArrayList<>();
    private MockConsumer<byte[], byte[]> consumer;
    private PublishedArticleFeed feed;

    @BeforeEach
    void setUp() {
        consumer = new MockConsumer<>("earliest");
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(
                new PartitionInfo(TOPIC, 0, node, new Node[] {node}, new Node[] {node}),
                new PartitionInfo(TOPIC, 1, node, new Node[] {node}, new Node[] {node})));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        feed = new PublishedArticleFeed(consumer, TOPIC, serde.deserializer(),
                (id, value, reason) -> applied.add(new Applied(id, value, reason)), Duration.ofMillis(10));
    }

    private PublishedArticle record(String id, long version) {
        Instant t = Instant.parse("2025-03-04T15:00:00Z");
        return PublishedArticle.newBuilder().setArticleId(id).setVersion(version).setSlug("slug-" + id)
                .setFirstPublishedAt(t).setPublishedAt(t).setCorrections(List.of())
                .setArticle(article(id).version(version).build()).build();
    }

    private ConsumerRecord<byte[], byte[]> value(TopicPartition tp, long offset, PublishedArticle article) {
        return new ConsumerRecord<>(TOPIC, tp.partition(), offset, 0L, TimestampType.CREATE_TIME, 0, 0,
                article.getArticleId().getBytes(StandardCharsets.UTF_8), serde.serializer().serialize(TOPIC, article),
                new RecordHeaders(), Optional.empty());
    }

    private ConsumerRecord<byte[], byte[]> tombstone(TopicPartition tp, long offset, String id, String reason) {
        RecordHeaders headers = new RecordHeaders();
        if (reason != null) {
            headers.add(TombstoneReason.HEADER, reason.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(TOPIC, tp.partition(), offset, 0L, TimestampType.CREATE_TIME, 0, 0,
                id.getBytes(StandardCharsets.UTF_8), null, headers, Optional.empty());
    }

    @Test
    void readsEveryPartitionFromTheBeginningAndIsCaughtUpAtTheStartEnd() {
        consumer.updateEndOffsets(Map.of(P0, 2L, P1, 1L));
        feed.assignFromBeginning();
        assertEquals(java.util.Set.of(P0, P1), consumer.assignment());
        assertFalse(feed.caughtUp());

        consumer.addRecord(value(P0, 0, record("a1", 1)));
        consumer.addRecord(value(P1, 0, record("b1", 1)));
        feed.pollOnce();
        assertFalse(feed.caughtUp(), "partition 0 has one more record to read");
        consumer.addRecord(value(P0, 1, record("a1", 2)));
        feed.pollOnce();
        assertTrue(feed.caughtUp());
        assertEquals(3, feed.applied());
        assertEquals(List.of("a1", "b1", "a1"), applied.stream().map(Applied::articleId).toList());
        assertEquals(2, applied.get(2).value().getVersion());
    }

    @Test
    void emptyTopicIsCaughtUpAtOnce() {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        feed.assignFromBeginning();
        assertTrue(feed.caughtUp());
    }

    @Test
    void tombstonesCarryTheReasonFromTheHeader() {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        feed.assignFromBeginning();
        consumer.addRecord(tombstone(P0, 0, "a1", "RETRACTED"));
        consumer.addRecord(tombstone(P0, 1, "a2", "WITHHELD"));
        consumer.addRecord(tombstone(P0, 2, "a3", null));
        consumer.addRecord(tombstone(P0, 3, "a4", "UNROUTED"));
        feed.pollOnce();
        assertEquals(List.of(new Applied("a1", null, "RETRACTED"), new Applied("a2", null, "WITHHELD"),
                new Applied("a3", null, null), new Applied("a4", null, null)), applied);
    }

    @Test
    void undecodableRecordIsSkippedAndCountedWhileTheRestIsApplied() {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        feed.assignFromBeginning();
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "bad".getBytes(StandardCharsets.UTF_8),
                "not avro".getBytes(StandardCharsets.UTF_8)));
        consumer.addRecord(value(P0, 1, record("a1", 1)));
        feed.pollOnce();
        assertEquals(1, feed.skipped());
        assertEquals(1, feed.applied());
        assertEquals("a1", applied.get(0).articleId());
        assertNull(applied.get(0).reason());
    }

    @Test
    void missingTopicIsAClearError() {
        MockConsumer<byte[], byte[]> empty = new MockConsumer<>("earliest");
        PublishedArticleFeed noTopic = new PublishedArticleFeed(empty, "missing", serde.deserializer(),
                (id, v, r) -> { }, Duration.ofMillis(10));
        var e = assertThrows(IllegalStateException.class, noTopic::assignFromBeginning);
        assertTrue(e.getMessage().contains("topic missing does not exist"), e.getMessage());
    }

    @Test
    void closeStopsTheLoopAndClosesTheConsumer() throws InterruptedException {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        Thread thread = new Thread(feed);
        thread.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(feed::caughtUp);
        feed.close();
        thread.join(5_000);
        assertFalse(thread.isAlive());
        assertTrue(consumer.closed());
    }
}
