package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.IntakeUnavailableException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.producer.Producer;
import java.util.Set;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transactional producer per partition of {@code ingest.feed-items} this instance owns, with a
 * transactional id of that partition ({@code <prefix>-<partition>}). That id is what makes ownership
 * safe: when another instance takes a partition over, its producer's {@code initTransactions()} fences
 * the previous owner's producer and aborts its open transaction, so an instance that lost a partition
 * without noticing (a long pause, a network split) can no longer hand over anything of its feeds; its
 * next commit fails and it stops. Each item is handed over in a transaction of its own
 * ({@link #inTransaction}): the submission (or dead letter) and the item's state, both or neither.
 */
public final class FeedItemWriters implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedItemWriters.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final String transactionalIdPrefix;
    private final Function<String, Producer<String, byte[]>> producers;
    private final int partitions;
    private final Map<Integer, Writer> writers = new ConcurrentHashMap<>();
    private final Set<Integer> broken = ConcurrentHashMap.newKeySet();

    /**
     * @param transactionalIdPrefix unique per pipeline (it names the topic), shared by every instance
     * @param producers             creates a transactional producer for a transactional id
     * @param partitions            partitions of {@code ingest.feed-items}
     */
    public FeedItemWriters(String transactionalIdPrefix, Function<String, Producer<String, byte[]>> producers, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + partitions);
        }
        this.transactionalIdPrefix = transactionalIdPrefix;
        this.producers = producers;
        this.partitions = partitions;
    }

    public int partitions() {
        return partitions;
    }

    /** The partition holding the source's items, see {@link FeedPartitions}. */
    public int partitionOf(String source) {
        return FeedPartitions.of(source, partitions);
    }

    public String transactionalId(int partition) {
        return transactionalIdPrefix + "-" + partition;
    }

    /**
     * Makes this instance the partition's only writer. Blocks until the broker has fenced the previous
     * owner and aborted its open transaction, so that reading the partition afterwards sees its final state.
     */
    public void open(int partition) {
        broken.remove(partition);
        writers.computeIfAbsent(partition, p -> {
            Producer<String, byte[]> producer = producers.apply(transactionalId(p));
            try {
                producer.initTransactions();
            } catch (RuntimeException e) {
                producer.close(CLOSE_TIMEOUT);
                throw e;
            }
            LOG.info("feed item partition {}: transactional writer {} ready", p, transactionalId(p));
            return new Writer(producer);
        });
    }

    /** Gives the partition up: its producer is closed (a transaction in progress is waited for first). */
    public void close(int partition) {
        Writer writer = writers.remove(partition);
        if (writer != null) {
            writer.close();
        }
    }

    public boolean owns(int partition) {
        return writers.containsKey(partition);
    }

    /**
     * Runs {@code work} in a transaction of the partition's producer and commits it.
     *
     * @throws IntakeUnavailableException when this instance does not own the partition (any more), or the
     *                                    transaction did not commit; nothing of it is visible then
     */
    public <T> T inTransaction(int partition, Function<Producer<String, byte[]>, T> work) {
        Writer writer = writers.get(partition);
        if (writer == null) {
            throw new IntakeUnavailableException("this ingest instance does not own feed item partition " + partition
                    + " (any more); its feeds are polled by the instance that does", null);
        }
        return writer.inTransaction(partition, work);
    }

    @Override
    public void close() {
        writers.keySet().forEach(this::close);
    }

    /**
     * Partitions whose producer failed for good (fenced, or stuck in a transaction it could not abort) and
     * was closed. {@link FeedOwnership} opens them again while the group still gives them to this instance;
     * a partition the group moved is dropped instead. Never reopened from here: only the group's word on
     * ownership may fence another instance's producer.
     */
    public Set<Integer> broken() {
        return Set.copyOf(broken);
    }

    /** Forgets that the partition's writer broke (it was opened again, or it is no longer this instance's). */
    public void clearBroken(int partition) {
        broken.remove(partition);
    }

    private static boolean fatal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException
                    || t instanceof OutOfOrderSequenceException || t instanceof AuthorizationException
                    || t instanceof UnsupportedVersionException) {
                return true;
            }
        }
        return false;
    }

    private final class Writer {
        private Producer<String, byte[]> producer;

        Writer(Producer<String, byte[]> producer) {
            this.producer = producer;
        }

        synchronized <T> T inTransaction(int partition, Function<Producer<String, byte[]>, T> work) {
            if (producer == null) {
                throw new IntakeUnavailableException("feed item partition " + partition + " was given up", null);
            }
            try {
                producer.beginTransaction();
                T result = work.apply(producer);
                producer.commitTransaction();
                return result;
            } catch (RuntimeException e) {
                if (fatal(e)) {
                    // Another instance took the partition over, or this producer can no longer be trusted: it must
                    // not write any more. Until the group says who owns the partition, every attempt fails here.
                    LOG.warn("feed item partition {}: writer {} fenced or failed for good; closing it", partition,
                            transactionalId(partition), e);
                    giveUp(partition);
                    throw new IntakeUnavailableException("feed item partition " + partition + " is no longer written "
                            + "by this instance: " + e, e);
                }
                abort(partition, e);
                throw e instanceof IntakeUnavailableException unavailable ? unavailable
                        : new IntakeUnavailableException("the transaction on feed item partition " + partition
                        + " did not commit: " + e, e);
            }
        }

        private void abort(int partition, RuntimeException cause) {
            try {
                producer.abortTransaction();
            } catch (KafkaException e) {
                // A producer that cannot abort cannot go on; the transaction times out on the broker, or the
                // producer opened in its place aborts it.
                cause.addSuppressed(e);
                LOG.warn("feed item partition {}: abort failed; closing the writer", partition, e);
                giveUp(partition);
            }
        }

        private void giveUp(int partition) {
            writers.remove(partition, this);
            broken.add(partition);
            closeProducer();
        }

        synchronized void close() {
            closeProducer();
        }

        private void closeProducer() {
            if (producer != null) {
                producer.close(CLOSE_TIMEOUT);
                producer = null;
            }
        }
    }
}
