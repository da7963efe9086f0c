package io.newsdesk.bench;

import io.newsdesk.schemas.PublishedArticle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of the line: reads a published topic (read_committed, every partition, from the start) on its
 * own thread and, for every article the benchmark is waiting for, records the time from its submission to
 * the moment the record reached this consumer. Each value is decoded, and its articleId checked against
 * the key, so a run that published garbage cannot look fast.
 */
public final class PublishedReader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedReader.class);

    private final Consumer<String, byte[]> consumer;
    private final Deserializer<PublishedArticle> values;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile LatencyRecorder recorder = new LatencyRecorder();
    private volatile boolean running = true;
    private final AtomicLong lastSeenNanos = new AtomicLong();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder records = new LongAdder();
    private final LongAdder invalid = new LongAdder();
    private volatile String firstInvalid;

    public PublishedReader(Consumer<String, byte[]> consumer, String topic, Deserializer<PublishedArticle> values) {
        this.consumer = consumer;
        this.values = values;
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::run, "bench-published-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts a phase: its latencies go to {@code phaseRecorder}. */
    public void beginPhase(LatencyRecorder phaseRecorder) {
        this.recorder = phaseRecorder;
    }

    /** Waits for {@code articleId}, submitted at {@code startNanos} ({@link System#nanoTime()}). */
    public void expect(String articleId, long startNanos) {
        pending.put(articleId, startNanos);
    }

    /** Stops waiting for an article whose submission failed. */
    public void forget(String articleId) {
        pending.remove(articleId);
    }

    public int pendingCount() {
        return pending.size();
    }

    /** @return whether every expected article arrived within the timeout */
    public boolean awaitDrained(Duration timeout) {
        return Waiting.until(pending::isEmpty, timeout);
    }

    /**
     * Gives up on what is still awaited after a timed-out phase, so it does not count in the next one.
     * Each is recorded with the time it has waited so far, a lower bound of its latency: leaving the
     * slowest articles out would make an overloaded system's percentiles look better than a healthy one's.
     *
     * @return how many were given up on
     */
    public int abandonPending() {
        long now = System.nanoTime();
        int n = 0;
        for (String articleId : List.copyOf(pending.keySet())) {
            Long start = pending.remove(articleId);
            if (start != null) {
                recorder.record(now - start);
                n++;
            }
        }
        return n;
    }

    public long lastSeenNanos() {
        return lastSeenNanos.get();
    }

    /** Mean value size of the expected records seen so far. */
    public double averageValueBytes() {
        long n = records.sum();
        return n == 0 ? Double.NaN : (double) bytes.sum() / n;
    }

    public long invalidRecords() {
        return invalid.sum();
    }

    public String firstInvalid() {
        return firstInvalid;
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.value() == null) {
                        continue;
                    }
                    Long start = pending.remove(record.key());
                    if (start == null) {
                        continue;
                    }
                    recorder.record(now - start);
                    lastSeenNanos.accumulateAndGet(now, Math::max);
                    bytes.add(record.value().length);
                    records.increment();
                    check(record);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("published reader failed; the phase will time out", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void check(ConsumerRecord<String, byte[]> record) {
        try {
            PublishedArticle article = values.deserialize(record.topic(), record.value());
            if (!record.key().equals(article.getArticleId())
                    || !record.key().equals(article.getArticle().getSubmission().getArticleId())) {
                fail("record key " + record.key() + " but articleId " + article.getArticleId());
            }
        } catch (RuntimeException e) {
            fail("undecodable published record " + record.key() + ": " + e);
        }
    }

    private void fail(String why) {
        invalid.increment();
        if (firstInvalid == null) {
            firstInvalid = why;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
