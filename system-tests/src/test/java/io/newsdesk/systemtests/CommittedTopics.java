package io.newsdesk.systemtests;

import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The pipeline's topics read whole, up to their last committed offset, as a read_committed consumer
 * downstream sees them: what a chaos test audits once the load has stopped.
 */
final class CommittedTopics {
    private final KafkaFixture kafka;
    private final Topics topics;

    CommittedTopics(KafkaFixture kafka, Topics topics) {
        this.kafka = kafka;
        this.topics = topics;
    }

    /** Every accepted version against {@code articles.submitted}, {@code articles.events} and {@code articles.published}. */
    PublicationAudit audit(List<NewsroomLoad.Accepted> ledger) {
        return new PublicationAudit(ledger, readAll(topics.submitted()), readAll(topics.events()), readAll(topics.published()));
    }

    List<ConsumerRecord<byte[], DeadLetter>> deadLetters() {
        return readAll(topics.deadLetters().name(), new ByteArrayDeserializer(), topics.deadLetters().valueSerde().deserializer());
    }

    <V> List<ConsumerRecord<String, V>> readAll(Topic<String, V> topic) {
        return readAll(topic.name(), new StringDeserializer(), topic.valueSerde().deserializer());
    }

    /** The whole topic up to its last committed offset: partitions one after the other, each in offset order. */
    <K, V> List<ConsumerRecord<K, V>> readAll(String topic, Deserializer<K> keys, Deserializer<V> values) {
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(kafka.consumerProperties(kafka.uniqueName("chaos-audit")),
                keys, values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            Instant giveUp = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort(Comparator.<ConsumerRecord<K, V>>comparingInt(ConsumerRecord::partition)
                    .thenComparingLong(ConsumerRecord::offset));
            return records;
        }
    }
}
