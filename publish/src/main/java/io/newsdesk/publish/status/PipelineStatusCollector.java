package io.newsdesk.publish.status;

import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers what the status page shows, every {@link StatusConfig#interval()} on a thread of its own, and
 * publishes it as one immutable {@link StatusSnapshot} swapped in atomically: page requests only read
 * the latest snapshot and never touch Kafka or ingest.
 *
 * <p>Each round, with bounded work:
 * <ol>
 *   <li>{@link ClusterOffsets} reads the Newsdesk topics' start and end offsets; each stage's end
 *       offsets feed a {@link RateSeries};</li>
 *   <li>{@link ClusterOffsets} reads the groups' committed offsets on those topics, giving the lag;</li>
 *   <li>{@link EventTail} reads the events and dead letters that arrived since the last round;</li>
 *   <li>it asks ingest for its feeds' health ({@link IngestFeedHealth}, short timeout).</li>
 * </ol>
 * A part that fails is named in the snapshot's problems and keeps its last good figures; the next
 * round tries again.
 */
public final class PipelineStatusCollector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineStatusCollector.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);

    /** The stages whose output throughput is charted, with the topic each writes. */
    record Stage(String name, String topic) {
    }

    private final StatusConfig config;
    private final Topics topics;
    private final Admin admin;
    private final Consumer<byte[], byte[]> tail;
    private final IngestFeedHealth feeds;
    private final Clock clock;
    private final List<Stage> stages;
    private final AtomicReference<StatusSnapshot> current;
    private final ScheduledExecutorService executor;

    // Owned by the collector's thread (one round at a time).
    private final Map<String, RateSeries> rates = new LinkedHashMap<>();
    private final ClusterOffsets offsets;
    private final EventTail eventTail;
    private final Set<String> failingParts = new HashSet<>();
    private long round;
    private boolean closed;

    PipelineStatusCollector(StatusConfig config, Topics topics, Admin admin, Consumer<byte[], byte[]> tail,
                            IngestFeedHealth feeds, Clock clock) {
        this.config = config;
        this.topics = topics;
        this.admin = admin;
        this.tail = tail;
        this.feeds = feeds;
        this.clock = clock;
        this.stages = List.of(new Stage("ingest", topics.submitted().name()), new Stage("tag", topics.tagged().name()),
                new Stage("enrich", topics.enriched().name()), new Stage("publish", topics.published().name()),
                new Stage("events", topics.events().name()));
        stages.forEach(s -> rates.put(s.name(), new RateSeries(config.windowMinutes())));
        this.offsets = new ClusterOffsets(topics, admin, config.groups(), ADMIN_TIMEOUT);
        this.eventTail = new EventTail(tail, topics, config, ADMIN_TIMEOUT);
        this.current = new AtomicReference<>(StatusSnapshot.starting(clock.instant(), topics.prefix(),
                config.windowMinutes()));
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "publish-status");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates the clients and starts collecting at once, then every {@link StatusConfig#interval()}. */
    public static PipelineStatusCollector start(StatusConfig config, KafkaClientConfig kafka, Topics topics) {
        Map<String, Object> adminProps = new HashMap<>(kafka.common());
        adminProps.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsdesk-status-admin-" + UUID.randomUUID());
        // Bounded rounds: no admin call waits longer than this, whatever the broker does.
        adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis() - 1000);
        Admin admin = Admin.create(adminProps);
        Consumer<byte[], byte[]> consumer;
        try {
            consumer = new KafkaConsumer<>(tailProperties(kafka), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (RuntimeException e) {
            admin.close(Duration.ZERO);
            throw e;
        }
        PipelineStatusCollector collector = new PipelineStatusCollector(config, topics, admin, consumer,
                new IngestFeedHealth(config.ingestUrl(), config.feedTimeout(), Clock.systemUTC()), Clock.systemUTC());
        collector.startSchedule();
        return collector;
    }

    static Map<String, Object> tailProperties(KafkaClientConfig kafka) {
        Map<String, Object> props = new HashMap<>(kafka.common());
        // No group: it reads what it assigns itself and commits nothing, so it never shows up as a
        // consumer group with lag on the page it feeds.
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsdesk-status-tail-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return props;
    }

    void startSchedule() {
        executor.scheduleWithFixedDelay(this::roundSafely, 0, config.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The latest figures; never blocks. */
    public StatusSnapshot snapshot() {
        return current.get();
    }

    private void roundSafely() {
        try {
            collectOnce();
        } catch (InterruptException e) {
            // close() interrupted a poll: the collector is stopping.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; log and keep collecting.
            LOG.error("status collection round failed; the next round retries", e);
        }
    }

    /** One round; runs on the collector's thread (or a test's, never both). */
    void collectOnce() {
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        part("topic offsets", problems, () -> {
            offsets.readOffsets();
            recordRates(now);
        });
        part("consumer group lag", problems, offsets::readLag);
        part("tailing " + topics.events().name() + " and " + topics.deadLetters().name(), problems,
                () -> eventTail.tailOnce(offsets.endOffsets().keySet(), now));
        List<StatusSnapshot.LatencyMinute> latency = eventTail.latencyPerMinute(now);
        StatusSnapshot.FeedHealth feedHealth = feeds.fetch();
        round++;
        List<StatusSnapshot.StageThroughput> throughput = stages.stream()
                .map(s -> new StatusSnapshot.StageThroughput(s.name(), s.topic(), rates.get(s.name()).perMinute(now)))
                .toList();
        current.set(new StatusSnapshot(round, now, topics.prefix(), config.windowMinutes(), problems,
                offsets.topicOffsets(), offsets.groupLag(), throughput, latency, eventTail.eventsUndecodable(),
                eventTail.deadLetters(), feedHealth));
    }

    /** Each stage's output topic's end offset, summed over its partitions, as this round read it. */
    private void recordRates(Instant now) {
        for (Stage stage : stages) {
            offsets.topicOffsets().stream().filter(r -> r.topic().equals(stage.topic())).findFirst()
                    .ifPresent(row -> rates.get(stage.name()).record(now, row.endOffset()));
        }
    }

    @FunctionalInterface
    private interface Part {
        void run() throws ExecutionException, TimeoutException, InterruptedException;
    }

    /** Runs one part of a round; a failure is shown on the page and logged with its stack once per outage. */
    private void part(String name, List<String> problems, Part part) {
        try {
            part.run();
            if (failingParts.remove(name)) {
                LOG.info("status page: {} works again", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(name + ": interrupted");
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            if (e instanceof InterruptException) {
                throw (InterruptException) e;
            }
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            problems.add(name + ": " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")"));
            if (failingParts.add(name)) {
                LOG.warn("status page: cannot read {}; the figures shown are from the last good round", name, cause);
            } else {
                LOG.debug("status page: still cannot read {}", name, cause);
            }
        }
    }

    /** Stops the round in progress (it is interrupted) and closes both clients. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("status collector did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            tail.close(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            LOG.warn("error while closing the status tail consumer", e);
        }
        try {
            admin.close(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            LOG.warn("error while closing the status admin client", e);
        }
    }
}
