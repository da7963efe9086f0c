package io.newsdesk.publish.status;

import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers what the status page shows, every {@link StatusConfig#interval()} on a thread of its own, and
 * publishes it as one immutable {@link StatusSnapshot} swapped in atomically: page requests only read
 * the latest snapshot and never touch Kafka or ingest.
 *
 * <p>Each round, with bounded work:
 * <ol>
 *   <li>an {@link Admin} lists the Newsdesk topics (the catalogue's names under the prefix, and the routed
 *       slices {@code articles.published.*} found on the cluster) with their start and end offsets;
 *       each stage's end offsets feed a {@link RateSeries};</li>
 *   <li>it reads the committed offsets of the configured groups and of every other group on the cluster
 *       (at most {@value #MAX_GROUPS}) on those topics, giving the {@link LagTable};</li>
 *   <li>a consumer without a group (all partitions assigned, read_committed, nothing committed) tails
 *       {@code articles.events} from "now minus the window" for published counts and latency
 *       ({@link LatencyWindow}) and {@code articles.dlq} from its beginning for the
 *       {@link DeadLetterTally}, for at most {@value #TAIL_BUDGET_MILLIS} ms a round;</li>
 *   <li>it asks ingest for its feeds' health ({@link IngestFeedHealth}, short timeout).</li>
 * </ol>
 * A part that fails is named in the snapshot's problems and keeps its last good figures; the next
 * round tries again. This is an observer: a record it cannot read is counted and shown, never
 * dead-lettered (it would copy another stage's record into the DLQ a second time).
 */
public final class PipelineStatusCollector implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineStatusCollector.class);
    static final int MAX_GROUPS = 200;
    static final int DEAD_LETTERS_SHOWN = 10;
    static final long TAIL_BUDGET_MILLIS = 1_000;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int LATENCY_SAMPLES_PER_MINUTE = 10_000;

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
    private final Deserializer<ArticleEvent> events;
    private final AtomicReference<StatusSnapshot> current;
    private final ScheduledExecutorService executor;

    // Owned by the collector's thread (one round at a time).
    private final Map<String, RateSeries> rates = new LinkedHashMap<>();
    private final LatencyWindow latency;
    private final DeadLetterTally deadLetters;
    private final Set<String> failingParts = new HashSet<>();
    private long eventsUndecodable;
    private long round;
    private Map<TopicPartition, Long> endOffsets = Map.of();
    private List<StatusSnapshot.TopicOffsets> topicOffsets = List.of();
    private List<StatusSnapshot.GroupLag> groupLag = List.of();
    private Set<TopicPartition> assigned = Set.of();
    private boolean deadLettersCaughtUp;
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
        this.events = topics.events().valueSerde().deserializer();
        this.latency = new LatencyWindow(config.windowMinutes(), LATENCY_SAMPLES_PER_MINUTE, 7L);
        this.deadLetters = new DeadLetterTally(topics.deadLetters().valueSerde().deserializer(), DEAD_LETTERS_SHOWN);
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
        part("topic offsets", problems, () -> readOffsets(now));
        part("consumer group lag", problems, this::readLag);
        part("tailing " + topics.events().name() + " and " + topics.deadLetters().name(), problems, () -> tailOnce(now));
        latency.prune(now);
        StatusSnapshot.FeedHealth feedHealth = feeds.fetch();
        round++;
        List<StatusSnapshot.StageThroughput> throughput = stages.stream()
                .map(s -> new StatusSnapshot.StageThroughput(s.name(), s.topic(), rates.get(s.name()).perMinute(now)))
                .toList();
        current.set(new StatusSnapshot(round, now, topics.prefix(), config.windowMinutes(), problems, topicOffsets,
                groupLag, throughput, latency.perMinute(now), eventsUndecodable, deadLetters.status(deadLettersCaughtUp),
                feedHealth));
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

    private void readOffsets(Instant now) throws ExecutionException, TimeoutException, InterruptedException {
        Set<String> names = newsdeskTopics(admin.listTopics().names().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        Map<String, TopicDescription> described = names.isEmpty() ? Map.of()
                : admin.describeTopics(names).allTopicNames().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        List<StatusSnapshot.TopicOffsets> rows = new ArrayList<>();
        for (String topic : new java.util.TreeSet<>(described.keySet())) {
            List<TopicPartition> ofTopic = partitions.stream().filter(tp -> tp.topic().equals(topic)).toList();
            rows.add(new StatusSnapshot.TopicOffsets(topic, ofTopic.size(),
                    ofTopic.stream().mapToLong(tp -> starts.getOrDefault(tp, 0L)).sum(),
                    ofTopic.stream().mapToLong(tp -> ends.getOrDefault(tp, 0L)).sum()));
        }
        endOffsets = Map.copyOf(ends);
        topicOffsets = List.copyOf(rows);
        for (Stage stage : stages) {
            if (described.containsKey(stage.topic())) {
                rates.get(stage.name()).record(now, rows.stream().filter(r -> r.topic().equals(stage.topic()))
                        .mapToLong(StatusSnapshot.TopicOffsets::endOffset).sum());
            }
        }
    }

    /** The catalogue's topics under this prefix, and the routed slices of the published topic. */
    Set<String> newsdeskTopics(Collection<String> onCluster) {
        Set<String> fixed = topics.specs().stream().map(TopicSpec::name).collect(Collectors.toSet());
        String slicePrefix = topics.publishedSlice("");
        return onCluster.stream().filter(n -> fixed.contains(n) || (n.startsWith(slicePrefix) && n.length() > slicePrefix.length()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    private void readLag() throws ExecutionException, TimeoutException, InterruptedException {
        if (endOffsets.isEmpty()) {
            groupLag = LagTable.of(Map.of(), Map.of(), config.groups());
            return;
        }
        Collection<GroupListing> listed = admin.listGroups().all().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, GroupType> types = new TreeMap<>();
        for (GroupListing g : listed) {
            GroupType type = g.type().orElse(GroupType.CLASSIC);
            if (type != GroupType.SHARE) {   // share groups have no committed offsets
                types.put(g.groupId(), type);
            }
        }
        // The configured groups first, so a busy cluster's many groups never push them off the page.
        Set<String> wanted = new LinkedHashSet<>(config.groups());
        types.keySet().stream().limit(MAX_GROUPS).forEach(wanted::add);
        List<TopicPartition> ours = List.copyOf(endOffsets.keySet());
        Map<String, ListConsumerGroupOffsetsSpec> consumerGroups = new LinkedHashMap<>();
        Map<String, ListStreamsGroupOffsetsSpec> streamsGroups = new LinkedHashMap<>();
        for (String group : wanted) {
            if (types.get(group) == GroupType.STREAMS) {
                streamsGroups.put(group, new ListStreamsGroupOffsetsSpec().topicPartitions(ours));
            } else {
                consumerGroups.put(group, new ListConsumerGroupOffsetsSpec().topicPartitions(ours));
            }
        }
        Map<String, Map<TopicPartition, Long>> committed = new LinkedHashMap<>();
        if (!consumerGroups.isEmpty()) {
            ListConsumerGroupOffsetsResult result = admin.listConsumerGroupOffsets(consumerGroups);
            for (String group : consumerGroups.keySet()) {
                committed.put(group, committedOffsets(result.partitionsToOffsetAndMetadata(group)));
            }
        }
        if (!streamsGroups.isEmpty()) {
            ListStreamsGroupOffsetsResult result = admin.listStreamsGroupOffsets(streamsGroups);
            for (String group : streamsGroups.keySet()) {
                committed.put(group, committedOffsets(result.partitionsToOffsetAndMetadata(group)));
            }
        }
        groupLag = LagTable.of(endOffsets, committed, config.groups());
    }

    private static Map<TopicPartition, Long> committedOffsets(KafkaFuture<Map<TopicPartition, OffsetAndMetadata>> future)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, Long> out = new HashMap<>();
        // Partitions asked for but never committed come back with a null value.
        future.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).forEach((tp, om) -> {
            if (om != null) {
                out.put(tp, om.offset());
            }
        });
        return out;
    }

    private void tailOnce(Instant now) {
        String eventsTopic = topics.events().name();
        String dlqTopic = topics.deadLetters().name();
        Set<TopicPartition> wanted = endOffsets.keySet().stream()
                .filter(tp -> tp.topic().equals(eventsTopic) || tp.topic().equals(dlqTopic))
                .collect(Collectors.toSet());
        if (!wanted.equals(assigned)) {
            reassign(wanted, now);
        }
        if (assigned.isEmpty()) {
            return;
        }
        // read_committed: these are the last stable offsets, the furthest this consumer can get.
        Map<TopicPartition, Long> ends = tail.endOffsets(assigned, ADMIN_TIMEOUT);
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

    private boolean caughtUp(Collection<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        for (TopicPartition tp : partitions) {
            Long end = ends.get(tp);
            if (end != null && tail.position(tp, ADMIN_TIMEOUT) < end) {
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
        long since = now.minus(config.window()).toEpochMilli();
        Map<TopicPartition, Long> fromTime = new HashMap<>();
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition tp : added) {
            if (tp.topic().equals(topics.events().name())) {
                fromTime.put(tp, since);
            } else {
                fromStart.add(tp);
            }
        }
        if (!fromTime.isEmpty()) {
            Map<TopicPartition, OffsetAndTimestamp> found = tail.offsetsForTimes(fromTime, ADMIN_TIMEOUT);
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
