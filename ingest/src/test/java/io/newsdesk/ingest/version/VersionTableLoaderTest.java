package io.newsdesk.ingest.version;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.VersionStamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class VersionTableLoaderTest {
    private static final String TOPIC = "t-articles.versions";
    private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
    private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

    private static MockConsumer<String, VersionStamp> consumer() {
        MockConsumer<String, VersionStamp> consumer = new MockConsumer<>("earliest");
        Node node = new Node(0, "localhost", 9092);
        consumer.updatePartitions(TOPIC, List.of(
                new PartitionInfo(TOPIC, 0, node, new Node[]{node}, new Node[]{node}),
                new PartitionInfo(TOPIC, 1, node, new Node[]{node}, new Node[]{node})));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
        return consumer;
    }

    private static VersionStamp stamp(String articleId, long version) {
        return new VersionStamp(articleId, version, "sub-" + articleId + "-" + version, Instant.EPOCH);
    }

    @Test
    void rebuildsTheHighestVersionOfEveryArticleFromAllPartitions() {
        MockConsumer<String, VersionStamp> consumer = consumer();
        consumer.updateEndOffsets(Map.of(P0, 3L, P1, 1L));
        consumer.schedulePollTask(() -> {
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 0, "a", stamp("a", 1)));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 1, "a", stamp("a", 5)));
            consumer.addRecord(new ConsumerRecord<>(TOPIC, 1, 0, "b", stamp("b", 2)));
        });
        consumer.schedulePollTask(() -> consumer.addRecord(new ConsumerRecord<>(TOPIC, 0, 2, "a", null)));

        VersionTable table = new VersionTableLoader(Clock.systemUTC()).load(consumer, TOPIC, Duration.ofSeconds(10));

        assertEquals(OptionalLong.of(5), table.last("a"));
        assertEquals(OptionalLong.of(2), table.last("b"));
        assertEquals(2, table.size());
    }

    @Test
    void emptyTopicGivesAnEmptyTable() {
        MockConsumer<String, VersionStamp> consumer = consumer();
        consumer.updateEndOffsets(Map.of(P0, 0L, P1, 0L));
        assertEquals(0, new VersionTableLoader(Clock.systemUTC()).load(consumer, TOPIC, Duration.ofSeconds(10)).size());
    }

    @Test
    void notReachingTheEndInTimeFailsTheStart() {
        MockConsumer<String, VersionStamp> consumer = consumer();
        consumer.updateEndOffsets(Map.of(P0, 10L, P1, 0L));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new VersionTableLoader(Clock.systemUTC()).load(consumer, TOPIC, Duration.ofMillis(300)));
        assertTrue(e.getMessage().contains("could not read " + TOPIC + " to its end"), e.getMessage());
    }
}
