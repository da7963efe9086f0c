package io.newsdesk.ingest.feeds;

import io.newsdesk.schemas.FeedItemState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides which ingest instance polls which feeds, with Kafka's own consumer group: every instance
 * configured with feeds joins one group over {@code ingest.feed-items}, and the group gives each
 * partition to one member. A source's feeds and their items' states live on one partition
 * ({@link FeedPartitions}), so the member that holds the partition polls the source's feeds.
 *
 * <p>When a partition is assigned: its transactional writer is opened first ({@link FeedItemWriters#open},
 * which fences a previous owner and aborts what it left open), then the partition is read from its
 * beginning to its end into the {@link FeedItemLedger} (read_committed, so only handed-over items count),
 * and only then are its feeds polled. When it is revoked or lost, its feeds stop (a poll in progress
 * finishes), its writer closes and its states are forgotten. Once loaded, a partition is paused: its
 * owner is its only writer and keeps its states in memory as it writes them. All of this runs on the
 * consumer's own thread (rebalance callbacks run inside {@code poll}).
 *
 * <p>Offsets are never committed: every owner reads its partitions from the beginning. The topic is
 * compacted, so that read is one record per item (at most {@link io.newsdesk.platform.topics.Topics#FEED_ITEMS_RETENTION}
 * of them). The group's session timeout is how long the feeds of a crashed instance wait for a new
 * owner; a graceful stop hands them over at once.
 */
public final class FeedOwnership implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedOwnership.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Consumer<String, FeedItemState> consumer;
    private final String topic;
    private final FeedItemWriters writers;
    private final FeedItemLedger ledger;
    private final FeedPoller poller;
    private final Map<Integer, List<FeedSubscription>> feedsByPartition = new HashMap<>();
    /** Partitions being read into the ledger, with the end offset to reach; touched only by the consumer thread. */
    private final Map<TopicPartition, Long> loading = new HashMap<>();
    /** Assigned partitions that hold configured feeds; touched only by the consumer thread. */
    private final Set<TopicPartition> assigned = new HashSet<>();
    /** Assigned partitions whose writer is still to be opened. */
    private final Set<TopicPartition> toOpen = new HashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean closing;

    public FeedOwnership(Consumer<String, FeedItemState> consumer, String topic, FeedItemWriters writers,
                         FeedItemLedger ledger, FeedPoller poller) {
        this.consumer = consumer;
        this.topic = topic;
        this.writers = writers;
        this.ledger = ledger;
        this.poller = poller;
        for (FeedSubscription feed : poller.feeds()) {
            feedsByPartition.computeIfAbsent(writers.partitionOf(feed.source()), p -> new ArrayList<>()).add(feed);
        }
        this.thread = new Thread(this::run, "ingest-feed-ownership");
        this.thread.setDaemon(true);
    }

    /** Joins the group; feeds are polled as their partitions are assigned and loaded. */
    public void start() {
        LOG.info("feed ownership: joining the group over {} ({} partitions); feeds by partition {}", topic,
                writers.partitions(), feedsByPartition);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topic), new Listener());
            while (!closing) {
                for (ConsumerRecord<String, FeedItemState> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (loading.containsKey(partition)) {
                        ledger.apply(record.key(), record.value());
                    }
                }
                finishLoading();
                recoverBrokenWriters();
                openPending();
            }
        } catch (WakeupException e) {
            if (!closing) {
                LOG.error("feed ownership: woken up unexpectedly; feeds are no longer polled", e);
            }
        } catch (RuntimeException | Error e) {
            LOG.error("feed ownership failed; this instance polls no feeds until it is restarted", e);
        } finally {
            try {
                // Leaving the group revokes every partition (the listener releases their feeds) and hands them
                // to the other instances at once, without waiting for the session to time out.
                consumer.close();
            } catch (RuntimeException e) {
                LOG.warn("feed ownership: closing the consumer failed", e);
            }
            release(new ArrayList<>(assigned));
            stopped.countDown();
        }
    }

    private void assign(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            // Nothing is read before the partition's writer is open (see openPending).
            consumer.pause(List.of(partition));
            if (feedsByPartition.containsKey(partition.partition())) {
                assigned.add(partition);
                toOpen.add(partition);
            }
        }
        openPending();
    }

    /**
     * Opens the writers of newly assigned partitions, then starts reading them. The writer first: opening
     * it fences any previous owner and aborts its open transaction, so the end offset read afterwards is
     * final. A writer that cannot be opened now (the broker busy) is tried again on the next round.
     */
    private void openPending() {
        List<TopicPartition> ready = new ArrayList<>();
        for (TopicPartition partition : new ArrayList<>(toOpen)) {
            try {
                writers.open(partition.partition());
                toOpen.remove(partition);
                ready.add(partition);
            } catch (RuntimeException e) {
                LOG.warn("feed ownership: cannot open the writer of partition {} yet; will retry", partition, e);
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        consumer.seekToBeginning(ready);
        Map<TopicPartition, Long> ends = consumer.endOffsets(ready);
        for (TopicPartition partition : ready) {
            loading.put(partition, ends.get(partition));
        }
        consumer.resume(ready);
        LOG.info("feed ownership: assigned {}; loading item states up to {}", ready, ends);
    }

    private void finishLoading() {
        for (TopicPartition partition : new ArrayList<>(loading.keySet())) {
            if (consumer.position(partition) >= loading.get(partition)) {
                loading.remove(partition);
                // Its owner is the partition's only writer and keeps its states as it writes them.
                consumer.pause(List.of(partition));
                List<FeedSubscription> feeds = feedsByPartition.getOrDefault(partition.partition(), List.of());
                LOG.info("feed ownership: partition {} loaded ({} item states in memory); polling {}",
                        partition.partition(), ledger.size(), feeds);
                poller.own(feeds);
            }
        }
    }

    /**
     * A writer that broke (fenced, or unable to abort) while the group still gives this instance its
     * partition: the partition starts over as if newly assigned, its states read again.
     */
    private void recoverBrokenWriters() {
        for (int partition : writers.broken()) {
            writers.clearBroken(partition);
            TopicPartition tp = new TopicPartition(topic, partition);
            if (assigned.contains(tp)) {
                LOG.warn("feed ownership: the writer of partition {} broke; reloading the partition", partition);
                stopPolling(tp);
                consumer.pause(List.of(tp));
                toOpen.add(tp);
            }
        }
    }

    private void release(Collection<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            stopPolling(partition);
            assigned.remove(partition);
            toOpen.remove(partition);
        }
    }

    private void stopPolling(TopicPartition partition) {
        // Feeds first: a poll in progress finishes while its writer still exists.
        poller.release(feedsByPartition.getOrDefault(partition.partition(), List.of()));
        writers.close(partition.partition());
        writers.clearBroken(partition.partition());
        loading.remove(partition);
        int p = partition.partition();
        ledger.forgetSources(source -> writers.partitionOf(source) == p);
    }

    private final class Listener implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assign(partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                LOG.info("feed ownership: {} revoked; handing their feeds over", partitions);
            }
            release(partitions);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            LOG.warn("feed ownership: {} lost (this instance was out of the group too long); their feeds stop here",
                    partitions);
            release(partitions);
        }
    }

    /** Leaves the group: this instance's feeds stop, and the other instances take them over at once. */
    @Override
    public void close() {
        closing = true;
        if (!thread.isAlive() && stopped.getCount() > 0) {
            // Never started: there is no loop to stop, only the consumer to close.
            consumer.close();
            stopped.countDown();
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("feed ownership did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
