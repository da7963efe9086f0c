package io.newsdesk.launcher.deadletter;

import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.codec.AvroCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads the dead-letter topic from the beginning up to its end offsets as they were when reading
 * began, then stops: a snapshot, not a tail. The consumer is assigned every partition and joins no
 * group, so reading commits nothing and disturbs no one; it must be read_committed so a letter of an
 * aborted Streams transaction (one that will be written again) is not listed or replayed twice.
 */
public final class DeadLetterReader {
    private static final Duration POLL = Duration.ofMillis(200);

    private final AvroCodec<DeadLetter> codec = AvroCodec.of(DeadLetter.class);
    private final Duration timeout;

    /** @param timeout how long reading to the end may take before giving up */
    public DeadLetterReader(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * Every letter, in order of partition then offset.
     *
     * @throws IllegalStateException when the topic does not exist or the end is not reached in time
     */
    public List<DeadLetterEntry> readAll(Consumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist (./newsdesk up creates the pipeline's topics)");
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
        List<DeadLetterEntry> entries = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(consumer, ends)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout.toSeconds() + " s");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                TopicPartition position = new TopicPartition(record.topic(), record.partition());
                // Records appended after reading began belong to the next listing.
                if (record.offset() < ends.getOrDefault(position, 0L)) {
                    entries.add(decode(position, record));
                }
            }
        }
        entries.sort(Comparator.comparingInt((DeadLetterEntry e) -> e.position().partition()).thenComparingLong(DeadLetterEntry::offset));
        return entries;
    }

    DeadLetterEntry decode(TopicPartition position, ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            return new DeadLetterEntry(position, record.offset(), Optional.empty(), Optional.of("the record has no value"));
        }
        try {
            return new DeadLetterEntry(position, record.offset(), Optional.of(codec.decode(record.value())), Optional.empty());
        } catch (RuntimeException e) {
            return new DeadLetterEntry(position, record.offset(), Optional.empty(),
                    Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        // position() moves past transaction markers too, so a partition ending in a commit marker is still reached.
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
