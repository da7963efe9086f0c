package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedTopicFollowerTest {
    private static final String TOPIC = "t-articles.published";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);
    private static final Instant RECORD_TIME = Instant.parse("2025-03-04T16:00:00Z");
    /** Refresh after every poll, commit every third record: each test sees its records at once. */
    private static final PublishedTopicFollower.Cadence CADENCE = new PublishedTopicFollower.Cadence(Duration.ofMillis(10),
            Duration.ZERO, Duration.ofHours(1), 3);
    private final AvroSerde<PublishedArticle> serde = AvroSerde.of(PublishedArticle.class);
    private final ArticleIndex index = ArticleIndex.inMemory(Clock.systemUTC());
    private final List<PublishedArticle> applied = new ArrayList<>();
    private MockConsumer<byte[], byte[]> consumer;
    private PublishedTopicFollower follower;

    @BeforeEach
    void setUp() {
        consumer = consumer();
        follower = follower(consumer);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    private MockConsumer<byte[], byte[]> consumer() {
        MockConsumer<byte[], byte[]> c = new MockConsumer<>("earliest");
        Node node = new Node(0, "localhost", 9092);
        c.updatePartitions(TOPIC, List.of(
                new PartitionInfo(TOPIC, 0, node, new Node[] {node}, new Node[] {node}),
                new PartitionInfo(TOPIC, 1, node, new Node[] {node}, new Node[] {node})));
        c.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        return c;
    }

    private PublishedTopicFollower follower(MockConsumer<byte[], byte[]> c) {
        return new PublishedTopicFollower(c, TOPIC, serde.deserializer(), index, CADENCE, Clock.systemUTC(), applied::add);
    }

    private ConsumerRecord<byte[], byte[]> value(TopicPartition tp, long offset, String id, long version) {
        PublishedArticle article = article(id).version(version).slug("slug-" + id).build();
        return new ConsumerRecord<>(TOPIC, tp.partition(), offset, RECORD_TIME.toEpochMilli(), TimestampType.CREATE_TIME, 0, 0,
                id.getBytes(StandardCharsets.UTF_8), serde.serializer().serialize(TOPIC, article),
                new RecordHeaders(), Optional.empty());
    }

    private ConsumerRecord<byte[], byte[]> tombstone(TopicPartition tp, long offset, String id, String reason, String slug) {
        RecordHeaders headers = new RecordHeaders();
        if (reason != null) {
            headers.add(TombstoneReason.HEADER, reason.getBytes(StandardCharsets.UTF_8));
        }
        if (slug != null) {
            headers.add(TombstoneReason.SLUG_HEADER, slug.getBytes(StandardCharsets.UTF_8));
        }
        return new ConsumerRecord<>(TOPIC, tp.partition(), offset, RECORD_TIME.toEpochMilli(), TimestampType.CREATE_TIME, 0, 0,
                id.getBytes(StandardCharsets.UTF_8), null, headers, Optional.empty());
    }

    @Test
    void aNewIndexReadsEveryPartitionFromTheBeginningAndIsCaughtUpOnceItShowsTheStartEnd() {
        consumer.updateEndOffsets(Map.of(P0, 2L, P1, 1L));
        follower.start();
        assertEquals(java.util.Set.of(P0, P1), consumer.assignment());
        assertFalse(follower.caughtUp());
        assertFalse(follower.resumed());

        consumer.addRecord(value(P0, 0, "a1", 1));
        consumer.addRecord(value(P1, 0, "b1", 1));
        follower.pollOnce();
        assertFalse(follower.caughtUp(), "partition 0 has one more record to read");
        consumer.addRecord(value(P0, 1, "a1", 2));
        follower.pollOnce();
        assertTrue(follower.caughtUp());
        assertEquals(3, follower.applied());
        assertEquals(2, index.queries().byId("a1").orElseThrow().getVersion());
        assertEquals("b1", index.queries().byId("b1").orElseThrow().getArticleId());
        assertEquals(Map.of(0, 2L, 1, 1L), index.checkpoint(), "checkpointed when it caught up");
        assertEquals(List.of(), applied, "a replay is not reported as new publications");

        consumer.addRecord(value(P1, 1, "b2", 1));
        follower.pollOnce();
        assertEquals(List.of("b2"), applied.stream().map(PublishedArticle::getArticleId).toList());
    }

    @Test
    void anEmptyTopicIsCaughtUpAtOnce() {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        follower.start();
        assertTrue(follower.caughtUp());
    }

    @Test
    void aRestartContinuesFromTheCheckpointCommittedWithTheIndex() {
        index.apply("a1", article("a1").slug("slug-a1").build(), null);
        index.commit(Map.of(0, 5L, 1, 7L));
        consumer.updateEndOffsets(Map.of(P0, 6L, P1, 7L));
        follower.start();
        assertTrue(follower.resumed());
        assertEquals(5, consumer.position(P0));
        assertEquals(7, consumer.position(P1));
        assertFalse(follower.caughtUp());

        consumer.addRecord(value(P0, 4, "old", 1));
        consumer.addRecord(value(P0, 5, "a2", 1));
        follower.pollOnce();
        assertTrue(follower.caughtUp());
        assertEquals(1, follower.applied(), "only what came after the checkpoint");
        assertTrue(index.queries().byId("old").isEmpty());
        assertTrue(index.queries().byId("a1").isPresent(), "what the index held is kept");
        assertEquals(Map.of(0, 6L, 1, 7L), index.checkpoint());
    }

    @Test
    void aCheckpointBeyondTheTopicsEndMeansItWasRecreatedAndTheIndexIsRebuilt() {
        index.apply("stale", article("stale").build(), null);
        index.commit(Map.of(0, 50L, 1, 50L));
        consumer.updateEndOffsets(Map.of(P0, 1L, P1, 0L));
        follower.start();
        assertFalse(follower.resumed());
        assertEquals(0, consumer.position(P0));
        consumer.addRecord(value(P0, 0, "fresh", 1));
        follower.pollOnce();
        assertTrue(follower.caughtUp());
        assertTrue(index.queries().byId("stale").isEmpty(), "nothing of the old topic is served");
        assertTrue(index.queries().byId("fresh").isPresent());
    }

    @Test
    void tombstonesCarryTheReasonAndTheSlugFromTheirHeaders() {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        follower.start();
        consumer.addRecord(value(P0, 0, "a1", 1));
        consumer.addRecord(tombstone(P0, 1, "a1", "RETRACTED", "slug-a1"));
        consumer.addRecord(tombstone(P0, 2, "a2", "WITHHELD", "slug-a2"));
        consumer.addRecord(tombstone(P0, 3, "a3", null, "slug-a3"));
        consumer.addRecord(tombstone(P0, 4, "a4", "UNROUTED", null));
        consumer.addRecord(tombstone(P1, 0, "compacted", "RETRACTED", "slug-compacted"));
        follower.pollOnce();
        ArticleQueries q = index.queries();
        assertTrue(q.bySlug("slug-a1").isRetracted());
        assertEquals(RECORD_TIME, q.removal("a1").orElseThrow().at(), "dated by the record");
        assertEquals(Removal.Reason.WITHHELD, q.bySlug("slug-a2").removal().reason());
        assertEquals(Removal.Reason.WITHHELD, q.bySlug("slug-a3").removal().reason(), "no reason is no retraction");
        assertEquals(Removal.Reason.WITHHELD, q.removal("a4").orElseThrow().reason(), "an unknown reason is no retraction");
        assertTrue(q.bySlug("slug-compacted").isRetracted(), "a tombstone alone still answers 410 at its slug");
    }

    @Test
    void anUndecodableRecordIsSkippedCountedAndReadPast() {
        consumer.updateEndOffsets(Map.of(P0, 2L, P1, 0L));
        follower.start();
        consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "bad".getBytes(StandardCharsets.UTF_8),
                "not avro".getBytes(StandardCharsets.UTF_8)));
        consumer.addRecord(value(P0, 1, "a1", 1));
        follower.pollOnce();
        assertEquals(1, follower.skipped());
        assertEquals(1, follower.applied());
        assertTrue(follower.caughtUp());
        assertEquals(2L, index.checkpoint().get(0), "the checkpoint passes the bad record: it stays in the topic");
    }

    @Test
    void commitsEveryFewRecordsWhileReplaying() {
        consumer.updateEndOffsets(Map.of(P0, 10L, P1, 0L));
        follower.start();
        for (int i = 0; i < 4; i++) {
            consumer.addRecord(value(P0, i, "a" + i, 1));
        }
        follower.pollOnce();
        assertFalse(follower.caughtUp());
        assertEquals(Map.of(0, 4L, 1, 0L), index.checkpoint(), "three records or more since the last commit");
    }

    @Test
    void aMissingTopicIsAClearError() {
        MockConsumer<byte[], byte[]> empty = new MockConsumer<>("earliest");
        PublishedTopicFollower noTopic = new PublishedTopicFollower(empty, "missing", serde.deserializer(), index, CADENCE,
                Clock.systemUTC(), applied::add);
        var e = assertThrows(IllegalStateException.class, noTopic::start);
        assertTrue(e.getMessage().contains("topic missing does not exist"), e.getMessage());
    }

    @Test
    void closeStopsTheLoopCheckpointsAndClosesTheConsumer() throws InterruptedException {
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        Thread thread = new Thread(follower);
        thread.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(follower::caughtUp);
        follower.close();
        thread.join(5_000);
        assertFalse(thread.isAlive());
        assertTrue(consumer.closed());
        assertEquals(Map.of(0, 0L, 1, 0L), index.checkpoint());
    }
}
