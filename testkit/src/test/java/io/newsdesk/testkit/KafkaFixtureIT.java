package io.newsdesk.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture against whichever broker this run chose: sharing, topics, reading, quiet periods, restart. */
class KafkaFixtureIT {

    private final KafkaFixture kafka = KafkaFixture.shared();

    @Test
    void everyCallSharesTheOneBrokerOfThisJvm() {
        System.out.println("KafkaFixtureIT runs against " + kafka.kind() + " at " + kafka.bootstrapServers());

        assertSame(kafka, KafkaFixture.shared());
        assertTrue(kafka.bootstrapServers().matches(".+:\\d+"), kafka.bootstrapServers());
    }

    @Test
    void uniqueNamesDifferAndAreLegalTopicNames() {
        String first = kafka.uniqueName("KafkaFixtureIT#unique names");
        String second = kafka.uniqueName("KafkaFixtureIT#unique names");

        assertNotEquals(first, second);
        assertTrue(first.matches("[a-zA-Z0-9._-]+"), first);
        assertTrue(first.startsWith("KafkaFixtureIT-unique-names-"), first);
    }

    @Test
    void aRecordRoundTripsThroughATopicWithTheRequestedPartitions() throws Exception {
        String topic = kafka.uniqueName("round-trip");
        kafka.createTopics(3, topic);
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            assertEquals(3, description.partitions().size());
        }

        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(topic, bytes("article-7"), bytes("Council approves budget"))).get();
        }

        List<ConsumerRecord<String, String>> read = kafka
                .topicReader(topic, new StringDeserializer(), new StringDeserializer())
                .readUntil("article-7", records -> records.stream().anyMatch(r -> "article-7".equals(r.key())));
        assertEquals(1, read.size());
        assertEquals("article-7", read.get(0).key());
        assertEquals("Council approves budget", read.get(0).value());
    }

    @Test
    void abortedRecordsAreNeverSeen() throws Exception {
        String topic = kafka.uniqueName("aborted");
        kafka.createTopics(1, topic);
        Properties transactional = kafka.producerProperties();
        transactional.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueName("aborted-tx"));
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, bytes("article-8"), bytes("retracted"))).get();
            producer.abortTransaction();
        }

        kafka.topicReader(topic).assertNoRecordsFor(Duration.ofSeconds(2));
    }

    @Test
    void expectingNoRecordsFailsWithTheRecordThatIsThere() throws Exception {
        String topic = kafka.uniqueName("not-quiet");
        kafka.createTopics(1, topic);
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(topic, bytes("article-9"), bytes("should not be here"))).get();
        }

        AssertionError failure = assertThrows(AssertionError.class,
                () -> kafka.topicReader(topic).assertNoRecordsFor(Duration.ofSeconds(10)));

        assertTrue(failure.getMessage().contains("key=article-9 value=should not be here"), failure.getMessage());
    }

    @Test
    void aRecordArrivingDuringTheQuietPeriodFailsAtOnce() {
        String topic = kafka.uniqueName("arrives-later");
        kafka.createTopics(1, topic);
        Duration quietPeriod = Duration.ofSeconds(30);
        // Sent a second into the quiet period, after the reader has caught up with the empty topic.
        CompletableFuture<Void> lateRecord = CompletableFuture.runAsync(() -> {
            try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
                producer.send(new ProducerRecord<>(topic, bytes("article-11"), bytes("late arrival"))).get();
            } catch (Exception e) {
                throw new IllegalStateException("could not send the late record", e);
            }
        }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));

        long startedAt = System.nanoTime();
        AssertionError failure = assertThrows(AssertionError.class,
                () -> kafka.topicReader(topic).assertNoRecordsFor(quietPeriod));
        Duration waited = Duration.ofNanos(System.nanoTime() - startedAt);

        lateRecord.join();
        assertTrue(failure.getMessage().contains("key=article-11 value=late arrival"), failure.getMessage());
        assertTrue(waited.compareTo(quietPeriod) < 0, "should fail when the record arrives, waited " + waited);
    }

    @Test
    void expectingNoRecordsOnAMissingTopicFailsInsteadOfPassingForNothing() {
        AssertionError failure = assertThrows(AssertionError.class, () -> kafka.topicReader(kafka.uniqueName("missing"))
                .withTimeout(Duration.ofSeconds(2))
                .assertNoRecordsFor(Duration.ofSeconds(1)));

        assertTrue(failure.getMessage().contains("does the topic exist?"), failure.getMessage());
    }

    @Test
    void restartKeepsTheAddressAndTheRecordsOrSaysWhyItCannot() throws Exception {
        if (kafka.kind() == BrokerKind.TESTCONTAINERS) {
            UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class, kafka::restartBroker);
            assertTrue(refused.getMessage().contains("newsdesk.test.broker=embedded"), refused.getMessage());
            return;
        }
        String topic = kafka.uniqueName("restart");
        kafka.createTopics(1, topic);
        String addressBefore = kafka.bootstrapServers();
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(new ProducerRecord<>(topic, bytes("article-10"), bytes("before restart"))).get();

            kafka.restartBroker();

            // The same producer instance must get through to the restarted broker on the old address.
            producer.send(new ProducerRecord<>(topic, bytes("article-10"), bytes("after restart"))).get(60, TimeUnit.SECONDS);
        }

        assertEquals(addressBefore, kafka.bootstrapServers());
        List<ConsumerRecord<String, String>> read = kafka
                .topicReader(topic, new StringDeserializer(), new StringDeserializer())
                .readAtLeast(2);
        assertEquals(List.of("before restart", "after restart"), read.stream().map(ConsumerRecord::value).toList());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
