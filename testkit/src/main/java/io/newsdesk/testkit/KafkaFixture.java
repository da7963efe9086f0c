package io.newsdesk.testkit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * The one Kafka broker of a test JVM, shared by every integration test in it.
 *
 * <p>It runs Testcontainers' {@code KafkaContainer} ({@value ContainerTestBroker#IMAGE}) where Docker
 * answers and the embedded KRaft broker from the {@code broker} module where it does not. Setting
 * the system property {@value #BROKER_PROPERTY} or the environment variable
 * {@value #BROKER_ENVIRONMENT_VARIABLE} to {@code embedded} or {@code testcontainers} overrides that;
 * {@code cluster} runs every test against a three-node cluster of separate processes instead (slower; a
 * test that needs to fail brokers takes a {@link ClusterFixture} of its own).
 * The choice and its reason are logged and printed to stdout once, so every test run says what it
 * ran against. Without Docker, Testcontainers' probe logs an ERROR from
 * {@code DockerClientProviderStrategy} ("Could not find a valid Docker environment") before the
 * embedded broker starts; that is the probe's answer, not a failure.
 *
 * <p>The broker starts on the first {@link #shared()} call and stops in a JVM shutdown hook. Because
 * it is shared, tests isolate themselves by name, never by a fresh broker: every topic, group id,
 * transactional id and Streams application id comes from {@link #uniqueName(String)}.
 *
 * <pre>{@code
 * KafkaFixture kafka = KafkaFixture.shared();
 * String articles = kafka.uniqueName("articles");
 * kafka.createTopics(3, articles);
 * try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) { ... }
 * List<ConsumerRecord<byte[], byte[]>> read = kafka.topicReader(articles).readAtLeast(1);
 * }</pre>
 */
public final class KafkaFixture {

    public static final String BROKER_PROPERTY = "newsdesk.test.broker";
    public static final String BROKER_ENVIRONMENT_VARIABLE = "NEWSDESK_TEST_BROKER";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFixture.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    // Deliberately static: one broker per test JVM is the point of this class, and starting one per
    // test class would cost seconds each. Nothing else in the fixture is static or mutable.
    private static KafkaFixture shared;
    private static RuntimeException sharedStartFailure;

    private final TestBroker broker;
    private final BrokerKind kind;
    /** Parent of every Streams state directory handed out; deleted with the broker at JVM exit. */
    private final Path streamsStateRoot;
    /** Tells this JVM's names apart from those of a run that used the same broker before. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong nameSequence = new AtomicLong();

    KafkaFixture(TestBroker broker, BrokerKind kind, Path streamsStateRoot) {
        this.broker = broker;
        this.kind = kind;
        this.streamsStateRoot = streamsStateRoot;
    }

    /**
     * The broker of this JVM, started on first use. If that start failed, every later call fails at
     * once with the original cause rather than waiting for another start that would fail the same way.
     */
    public static synchronized KafkaFixture shared() {
        if (shared != null) {
            return shared;
        }
        if (sharedStartFailure != null) {
            throw new IllegalStateException("The shared test Kafka broker failed to start earlier in this JVM",
                    sharedStartFailure);
        }
        try {
            shared = start(BrokerChoice.choose(
                    System.getProperty(BROKER_PROPERTY), System.getenv(BROKER_ENVIRONMENT_VARIABLE),
                    KafkaFixture::dockerAvailable));
        } catch (RuntimeException e) {
            sharedStartFailure = e;
            throw e;
        }
        return shared;
    }

    private static KafkaFixture start(BrokerChoice choice) {
        long startedAt = System.nanoTime();
        TestBroker broker;
        try {
            broker = switch (choice.kind()) {
                case EMBEDDED -> EmbeddedTestBroker.start();
                case TESTCONTAINERS -> ContainerTestBroker.start();
                case CLUSTER -> ClusterTestBroker.start(Map.of());
            };
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start the " + choice.kind() + " test Kafka broker, chosen because "
                    + choice.reason() + ". Set -D" + BROKER_PROPERTY + "=embedded|testcontainers|cluster to choose another.", e);
        }
        Path streamsStateRoot = createTemporaryDirectory("newsdesk-streams-state-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            deleteRecursively(streamsStateRoot);
        }, "newsdesk-test-kafka-shutdown"));

        String announcement = String.format(
                "[newsdesk-testkit] Kafka for tests: %s at %s, because %s (started in %d ms; override with -D%s=embedded|testcontainers|cluster)",
                choice.kind(), broker.bootstrapServers(), choice.reason(),
                Duration.ofNanos(System.nanoTime() - startedAt).toMillis(), BROKER_PROPERTY);
        LOG.info(announcement);
        // Printed as well as logged: test logging is often set to WARN, and the run must still say.
        System.out.println(announcement);
        return new KafkaFixture(broker, choice.kind(), streamsStateRoot);
    }

    static Path createTemporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary directory " + prefix + "*", e);
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Runs in a shutdown hook: a leftover temp folder is not worth failing the JVM's exit for.
            LOG.warn("Could not delete Streams state under {}", directory, e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Probing for Docker failed, treating Docker as unavailable", e);
            return false;
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public BrokerKind kind() {
        return kind;
    }

    /**
     * A name no other test in this JVM (or an earlier run on the same broker) gets: {@code prefix-N-runid}.
     * Characters Kafka does not allow in topic names become '-', so a test method name is a fine prefix.
     */
    public String uniqueName(String prefix) {
        String legalPrefix = prefix.replaceAll("[^a-zA-Z0-9._-]", "-");
        return legalPrefix + "-" + nameSequence.incrementAndGet() + "-" + runId;
    }

    /**
     * Creates the topics with the broker's default replication (one replica on a single broker, three on a
     * cluster) and returns once every partition has a leader, so a producer or consumer started next finds
     * them ready.
     */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()))
                .collect(Collectors.toList());
        List<String> topicNames = List.of(names);
        try (Admin admin = Admin.create(adminProperties())) {
            admin.createTopics(topics).all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            await("topics " + topicNames + " to have " + partitions + " partition(s), each with a leader")
                    .atMost(ADMIN_TIMEOUT)
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> allPartitionsLed(admin, topicNames, partitions));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics " + topicNames, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create topics " + topicNames + " on " + bootstrapServers(), e);
        }
    }

    private static boolean allPartitionsLed(Admin admin, List<String> topicNames, int partitions)
            throws InterruptedException {
        Map<String, TopicDescription> descriptions;
        try {
            descriptions = admin.describeTopics(topicNames).allTopicNames().get();
        } catch (ExecutionException notYetVisible) {
            // Metadata reaches the broker's cache shortly after the controller accepted the topic.
            return false;
        }
        return descriptions.values().stream().allMatch(description ->
                description.partitions().size() == partitions
                        && description.partitions().stream().allMatch(partition -> partition.leader() != null));
    }

    // All client settings are returned as Properties holding String values only, so they pass
    // unchanged to every client constructor (KafkaStreams included) and getProperty() sees them all.

    /** A fresh, mutable copy with the bootstrap address; add what the test needs. */
    public Properties adminProperties() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return properties;
    }

    /** Idempotent, {@code acks=all}, byte[] keys and values: how Newsdesk producers are configured. */
    public Properties producerProperties() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    /**
     * read_committed from the earliest offset with byte[] keys and values. Topic auto-creation is off:
     * a consumer that subscribes before the test created its topic must not create it with the
     * broker's default partition count.
     */
    public Properties consumerProperties(String groupId) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return properties;
    }

    /**
     * For a Kafka Streams application under test: exactly-once as in production, a short commit
     * interval because under exactly-once output becomes visible only at commit, and a state directory
     * of its own so two applications in this JVM never share RocksDB files.
     */
    public Properties streamsProperties(String applicationId) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers());
        properties.put("application.id", applicationId);
        properties.put("processing.guarantee", "exactly_once_v2");
        properties.put("commit.interval.ms", "100");
        properties.put("state.dir", streamsStateRoot.resolve(applicationId).toString());
        return properties;
    }

    /** Reads {@code topic} from the beginning, byte[] keys and values, read_committed. */
    public TopicReader<byte[], byte[]> topicReader(String topic) {
        return TopicReader.bytes(bootstrapServers(), topic);
    }

    public <K, V> TopicReader<K, V> topicReader(String topic, Deserializer<K> keys, Deserializer<V> values) {
        return TopicReader.of(bootstrapServers(), topic, keys, values);
    }

    /**
     * Stops and starts the broker on the same address and data, e.g. for a test that proves the
     * pipeline survives a broker outage under load. Only the embedded broker can do this; a
     * {@link BrokerKind#CLUSTER} restarts its nodes one at a time (a rolling restart).
     *
     * @throws UnsupportedOperationException for {@link BrokerKind#TESTCONTAINERS}, with the reason
     */
    public void restartBroker() {
        long restartingAt = System.nanoTime();
        broker.restart();
        LOG.info("Restarted the {} test Kafka broker at {} in {} ms", kind, bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - restartingAt).toMillis());
    }
}
