package io.newsdesk.testkit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * Reads a whole topic from the beginning, the way a downstream service would see it: committed
 * records only ({@code isolation.level=read_committed}), so records of aborted or still open
 * transactions never reach an assertion.
 *
 * <p>Every call opens its own consumer (no group, all partitions assigned) and closes it before
 * returning, so a reader holds no connection and can be kept in a field. Waits are bounded by the
 * reader's timeout ({@value #DEFAULT_TIMEOUT_SECONDS} s unless {@link #withTimeout(Duration)}) and
 * fail with an {@link AssertionError} that says what was awaited and lists what was read.
 */
public final class TopicReader<K, V> {

    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    private static final Duration POLL_TIMEOUT = Duration.ofMillis(100);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);
    private static final int RECORDS_SHOWN_IN_FAILURES = 20;
    private static final int CHARACTERS_SHOWN_PER_FIELD = 200;

    private final String bootstrapServers;
    private final String topic;
    private final Deserializer<K> keyDeserializer;
    private final Deserializer<V> valueDeserializer;
    private final Duration timeout;

    private TopicReader(String bootstrapServers, String topic, Deserializer<K> keyDeserializer,
                        Deserializer<V> valueDeserializer, Duration timeout) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.keyDeserializer = Objects.requireNonNull(keyDeserializer, "keyDeserializer");
        this.valueDeserializer = Objects.requireNonNull(valueDeserializer, "valueDeserializer");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public static TopicReader<byte[], byte[]> bytes(String bootstrapServers, String topic) {
        return of(bootstrapServers, topic, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * A reader with the given deserializers. They are used, never closed, by the reader: the caller
     * owns them and may share them with other readers.
     */
    public static <K, V> TopicReader<K, V> of(String bootstrapServers, String topic,
                                              Deserializer<K> keyDeserializer, Deserializer<V> valueDeserializer) {
        return new TopicReader<>(bootstrapServers, topic, keyDeserializer, valueDeserializer,
                Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
    }

    /** The same reader with another bound on how long any of its reads may wait. */
    public TopicReader<K, V> withTimeout(Duration newTimeout) {
        return new TopicReader<>(bootstrapServers, topic, keyDeserializer, valueDeserializer, newTimeout);
    }

    public String topic() {
        return topic;
    }

    /**
     * Reads from the beginning until {@code condition} holds for the records read so far, and returns them.
     *
     * @param expectation what the condition means, in words ("the enriched article 42"); it is the
     *                    failure message when the condition does not hold in time
     * @throws AssertionError if the condition did not hold within the timeout
     */
    public List<ConsumerRecord<K, V>> readUntil(String expectation,
                                                Predicate<? super List<ConsumerRecord<K, V>>> condition) {
        List<ConsumerRecord<K, V>> read = new ArrayList<>();
        List<ConsumerRecord<K, V>> readView = Collections.unmodifiableList(read);
        try (Consumer<K, V> consumer = openConsumer()) {
            await(expectation + " on topic " + topic)
                    .atMost(timeout)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .until(() -> {
                        pollInto(consumer, read);
                        return condition.test(readView);
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Waited " + timeout + " for " + expectation + " on topic " + topic
                    + ", but it did not happen. Read " + read.size() + " record(s): " + describe(read), e);
        }
        return List.copyOf(read);
    }

    /** Reads from the beginning until at least {@code count} records arrived, and returns all read. */
    public List<ConsumerRecord<K, V>> readAtLeast(int count) {
        return readUntil("at least " + count + " record(s)", records -> records.size() >= count);
    }

    /** Asserts the topic holds no committed record and gets none during {@code quietPeriod}. */
    public void assertNoRecordsFor(Duration quietPeriod) {
        assertNoRecordsMatchingFor("record", record -> true, quietPeriod);
    }

    /**
     * Asserts that no committed record matching {@code unexpected} is on the topic, nor arrives within
     * {@code quietPeriod}.
     *
     * <p>A test expecting nothing must have waited long enough to see something. So this first reads
     * up to the committed end offsets the topic had when the call began (a topic that does not exist
     * fails: an absent topic would make the assertion pass for nothing), and only then keeps reading for
     * the full {@code quietPeriod}. It fails as soon as a matching record arrives. Choose a quiet period
     * longer than the pipeline's latency; better still, first wait with {@link #readUntil} for a record
     * that must arrive after the one that must not, which proves the pipeline ran.
     *
     * @param description what must not appear, in words ("record for article 42"); used in the failure
     */
    public void assertNoRecordsMatchingFor(String description, Predicate<? super ConsumerRecord<K, V>> unexpected,
                                           Duration quietPeriod) {
        List<ConsumerRecord<K, V>> found = new ArrayList<>();
        Map<TopicPartition, Long> endOffsetsAtStart = new HashMap<>();
        try (Consumer<K, V> consumer = openConsumer()) {
            await("reader to catch up with the committed end of topic " + topic)
                    .atMost(timeout)
                    .pollInSameThread()
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .until(() -> {
                        if (!assignAllPartitionsOnceTopicExists(consumer)) {
                            return false;
                        }
                        if (endOffsetsAtStart.isEmpty()) {
                            endOffsetsAtStart.putAll(consumer.endOffsets(consumer.assignment()));
                        }
                        pollMatching(consumer, unexpected, found);
                        return !found.isEmpty() || reached(consumer, endOffsetsAtStart);
                    });
            if (found.isEmpty()) {
                await("no " + description + " on topic " + topic + " for " + quietPeriod)
                        .during(quietPeriod)
                        .atMost(quietPeriod.plus(timeout))
                        .pollInSameThread()
                        .pollInterval(POLL_INTERVAL)
                        .failFast("a " + description + " arrived on topic " + topic, () -> !found.isEmpty())
                        .until(() -> {
                            pollMatching(consumer, unexpected, found);
                            return found.isEmpty();
                        });
            }
        } catch (ConditionTimeoutException e) {
            if (found.isEmpty()) {
                throw new AssertionError("Could not read topic " + topic + " to its end within " + timeout
                        + (endOffsetsAtStart.isEmpty() ? " (does the topic exist?)" : ""), e);
            }
        } catch (TerminalFailureException e) {
            // Reported below with the records that ended the wait.
        }
        if (!found.isEmpty()) {
            throw new AssertionError("Expected no " + description + " on topic " + topic + " for " + quietPeriod
                    + ", but read " + found.size() + ": " + describe(found));
        }
    }

    private Consumer<K, V> openConsumer() {
        Map<String, Object> properties = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // Reading must never create the topic the code under test is supposed to create.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "topic-reader-" + topic);
        return new KafkaConsumer<>(properties,
                new CallerOwnedDeserializer<>(keyDeserializer), new CallerOwnedDeserializer<>(valueDeserializer));
    }

    private void pollInto(Consumer<K, V> consumer, List<ConsumerRecord<K, V>> read) {
        if (assignAllPartitionsOnceTopicExists(consumer)) {
            consumer.poll(POLL_TIMEOUT).forEach(read::add);
        }
    }

    private void pollMatching(Consumer<K, V> consumer, Predicate<? super ConsumerRecord<K, V>> unexpected,
                              List<ConsumerRecord<K, V>> found) {
        for (ConsumerRecord<K, V> record : consumer.poll(POLL_TIMEOUT)) {
            if (unexpected.test(record)) {
                found.add(record);
            }
        }
    }

    /**
     * Assigns every partition, from the beginning, as soon as the topic exists. No consumer group: a
     * group would cost a rebalance and leave committed offsets behind on a shared broker.
     */
    private boolean assignAllPartitionsOnceTopicExists(Consumer<K, V> consumer) {
        if (!consumer.assignment().isEmpty()) {
            return true;
        }
        List<PartitionInfo> partitions;
        try {
            partitions = consumer.partitionsFor(topic, POLL_TIMEOUT);
        } catch (org.apache.kafka.common.errors.TimeoutException notYetKnown) {
            return false;
        }
        if (partitions == null || partitions.isEmpty()) {
            return false;
        }
        List<TopicPartition> topicPartitions = partitions.stream()
                .map(partition -> new TopicPartition(partition.topic(), partition.partition()))
                .collect(Collectors.toList());
        consumer.assign(topicPartitions);
        consumer.seekToBeginning(topicPartitions);
        return true;
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> endOffsets) {
        return endOffsets.entrySet().stream()
                .allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static String describe(List<? extends ConsumerRecord<?, ?>> records) {
        String shown = records.stream()
                .limit(RECORDS_SHOWN_IN_FAILURES)
                .map(record -> String.format("%n  partition %d offset %d key=%s value=%s", record.partition(),
                        record.offset(), readable(record.key()), readable(record.value())))
                .collect(Collectors.joining());
        int hidden = records.size() - RECORDS_SHOWN_IN_FAILURES;
        return hidden > 0 ? shown + String.format("%n  ... and %d more", hidden) : shown;
    }

    private static String readable(Object field) {
        String text = field instanceof byte[] ? new String((byte[]) field, StandardCharsets.UTF_8) : String.valueOf(field);
        return text.length() <= CHARACTERS_SHOWN_PER_FIELD ? text : text.substring(0, CHARACTERS_SHOWN_PER_FIELD) + "...";
    }

    /**
     * KafkaConsumer.close() closes its deserializers; this wrapper keeps the caller's instances open,
     * so one deserializer (e.g. an Avro one with a schema cache) can serve many reads.
     */
    private static final class CallerOwnedDeserializer<T> implements Deserializer<T> {
        private final Deserializer<T> delegate;

        CallerOwnedDeserializer(Deserializer<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T deserialize(String topic, byte[] data) {
            return delegate.deserialize(topic, data);
        }

        @Override
        public T deserialize(String topic, Headers headers, byte[] data) {
            return delegate.deserialize(topic, headers, data);
        }

        @Override
        public T deserialize(String topic, Headers headers, ByteBuffer data) {
            return delegate.deserialize(topic, headers, data);
        }

        @Override
        public void close() {
            // the caller owns the delegate
        }
    }
}
