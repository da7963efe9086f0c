package io.newsdesk.publish.status;

import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.ArticleEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Tails {@code articles.events} from "now minus the window" for published counts and latency
 * ({@link LatencyWindow}) and {@code articles.dlq} from its beginning for the {@link DeadLetterTally},
 * with a consumer without a group (all partitions assigned, read_committed, nothing committed), for at
 * most {@value #TAIL_BUDGET_MILLIS} ms a round. This is an observer: a record it cannot read is counted
 * and shown, never dead-lettered (it would copy another stage's record into the DLQ a second time).
 * Used by one thread at a time (the collector's).
 */
final class EventTail {
    static final long TAIL_BUDGET_MILLIS = 1_000;
    static final int DEAD_LETTERS_SHOWN = 10;
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int LATENCY_SAMPLES_PER_MINUTE = 10_000;

    private final Consumer<byte[], byte[]> tail;
    private final String eventsTopic;
    private final String dlqTopic;
    private final Duration window;
    private final Duration timeout;
    private final Deserializer<ArticleEvent> events;
    private final LatencyWindow latency;
    private final DeadLetterTally deadLetters;
    private Set<TopicPartition> assigned = Set.of();
    private long eventsUndecodable;
    private boolean deadLettersCaughtUp;

    EventTail(Consumer<byte[], byte[]> tail, Topics topics, StatusConfig config, Duration timeout) {
        this.tail = tail;
        this.eventsTopic = topics.events().name();
        this.dlqTopic = topics.deadLetters().name();
        this.window = config.window();
        this.timeout = timeout;
        this.events = topics.events().valueSerde().deserializer();
        this.latency = new LatencyWindow(config.windowMinutes(), LATENCY_SAMPLES_PER_MINUTE, 7L);
        this.deadLetters = new DeadLetterTally(topics.deadLetters().valueSerde().deserializer(), DEAD_LETTERS_SHOWN);
    }

    /** Reads what arrived since the last round, on the partitions of the two topics among {@code partitions}. */
    void tailOnce(Collection<TopicPartition> partitions, Instant now) {
        Set<TopicPartition> wanted = partitions.stream()
                .filter(tp -> tp.topic().equals(eventsTopic) || tp.topic().equals(dlqTopic))
                .collect(Collectors.toSet());
        if (!wanted.equals(assigned)) {
            reassign(wanted, now);
        }
        if (assigned.isEmpty()) {
            return;
        }
        // read_committed: these are the last stable offsets, the furthest this consumer can get.
        Map<TopicPartition, Long> ends = tail.endOffsets(assigned, timeout);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TAIL_BUDGET_MILLIS);
        while (!caughtUp(assigned, ends) && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : tail.poll(POLL)) {
                if (record.topic().equals(eventsTopic)) {
                    onEvent(record, now);
                } else {
                    deadLetters.add(record);
                }
            }
        }
        deadLettersCaughtUp = caughtUp(assigned.stream().filter(tp -> tp.topic().equals(dlqTopic)).toList(), ends);
    }

    List<StatusSnapshot.LatencyMinute> latencyPerMinute(Instant now) {
        latency.prune(now);
        return latency.perMinute(now);
    }

    long eventsUndecodable() {
        return eventsUndecodable;
    }

    StatusSnapshot.DeadLetterStatus deadLetters() {
        return deadLetters.status(deadLettersCaughtUp);
    }

    private boolean caughtUp(Collection<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        for (TopicPartition tp : partitions) {
            Long end = ends.get(tp);
            if (end != null && tail.position(tp, timeout) < end) {
                return false;
            }
        }
        return true;
    }

    private void reassign(Set<TopicPartition> wanted, Instant now) {
        Set<TopicPartition> added = new HashSet<>(wanted);
        added.removeAll(assigned);
        // Partitions that stay assigned keep their positions.
        tail.assign(wanted);
        assigned = Set.copyOf(wanted);
        long since = now.minus(window).toEpochMilli();
        Map<TopicPartition, Long> fromTime = new HashMap<>();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition tp : added) {
            if (tp.topic().equals(eventsTopic)) {
                fromTime.put(tp, since);
            } else {
                fromStart.add(tp);
            }
        }
        if (!fromTime.isEmpty()) {
            Map<TopicPartition, OffsetAndTimestamp> found = tail.offsetsForTimes(fromTime, timeout);
            List<TopicPartition> nothingSince = new ArrayList<>();
            fromTime.keySet().forEach(tp -> {
                OffsetAndTimestamp at = found.get(tp);
                if (at == null) {
                    nothingSince.add(tp);
                } else {
                    tail.seek(tp, at.offset());
                }
            });
            tail.seekToEnd(nothingSince);
        }
        // Every dead letter still on the topic is counted, not only recent ones.
        tail.seekToBeginning(fromStart);
    }

    private void onEvent(ConsumerRecord<byte[], byte[]> record, Instant now) {
        ArticleEvent event;
        try {
            event = record.value() == null ? null : events.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            event = null;
        }
        if (event == null || event.getAt() == null) {
            eventsUndecodable++;
            return;
        }
        Instant received = event.getReceivedAt();
        latency.record(event.getAt(), received == null ? null : Duration.between(received, event.getAt()), now);
    }
}
