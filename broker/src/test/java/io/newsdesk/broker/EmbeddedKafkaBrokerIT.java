package io.newsdesk.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the embedded broker for real: format, start, transactions, restart, reuse of a data folder. */
class EmbeddedKafkaBrokerIT {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void committedRecordSurvivesARestartAndIsServedOnTheSameAddress() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary()) {
            broker.start();
            String bootstrapBeforeRestart = broker.bootstrapServers();
            String topic = "stories-survive-restart";
            createTopic(bootstrapBeforeRestart, topic);

            try (Producer<String, String> producer = transactionalProducer(bootstrapBeforeRestart, "restart-test")) {
                producer.initTransactions();
                // Aborted first: if read_committed were not honoured, the draft would show up before the story.
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "story-1", "withdrawn draft")).get();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, "story-1", "Harbour bridge reopens")).get();
                producer.commitTransaction();
            }
            assertEquals(List.of("story-1=Harbour bridge reopens"),
                    readCommitted(bootstrapBeforeRestart, topic, 1));

            broker.restart();

            assertEquals(bootstrapBeforeRestart, broker.bootstrapServers());
            assertTrue(broker.isRunning());
            assertEquals(List.of("story-1=Harbour bridge reopens"),
                    readCommitted(bootstrapBeforeRestart, topic, 1));
        }
    }

    @Test
    void aNewBrokerOnAnEarlierDataDirectoryKeepsItsTopics(@TempDir Path dataDirectory) throws Exception {
        EmbeddedBrokerConfig config = EmbeddedBrokerConfig.inDirectory(dataDirectory);
        try (EmbeddedKafkaBroker first = new EmbeddedKafkaBroker(config)) {
            first.start();
            createTopic(first.bootstrapServers(), "kept-across-runs");
        }

        // A second object picks new free ports, as the next local run would; the data must still be there.
        try (EmbeddedKafkaBroker second = new EmbeddedKafkaBroker(config)) {
            second.start();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers()))) {
                Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
                assertTrue(topics.contains("kept-across-runs"), "topics after reuse: " + topics);
            }
        }
        assertTrue(Files.exists(dataDirectory.resolve("kafka-logs/meta.properties")),
                "a configured data directory must not be deleted on close");
    }

    @Test
    void startFailsWithTheAddressInTheMessageWhenThePortIsTaken(@TempDir Path dataDirectory) throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 0, InetAddress.getByName("127.0.0.1"));
             EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(
                     EmbeddedBrokerConfig.inDirectory(dataDirectory).withBrokerPort(occupied.getLocalPort()))) {

            IllegalStateException failure = assertThrows(IllegalStateException.class, broker::start);

            assertTrue(failure.getMessage().contains("127.0.0.1:" + occupied.getLocalPort()), failure.getMessage());
            assertFalse(broker.isRunning());
        }
    }

    private static void createTopic(String bootstrapServers, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static Producer<String, String> transactionalProducer(String bootstrapServers, String transactionalId) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    /** Reads the whole topic with read_committed until {@code expectedCount} records arrived, as key=value. */
    private static List<String> readCommitted(String bootstrapServers, String topic, int expectedCount) {
        try (Consumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            await("at least " + expectedCount + " committed records on " + topic)
                    .atMost(READ_TIMEOUT)
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                        return read.size() >= expectedCount;
                    });
            return read.stream().map(r -> r.key() + "=" + r.value()).collect(Collectors.toList());
        }
    }
}
