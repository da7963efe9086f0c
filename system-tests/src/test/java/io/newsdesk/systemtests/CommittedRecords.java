package io.newsdesk.systemtests;

import io.newsdesk.platform.topics.Topic;
import io.newsdesk.testkit.KafkaFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * A whole topic up to its last committed offset, as a read_committed consumer downstream sees it:
 * what the system tests' audits judge once the load has stopped. Records of each partition in offset
 * order, partitions one after the other, so the records of one key (one article) are in log order.
 */
final class CommittedRecords {
    private final KafkaFixture kafka;

    CommittedRecords(KafkaFixture kafka) {
        this.kafka = kafka;
    }

    /** Decoded with the topic's own serdes (so {@code articles.dlq} keeps its keys as bytes). */
    <K, V> List<ConsumerRecord<K, V>> of(Topic<K, V> topic) {
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(kafka.consumerProperties(kafka.uniqueName("audit")),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            Instant giveUp = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("could not read " + topic.name() + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(Comparator.<ConsumerRecord<K, V>>comparingInt(ConsumerRecord::partition)
                    .thenComparingLong(ConsumerRecord::offset));
            return records;
        }
    }
}
