package io.newsdesk.publish.readmodel;

import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
 * Keeps the {@link ArticleIndex} following {@code articles.published}, the source of truth for readers.
 * Every publish instance reads the whole topic itself, with no consumer group (all partitions assigned,
 * nothing committed to Kafka): each instance holds its own full copy, so any instance behind a load
 * balancer answers every URL. Where it has read to is committed with the index ({@link ArticleIndex#commit}),
 * so a restart continues from there; a new or rebuilt index starts at offset 0. Reads are
 * read_committed, so the site never shows output of an aborted publish transaction.
 *
 * <p>A tombstone's headers say why the article left ({@code newsdesk.tombstone}: RETRACTED or WITHHELD)
 * and where it was ({@code newsdesk.slug}), so the site answers 410 at its address even after
 * compaction removed the article's last value. The follower is caught up once it has applied, and made
 * visible, everything up to where each partition ended when it started.
 */
public final class PublishedTopicFollower implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishedTopicFollower.class);

    /**
     * How often writes become visible and durable.
     *
     * @param refreshInterval how soon a published article is on the site once it was read (once caught up)
     * @param commitInterval  how much a restart may have to read again
     * @param commitRecords   commit at least every this many records, whatever the time
     */
    public record Cadence(Duration pollTimeout, Duration refreshInterval, Duration commitInterval, long commitRecords) {
        public static final Cadence DEFAULT = new Cadence(Duration.ofMillis(200), Duration.ofMillis(200),
                Duration.ofSeconds(5), 50_000);
    }

    private final org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final Deserializer<PublishedArticle> values;
    private final ArticleIndex index;
    private final Cadence cadence;
    private final Clock clock;
    private final Consumer<PublishedArticle> applied;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean caughtUp = new AtomicBoolean(false);
    private final AtomicLong appliedCount = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private List<TopicPartition> partitions = List.of();
    private Map<TopicPartition, Long> startEnd;
    private long startedAtNanos;
    private boolean resumed;
    private Instant lastRefresh = Instant.EPOCH;
    private Instant lastCommit = Instant.EPOCH;
    private long sinceRefresh;
    private long sinceCommit;

    /**
     * @param consumer a consumer without group id, with byte-array deserializers and read_committed; the
     *                 follower owns it and closes it
     * @param applied  told of each record applied after catching up (null for a tombstone): the
     *                 end-to-end latency metric
     */
    public PublishedTopicFollower(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer, String topic,
                                  Deserializer<PublishedArticle> values, ArticleIndex index, Cadence cadence, Clock clock,
                                  Consumer<PublishedArticle> applied) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.values = Objects.requireNonNull(values, "values");
        this.index = Objects.requireNonNull(index, "index");
        this.cadence = Objects.requireNonNull(cadence, "cadence");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.applied = Objects.requireNonNull(applied, "applied");
    }

    /** True once everything that was in the topic when the follower started is on the site. */
    public boolean caughtUp() {
        return caughtUp.get();
    }

    /** Records applied to the index since start (a restart counts only what it read again). */
    public long applied() {
        return appliedCount.get();
    }

    /** Records that could not be read (they stay in the topic; see the ERROR log for each). */
    public long skipped() {
        return skipped.get();
    }

    /** Whether this start continued from the index's checkpoint rather than from offset 0. */
    public boolean resumed() {
        return resumed;
    }

    @Override
    public void run() {
        try {
            start();
            while (running.get()) {
                pollOnce();
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.error("following {} stopped; the site no longer shows new articles", topic, e);
            throw e;
        } finally {
            try {
                commitNow();
            } catch (RuntimeException e) {
                LOG.warn("could not checkpoint the read model on the way out; a restart reads more again", e);
            }
            consumer.close();
        }
    }

    /**
     * Assigns every partition, continues from the index's checkpoint (or rebuilds from the beginning when
     * there is none or it does not fit the topic) and notes where "caught up" is.
     */
    void start() {
        startedAtNanos = System.nanoTime();
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist; publish creates it at start");
        }
        partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        // read_committed: the end offsets are the last stable offsets, what this consumer can reach.
        startEnd = Map.copyOf(consumer.endOffsets(partitions));
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        Map<Integer, Long> checkpoint = index.checkpoint();
        String unusable = unusable(checkpoint, beginning);
        if (unusable != null) {
            if (!checkpoint.isEmpty()) {
                LOG.warn("the read model's checkpoint {} does not fit {} ({}); rebuilding it from the beginning",
                        checkpoint, topic, unusable);
            }
            index.clear();
            consumer.seekToBeginning(partitions);
            resumed = false;
        } else {
            for (TopicPartition tp : partitions) {
                consumer.seek(tp, checkpoint.getOrDefault(tp.partition(), 0L));
            }
            resumed = true;
        }
        LOG.info("reading {} {} ({} partitions, end offsets {})", topic,
                resumed ? "from the read model's checkpoint " + checkpoint : "from the beginning", partitions.size(), startEnd);
        checkCaughtUp();
    }

    /** Why the checkpoint cannot be continued from, or null when it can. */
    private String unusable(Map<Integer, Long> checkpoint, Map<TopicPartition, Long> beginning) {
        if (checkpoint.isEmpty()) {
            return "no checkpoint";
        }
        for (TopicPartition tp : partitions) {
            Long next = checkpoint.get(tp.partition());
            // A partition added since is read from its beginning (0 is where it begins).
            long at = next == null ? 0 : next;
            if (at > startEnd.get(tp)) {
                return "partition " + tp.partition() + " ends at " + startEnd.get(tp) + ", before the checkpoint: the topic was recreated";
            }
            if (at < beginning.get(tp)) {
                return "partition " + tp.partition() + " begins at " + beginning.get(tp) + ": records the index never saw were deleted";
            }
        }
        return null;
    }

    /** One poll: applies what arrived, then refreshes and commits when they are due. */
    void pollOnce() {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(cadence.pollTimeout());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            apply(record);
        }
        Instant now = clock.instant();
        boolean visible = sinceRefresh == 0;
        // While catching up nobody reads yet: each refresh writes a small segment Lucene must merge later,
        // so a replay refreshes only as often as it commits.
        Duration interval = caughtUp.get() ? cadence.refreshInterval() : cadence.commitInterval();
        boolean due = !now.isBefore(lastRefresh.plus(interval)) || (!caughtUp.get() && atStartEnd());
        if (sinceRefresh > 0 && (records.isEmpty() || due)) {
            index.refresh();
            lastRefresh = now;
            sinceRefresh = 0;
            visible = true;
        }
        if (sinceCommit >= cadence.commitRecords()
                || (sinceCommit > 0 && !now.isBefore(lastCommit.plus(cadence.commitInterval())))) {
            commitNow();
        }
        if (visible) {
            checkCaughtUp();
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> record) {
        sinceCommit++;
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
        String slug = value == null ? header(record, TombstoneReason.SLUG_HEADER) : null;
        Instant timestamp = record.timestamp() > 0 ? Instant.ofEpochMilli(record.timestamp()) : null;
        index.apply(articleId, record.value(), value, reason, slug, timestamp);
        appliedCount.incrementAndGet();
        sinceRefresh++;
        if (caughtUp.get()) {
            applied.accept(value);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String tombstoneReason(ConsumerRecord<byte[], byte[]> record) {
        String reason = header(record, TombstoneReason.HEADER);
        if (reason == null || reason.equals(TombstoneReason.RETRACTED.name()) || reason.equals(TombstoneReason.WITHHELD.name())) {
            return reason;
        }
        LOG.warn("tombstone at {}-{}@{} has unknown reason '{}'; treating it as a plain removal", record.topic(),
                record.partition(), record.offset(), reason);
        return null;
    }

    private void commitNow() {
        if (partitions.isEmpty() || (sinceCommit == 0 && !index.checkpoint().isEmpty())) {
            return;
        }
        Map<Integer, Long> next = new HashMap<>();
        for (TopicPartition tp : partitions) {
            next.put(tp.partition(), consumer.position(tp));
        }
        index.commit(next);
        lastCommit = clock.instant();
        sinceCommit = 0;
    }

    /** Whether everything that was in the topic at start has been read. */
    private boolean atStartEnd() {
        for (Map.Entry<TopicPartition, Long> end : startEnd.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private void checkCaughtUp() {
        if (caughtUp.get() || startEnd == null || !atStartEnd()) {
            return;
        }
        // Durable before ready: a restart right after this continues from here, not from the beginning.
        commitNow();
        caughtUp.set(true);
        LOG.info("read model caught up with {}: {} records applied in {} ms ({})", topic, appliedCount.get(),
                (System.nanoTime() - startedAtNanos) / 1_000_000, resumed ? "continued from its checkpoint" : "built from offset 0");
    }

    /** Stops the loop; {@link #run()} checkpoints and closes the consumer on its way out. */
    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
    }
}
