package io.newsdesk.launcher.deadletter;

import static io.newsdesk.launcher.deadletter.DeadLetterFixtures.letter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.codec.AvroCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class DeadLetterReaderTest {
    private static final AvroCodec<DeadLetter> CODEC = AvroCodec.of(DeadLetter.class);
    private final TopicPartition p0 = new TopicPartition("articles.dlq", 0);
    private final TopicPartition p1 = new TopicPartition("articles.dlq", 1);

    @Test
    void readsEveryPartitionToItsEndAndKeepsUnreadableRecordsWithTheReason() {
        MockConsumer<byte[], byte[]> consumer = consumer(Map.of(p0, 2L, p1, 1L));
        DeadLetter first = letter("enrich.process", "articles.tagged", 4, "a", new byte[] {1});
        DeadLetter second = letter("publish.process", "articles.enriched", 8, "b", new byte[] {2});
        consumer.schedulePollTask(() -> {
            consumer.addRecord(new ConsumerRecord<>("articles.dlq", 1, 0, "b".getBytes(StandardCharsets.UTF_8), CODEC.encode(second)));
            consumer.addRecord(new ConsumerRecord<>("articles.dlq", 0, 0, "a".getBytes(StandardCharsets.UTF_8), CODEC.encode(first)));
            consumer.addRecord(new ConsumerRecord<>("articles.dlq", 0, 1, null, "not avro".getBytes(StandardCharsets.UTF_8)));
        });

        List<DeadLetterEntry> entries = new DeadLetterReader(Duration.ofSeconds(5)).readAll(consumer, "articles.dlq");

        assertEquals(3, entries.size());
        assertEquals(p0, entries.get(0).position());
        assertEquals(Optional.of(first), entries.get(0).letter());
        assertEquals(1, entries.get(1).offset());
        assertTrue(entries.get(1).letter().isEmpty());
        assertTrue(entries.get(1).decodeError().isPresent());
        assertEquals(Optional.of(second), entries.get(2).letter());
        assertEquals("articles.dlq-1@0", entries.get(2).reference());
    }

    @Test
    void aMissingTopicIsAnErrorThatSaysSo() {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new DeadLetterReader(Duration.ofSeconds(1)).readAll(consumer, "articles.dlq"));
        assertTrue(error.getMessage().startsWith("topic articles.dlq does not exist"), error.getMessage());
    }

    private MockConsumer<byte[], byte[]> consumer(Map<TopicPartition, Long> ends) {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions("articles.dlq", List.of(
                new PartitionInfo("articles.dlq", 0, node, new Node[] {node}, new Node[] {node}),
                new PartitionInfo("articles.dlq", 1, node, new Node[] {node}, new Node[] {node})));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        consumer.updateEndOffsets(ends);
        return consumer;
    }
}
