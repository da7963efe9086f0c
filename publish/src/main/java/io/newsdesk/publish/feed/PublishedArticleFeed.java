package io.newsdesk.publish.feed;

import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the site's read model from {@code articles.published}, the source of truth for readers. Every
 * publish instance reads the whole topic from the beginning, with no consumer group (all partitions
 * assigned, nothing committed): each instance holds every article, so any instance can serve any page,
 * and a fresh instance rebuilds its read model from the topic alone. Reads are read_committed, so the
 * site never shows output of an aborted publish transaction.
 *
 * <p>A tombstone's header {@code newsdesk.tombstone} says why the article left (RETRACTED or WITHHELD);
 * it is passed on so the site can answer 410 for a retraction. The feed is caught up once it has read
 * up to where every partition ended when it started.
 */
public final class PublishedArticleFeed implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedArticleFeed.class);

    /** Where the feed applies records: the site's {@code ArticleIndex::applyHandedOver}. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param valueOrNull null for a tombstone, else a record decoded for this call alone: the feed
         *                    neither keeps nor changes it, so the sink may keep it without a copy
         * @param tombstoneReason RETRACTED, WITHHELD or null
         */
        void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason);
    }

    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final Deserializer<PublishedArticle> values;
    private final Sink sink;
    private final Duration pollTimeout;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean caughtUp = new AtomicBoolean(false);
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile Map<TopicPartition, Long> startEnd;
    private long startedAtNanos;

    /**
     * @param consumer a consumer without group id, with byte-array deserializers and read_committed; the
     *                 feed owns it and closes it
     */
    public PublishedArticleFeed(Consumer<byte[], byte[]> consumer, String topic,
                                Deserializer<PublishedArticle> values, Sink sink, Duration pollTimeout) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.values = Objects.requireNonNull(values, "values");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "pollTimeout");
    }

    /** True once everything that was in the topic when the feed started has been applied. */
    public boolean caughtUp() {
        return caughtUp.get();
    }

    /** Records applied to the read model so far. */
    public long applied() {
        return applied.get();
    }

    /** Records that could not be read (they stay in the topic; see the ERROR log for each). */
    public long skipped() {
        return skipped.get();
    }

    @Override
    public void run() {
        try {
            assignFromBeginning();
            while (running.get()) {
                pollOnce();
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("published-article feed from {} stopped; the site no longer follows the topic", topic, e);
            throw e;
        } finally {
            consumer.close();
        }
    }

    /** Assigns every partition of the topic, rewinds to the beginning and notes where "caught up" is. */
    void assignFromBeginning() {
        startedAtNanos = System.nanoTime();
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist; publish creates it at start");
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        // read_committed: the end offsets are the last stable offsets, what this consumer can reach.
        startEnd = Map.copyOf(consumer.endOffsets(partitions));
        LOG.info("reading {} from the beginning ({} partitions, end offsets {})", topic, partitions.size(), startEnd);
        checkCaughtUp();
    }

    /** One poll: applies what arrived. */
    void pollOnce() {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            apply(record);
        }
        checkCaughtUp();
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            skipped.incrementAndGet();
            LOG.error("skipping record without key at {}-{}@{}: published records are keyed by articleId",
                    record.topic(), record.partition(), record.offset());
            return;
        }
        String articleId = new String(record.key(), StandardCharsets.UTF_8);
        PublishedArticle value;
        try {
            value = values.deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            // The record stays in the topic; the site keeps what it had for the article.
            skipped.incrementAndGet();
            LOG.error("skipping undecodable record for article {} at {}-{}@{}", articleId, record.topic(),
                    record.partition(), record.offset(), e);
            return;
        }
        String reason = value == null ? tombstoneReason(record) : null;
        sink.apply(articleId, value, reason);
        applied.incrementAndGet();
    }

    private static String tombstoneReason(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(TombstoneReason.HEADER);
        if (header == null || header.value() == null) {
            return null;
        }
        String reason = new String(header.value(), StandardCharsets.UTF_8);
        if (reason.equals(TombstoneReason.RETRACTED.name()) || reason.equals(TombstoneReason.WITHHELD.name())) {
            return reason;
        }
        LOG.warn("tombstone at {}-{}@{} has unknown reason '{}'; treating it as a plain removal", record.topic(),
                record.partition(), record.offset(), reason);
        return null;
    }

    private void checkCaughtUp() {
        if (caughtUp.get() || startEnd == null) {
            return;
        }
        for (Map.Entry<TopicPartition, Long> end : startEnd.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return;
            }
        }
        caughtUp.set(true);
        LOG.info("read model caught up with {}: {} records applied in {} ms", topic, applied.get(),
                (System.nanoTime() - startedAtNanos) / 1_000_000);
    }

    /** Stops the loop; {@link #run()} closes the consumer on its way out. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
