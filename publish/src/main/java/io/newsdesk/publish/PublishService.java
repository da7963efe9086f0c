package io.newsdesk.publish;

import io.newsdesk.platform.cluster.ClusterReplication;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.platform.streams.StreamsHealth;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.readmodel.ArticleIndex;
import io.newsdesk.publish.readmodel.PublishedTopicFollower;
import io.newsdesk.publish.readmodel.ReadModelMeters;
import io.newsdesk.publish.rules.DigestSchedule;
import io.newsdesk.publish.rules.PublishRules;
import io.newsdesk.publish.site.DigestBuilder;
import io.newsdesk.publish.site.Site;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.status.PipelineStatusCollector;
import io.newsdesk.publish.status.StatusConfig;
import io.newsdesk.publish.status.StatusPage;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publish service: the publishing rules as a Kafka Streams application ({@link PublishTopology},
 * exactly-once), the site's read model (an index on local disk, {@link ArticleIndex}) following
 * {@code articles.published} ({@link PublishedTopicFollower}), the site and health endpoints over HTTP,
 * and the daily digest ({@link DigestPublisher}).
 *
 * <p>{@code GET /health} is 200 while Streams and the follower are alive; {@code GET /ready} is 200 once
 * Streams is RUNNING, the cluster acknowledges publish's writes and the read model has caught up with the
 * published topic. Both bodies say why (see {@link StreamsHealth#details()}).
 */
public final class PublishService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PublishService.class);

    private final PublishConfig config;
    private final Topics topics;
    private final KafkaStreams streams;
    private final StreamsHealth streamsHealth;
    private final PublishedTopicFollower follower;
    private final Thread followerThread;
    private final ArticleIndex index;
    private final DigestPublisher digests;
    private final PipelineStatusCollector status;
    private final ServiceMetrics metrics;
    private final HttpApp http;

    private PublishService(PublishConfig config, Topics topics, KafkaStreams streams, StreamsHealth streamsHealth,
                           PublishedTopicFollower follower, Thread followerThread, ArticleIndex index, DigestPublisher digests,
                           PipelineStatusCollector status, ServiceMetrics metrics, HttpApp http) {
        this.config = config;
        this.topics = topics;
        this.streams = streams;
        this.streamsHealth = streamsHealth;
        this.follower = follower;
        this.followerThread = followerThread;
        this.index = index;
        this.digests = digests;
        this.status = status;
        this.metrics = metrics;
        this.http = http;
    }

    /** Every key publish reads, with its default: the service's own, the site's and the status page's. */
    public static Map<String, String> defaults() {
        return PublishConfig.DEFAULTS;
    }

    /** Starts everything; on failure, stops what already started and rethrows. */
    public static PublishService start(ConfigSource source) {
        // Defaults under whatever the caller passes, so the launcher may hand over a partial config.
        ConfigSource effective = ConfigSource.of(defaults()).with(source.asMap());
        Clock clock = Clock.systemUTC();
        PublishConfig config = PublishConfig.from(effective);
        SiteConfig siteConfig = SiteConfig.from(effective);
        Topics topics = Topics.withPrefix(config.topicPrefix());
        StreamsHealth health = new StreamsHealth(new WriteAvailability(clock));
        Replication streamsReplication = ensureTopics(config, topics, health);

        List<AutoCloseable> started = new ArrayList<>();
        ServiceMetrics metrics = ServiceMetrics.create("publish");
        started.add(metrics);
        try {
            // The read model first: a restarted instance catches up from its index while Streams is still
            // joining its group and restoring its state, instead of competing with it for the cores.
            ArticleIndex index = ArticleIndex.open(config.indexDirectory(), topics.published().name(), clock,
                    config.searchFreshness());
            started.add(index);
            new ReadModelMeters(index).bindTo(metrics.registry());
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(followerProperties(config));
            metrics.bindConsumer(consumer);
            PublishedTopicFollower follower = new PublishedTopicFollower(consumer, topics.published().name(),
                    topics.published().valueSerde().deserializer(), index, PublishedTopicFollower.Cadence.DEFAULT, clock,
                    value -> recordLatency(metrics, value, clock));
            Thread followerThread = new Thread(follower, "publish-read-model");
            followerThread.setDaemon(true);
            started.add(() -> {
                follower.close();
                followerThread.join(10_000);
            });
            followerThread.start();

            Properties streamsProperties = metrics.putInto(StreamsSettings.exactlyOnce(config.applicationId(), "publish",
                    config.kafka(), topics.deadLetters().name(), config.streams(), streamsReplication));
            // Its producers tell /ready whether the cluster acknowledges what publish writes.
            health.writes().attachToStreams(streamsProperties);
            KafkaStreams streams = new KafkaStreams(
                    PublishTopology.build(topics, new PublishRules(config.routes()), config.embargoCheckInterval()),
                    streamsProperties);
            metrics.bindKafkaStreams(streams);
            streams.setStateListener(health);
            // A record that fails is dead-lettered by the exception handlers; what reaches this handler is the
            // thread itself failing (a fenced producer, a broker error beyond retries, e.g. while the cluster
            // lost brokers). As in enrich, a fresh thread re-joins the group and resumes from the last committed
            // transaction, state restored from its changelog: nothing is lost or published twice, and the
            // instance does not stay down until someone restarts it.
            streams.setUncaughtExceptionHandler(e -> {
                LOG.error("publish stream thread failed; replacing it", e);
                return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
            });
            started.add(() -> streams.close(Duration.ofSeconds(30)));
            streams.start();

            DigestPublisher digests = new DigestPublisher(
                    new KafkaProducer<>(digestProducerProperties(config), new StringSerializer(),
                            topics.digests().valueSerde().serializer()),
                    topics.digests().name(), new DigestSchedule(config.digestHour(), config.timeZone()),
                    (date, zone, now) -> DigestBuilder.build(index.queries(), date, zone, now), clock,
                    () -> health.ready() && follower.caughtUp());
            started.add(digests);
            digests.start();

            HttpApp.Builder http = HttpApp.builder("publish").port(config.port())
                    .threads(config.httpThreads());
            http.get("/health", request -> healthResponse(health.live() && followerThread.isAlive(), health, follower));
            http.get("/ready", request -> healthResponse(health.ready() && follower.caughtUp(), health, follower));
            new Site(index, siteConfig, clock).register(http);
            PipelineStatusCollector status = PipelineStatusCollector.start(StatusConfig.from(effective), config.kafka(), topics);
            started.add(status);
            new StatusPage(status::snapshot).register(http);
            metrics.register(http);
            HttpApp app = http.start();
            LOG.info("publish started: {} → {}, {}, slices {}; site on port {}", topics.enriched().name(),
                    topics.published().name(), topics.events().name(), config.routes().slices(), app.port());
            return new PublishService(config, topics, streams, health, follower, followerThread, index, digests, status,
                    metrics, app);
        } catch (IOException e) {
            closeAll(started);
            throw new UncheckedIOException("cannot start the publish HTTP server on port " + config.port(), e);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /**
     * End-to-end latency as a reader sees it: from ingest accepting the version to this instance serving
     * it. The follower reports only records read after catching up (a replay at start is not latency);
     * embargoed articles are left out, their wait is the embargo.
     */
    private static void recordLatency(ServiceMetrics metrics, PublishedArticle value, Clock clock) {
        if (value == null) {
            return;
        }
        Submission submission = value.getArticle().getSubmission();
        if (submission.getEmbargoedUntil() == null) {
            metrics.pipeline().endToEnd(submission.getReceivedAt(), clock.instant());
        }
    }

    private static Response healthResponse(boolean ok, StreamsHealth health, PublishedTopicFollower follower) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok ? "UP" : "DOWN");
        body.putAll(health.details());
        body.put("readModelCaughtUp", follower.caughtUp());
        body.put("readModelResumed", follower.resumed());
        body.put("recordsApplied", follower.applied());
        body.put("recordsSkipped", follower.skipped());
        return Response.json(ok ? 200 : 503, body);
    }

    /** The topics publish reads and writes, slice topics included. */
    static List<TopicSpec> topicSpecs(Topics topics, PublishConfig config) {
        Set<String> used = Set.of(topics.enriched().name(), topics.published().name(), topics.events().name(),
                topics.deadLetters().name(), topics.digests().name());
        List<TopicSpec> specs = new ArrayList<>(topics.specs().stream().filter(s -> used.contains(s.name())).toList());
        config.routes().rules().stream().map(r -> r.slice()).distinct().forEach(slice -> specs.add(new TopicSpec(
                topics.publishedSlice(slice), "articleId (string)",
                "PublishedArticle; tombstone = retracted, withheld or left the slice (reason and slug in its headers)", true, null,
                "Published articles matching route " + config.routes().rules().stream()
                        .filter(r -> r.slice().equals(slice)).map(Object::toString).toList(),
                List.of("publish"), List.of("downstream consumers"))));
        return specs;
    }

    /**
     * Creates publish's topics when missing, with the replication the cluster allows (reporting weaker existing
     * ones to /health), and settles the replication of Streams' internal topics (the state stores' changelogs)
     * the same way.
     */
    private static Replication ensureTopics(PublishConfig config, Topics topics, StreamsHealth health) {
        try (Admin admin = Admin.create(new HashMap<>(config.kafka().common()))) {
            int brokers = ClusterReplication.brokers(admin);
            Replication replication = ClusterReplication.settle(config.topicReplication(), brokers, "publish topics");
            health.reportWeakerTopics(TopicAdmin.ensure(admin, topicSpecs(topics, config), config.topicPartitions(),
                    replication).weaker());
            return ClusterReplication.settle(config.streams().replication(), brokers, "publish Streams internal topics");
        }
    }

    private static Properties followerProperties(PublishConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafka().common());
        // No group: every instance reads every partition and keeps its offsets with its index
        // (see PublishedTopicFollower).
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-read-model-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    private static Properties digestProducerProperties(PublishConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafka().common());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.applicationId() + "-digest");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }

    public PublishConfig config() {
        return config;
    }

    public Topics topics() {
        return topics;
    }

    public ArticleIndex index() {
        return index;
    }

    public int port() {
        return http.port();
    }

    public KafkaStreams.State streamsState() {
        return streamsHealth.state();
    }

    /** Streams processing (or about to) and the read model following the published topic. */
    public boolean live() {
        return streamsHealth.live() && followerThread.isAlive();
    }

    /** Streams RUNNING and the read model caught up: this instance can serve every page. */
    public boolean ready() {
        return streamsHealth.ready() && follower.caughtUp();
    }

    /** How the read model follows the published topic (caught up, resumed, records applied). */
    public PublishedTopicFollower readModel() {
        return follower;
    }

    /** Stops taking requests, then the digest timer, the read model (checkpointed) and Streams (which commits its work). */
    @Override
    public void close() {
        List<AutoCloseable> parts = new ArrayList<>();
        parts.add(http);
        parts.add(status);
        parts.add(digests);
        parts.add(() -> {
            follower.close();
            followerThread.join(10_000);
        });
        parts.add(index);
        // Leave the group on the way out, so the tasks move to another instance (or to this one restarted)
        // at once instead of after the session timeout.
        parts.add(() -> streams.close(CloseOptions.groupMembershipOperation(
                CloseOptions.GroupMembershipOperation.LEAVE_GROUP).withTimeout(Duration.ofSeconds(30))));
        parts.add(metrics);
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("error while stopping publish", e);
            }
        }
        LOG.info("publish stopped");
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("error while stopping after a failed start", e);
            }
        }
    }
}
