package io.newsdesk.publish;

import io.newsdesk.publish.rules.DigestSchedule;
import io.newsdesk.schemas.Digest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the daily digest to the {@code digests} topic (compacted, key = the ISO date) at the hour
 * {@link DigestSchedule} gives. The digest is built from the site's read model, so a run waits until
 * the read model has caught up with the published topic: a digest built from a half-read topic would
 * replace a complete one for the same date.
 */
public final class DigestPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DigestPublisher.class);
    private static final Duration NOT_READY_RETRY = Duration.ofSeconds(1);
    private static final Duration FAILURE_RETRY = Duration.ofMinutes(1);

    /** Builds one day's digest: the site's {@code DigestBuilder.build} over the read model. */
    @FunctionalInterface
    public interface DigestSource {
        Digest build(LocalDate date, ZoneId zone, Instant now);
    }

    private final Producer<String, Digest> producer;
    private final String topic;
    private final DigestSchedule schedule;
    private final DigestSource source;
    private final Clock clock;
    private final BooleanSupplier readModelReady;
    private final ScheduledExecutorService timer;

    /**
     * @param producer an idempotent producer with acks=all; the publisher owns it and closes it
     */
    public DigestPublisher(Producer<String, Digest> producer, String topic, DigestSchedule schedule,
                           DigestSource source, Clock clock, BooleanSupplier readModelReady) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readModelReady = Objects.requireNonNull(readModelReady, "readModelReady");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publish-digest");
            t.setDaemon(true);
            return t;
        });
    }

    /** Schedules the next run and every one after it. */
    public void start() {
        Instant next = schedule.nextRun(clock.instant());
        LOG.info("daily digest scheduled for {} ({})", next.atZone(schedule.zone()), schedule.zone());
        scheduleAt(next, schedule.dayOf(next));
    }

    /**
     * Builds the digest of {@code day} and waits until the broker has it.
     *
     * @throws IllegalStateException when the write fails (the caller retries)
     */
    public RecordMetadata publish(LocalDate day) {
        Instant now = clock.instant();
        Digest digest = source.build(day, schedule.zone(), now);
        try {
            RecordMetadata written = producer.send(new ProducerRecord<>(topic, day.toString(), digest))
                    .get(30, TimeUnit.SECONDS);
            LOG.info("wrote digest for {} ({} topic groups) to {}-{}@{}", day, digest.getGroups().size(),
                    written.topic(), written.partition(), written.offset());
            return written;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the digest for " + day, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write the digest for " + day + " to " + topic, e);
        }
    }

    private void scheduleAt(Instant when, LocalDate day) {
        long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
        timer.schedule(() -> run(day), delay, TimeUnit.MILLISECONDS);
    }

    private void run(LocalDate day) {
        Instant now = clock.instant();
        if (!readModelReady.getAsBoolean()) {
            LOG.info("digest for {} waits for the read model to catch up", day);
            scheduleAt(now.plus(NOT_READY_RETRY), day);
            return;
        }
        try {
            publish(day);
        } catch (RuntimeException e) {
            LOG.error("digest for {} failed; retrying in {}", day, FAILURE_RETRY, e);
            scheduleAt(now.plus(FAILURE_RETRY), day);
            return;
        }
        // From the later of now and this day's run: a timer that fires a little early must not run twice.
        Instant dayRun = schedule.runOn(day);
        Instant next = schedule.nextRun(now.isAfter(dayRun) ? now : dayRun);
        scheduleAt(next, schedule.dayOf(next));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("digest timer did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }
}
