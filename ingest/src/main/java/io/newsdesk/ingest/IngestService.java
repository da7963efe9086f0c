package io.newsdesk.ingest;

import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.feeds.FeedPoller;
import io.newsdesk.ingest.feeds.FeedRoutes;
import io.newsdesk.ingest.feeds.FeedSubscriptions;
import io.newsdesk.ingest.feeds.IntakeFeedSink;
import io.newsdesk.ingest.http.AdminBrokerProbe;
import io.newsdesk.ingest.http.BrokerProbe;
import io.newsdesk.ingest.http.BrokerStatus;
import io.newsdesk.ingest.http.CachedBrokerProbe;
import io.newsdesk.ingest.http.HealthEndpoint;
import io.newsdesk.ingest.http.InFlightRequests;
import io.newsdesk.ingest.http.IngestRoutes;
import io.newsdesk.ingest.http.SubmissionEndpoint;
import io.newsdesk.ingest.http.WriteAvailabilityProbe;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.ingest.version.ArticleLocks;
import io.newsdesk.ingest.version.VersionTable;
import io.newsdesk.ingest.version.VersionTableLoader;
import io.newsdesk.platform.cluster.ClusterReplication;
import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.cluster.WriteAvailability;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicReport;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.VersionStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: the pipeline's front door. Accepts submissions over HTTP (or from code through
 * {@link #intake()}), validates them, gives each its article id and version, and writes them to
 * {@code articles.submitted}, after reserving the version on {@code articles.versions}.
 *
 * <p>Start: ensure both topics exist, rebuild the version table from {@code articles.versions}, open
 * the producer, then listen. Nothing is accepted before the table is complete, or versions could be
 * reused. {@link #close()} drains first (new submissions get 503 and /health turns DOWN while the running
 * ones finish and are answered, see {@link InFlightRequests}), then stops listening, flushes and closes
 * the producer.
 *
 * <p>{@code GET /metrics} on the same port serves the Prometheus metrics: requests by status and their
 * latency, accepted articles, the producer's Kafka metrics and the JVM's (see {@link ServiceMetrics}).
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final Admin admin;
    private final Producer<String, byte[]> producer;
    private final VersionTable versions;
    private final SubmissionIntake intake;
    private final SubmissionParser parser;
    private final BrokerProbe broker;
    private final ServiceMetrics metrics;
    private final InFlightRequests inFlight;
    private final FeedPoller feeds;
    private final HttpApp http;

    private IngestService(IngestConfig config, Admin admin, Producer<String, byte[]> producer, VersionTable versions,
                          SubmissionIntake intake, SubmissionParser parser, BrokerProbe broker, ServiceMetrics metrics,
                          InFlightRequests inFlight, FeedPoller feeds, HttpApp http) {
        this.config = config;
        this.admin = admin;
        this.producer = producer;
        this.versions = versions;
        this.intake = intake;
        this.parser = parser;
        this.broker = broker;
        this.metrics = metrics;
        this.inFlight = inFlight;
        this.feeds = feeds;
        this.http = http;
    }

    public static IngestService start(ConfigSource source) {
        IngestConfig config = IngestConfig.from(source);
        Clock clock = Clock.systemUTC();
        Topics topics = config.topics();
        Admin admin = null;
        Producer<String, byte[]> producer = null;
        FeedPoller feeds = null;
        ServiceMetrics metrics = ServiceMetrics.create("ingest");
        FeedSubscriptions feedConfig = FeedSubscriptions.from(source);
        try {
            admin = Admin.create(config.adminProperties());
            List<TopicSpec> specs = topics.specs().stream()
                    // the DLQ takes feed items that fail validation: a feed has no client to answer 400 to
                    .filter(s -> Set.of(topics.submitted().name(), topics.versions().name(),
                            topics.deadLetters().name()).contains(s.name()))
                    .toList();
            Replication replication = ClusterReplication.settle(config.topicReplication(),
                    ClusterReplication.brokers(admin), "ingest topics");
            TopicReport topicReport = TopicAdmin.ensure(admin, specs, config.topicPartitions(), replication);

            VersionTable versions;
            try (Consumer<String, VersionStamp> consumer = new KafkaConsumer<>(config.versionConsumerProperties(),
                    topics.versions().keySerde().deserializer(), topics.versions().valueSerde().deserializer())) {
                versions = new VersionTableLoader(clock).load(consumer, topics.versions().name(), config.startupTimeout());
            }

            // The producer tells /health whether the cluster acknowledges what ingest writes.
            WriteAvailability writes = new WriteAvailability(clock);
            Map<String, Object> producerProperties = config.producerProperties();
            writes.attachTo(producerProperties);
            producer = new KafkaProducer<>(producerProperties);
            metrics.bindProducer(producer);
            // The producer gives up at ackTimeout; waiting a little longer lets its definite answer arrive first.
            SubmissionIntake intake = new SubmissionIntake(producer, topics, versions, new ArticleLocks(), clock,
                    config.ackTimeout().plusSeconds(1), UUID::randomUUID);
            SubmissionParser parser = new SubmissionParser(clock);
            Authenticator authenticator = new Authenticator(config.tokens());
            if (!authenticator.enabled()) {
                LOG.warn("!!! NO INGEST TOKENS CONFIGURED ({} / {}): authentication is DISABLED and any request is "
                        + "accepted with the source it names. Development only. !!!", IngestConfig.TOKENS, IngestConfig.TOKENS_FILE);
            } else {
                LOG.info("ingest authentication: {}", config.tokens());
            }
            BrokerProbe broker = new WriteAvailabilityProbe(writes, new CachedBrokerProbe(
                    new AdminBrokerProbe(admin, List.of(topics.submitted().name(), topics.versions().name()),
                            config.healthTimeout()), clock, config.healthCacheTtl()));
            InFlightRequests inFlight = new InFlightRequests();
            feeds = FeedPoller.create(feedConfig, new IntakeFeedSink(intake, producer,
                    new DeadLetters(topics.deadLetters().name(), clock), config.ackTimeout().plusSeconds(1)), parser, clock);
            HttpApp.Builder routes = IngestRoutes.register(HttpApp.builder("ingest"),
                    new SubmissionEndpoint(authenticator, parser, intake, config.maxBodyBytes()),
                    new HealthEndpoint(broker, authenticator, versions, topicReport.weaker()), metrics, inFlight);
            // Always registered, so /v1/feeds answers an empty list rather than 404 when no feeds are set.
            FeedRoutes.register(routes, feeds);
            HttpApp http = routes
                    .host(config.host())
                    .port(config.port())
                    .threads(config.httpThreads())
                    .start();
            if (feedConfig.enabled()) {
                feeds.start();
                LOG.info("polling {} feed(s) every {}", feedConfig.feeds().size(), feedConfig.pollInterval());
            }
            return new IngestService(config, admin, producer, versions, intake, parser, broker, metrics, inFlight,
                    feeds, http);
        } catch (IOException e) {
            closeQuietly(feeds, producer, admin, metrics);
            throw new UncheckedIOException("ingest could not listen on port " + config.port(), e);
        } catch (RuntimeException e) {
            closeQuietly(feeds, producer, admin, metrics);
            throw e;
        }
    }

    private static void closeQuietly(FeedPoller feeds, Producer<?, ?> producer, Admin admin, ServiceMetrics metrics) {
        if (feeds != null) {
            feeds.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
        metrics.close();
    }

    /**
     * The longest a submission can run: two acknowledged writes, each waited for at most ackTimeout + 1s
     * (see {@link SubmissionIntake}), and a second to answer.
     */
    Duration drainTimeout() {
        return config.ackTimeout().plusSeconds(1).multipliedBy(2).plusSeconds(1);
    }

    public int port() {
        return http.port();
    }

    public IngestConfig config() {
        return config;
    }

    /** The plain-Java entry point: accept a parsed submission without HTTP. */
    public SubmissionIntake intake() {
        return intake;
    }

    public SubmissionParser parser() {
        return parser;
    }

    /** Whether ingest can write to Kafka (cached for a moment, as /health answers). */
    public BrokerStatus health() {
        return broker.check();
    }

    public boolean healthy() {
        return health().up();
    }

    /** This service's meters, as {@code GET /metrics} serves them. */
    public ServiceMetrics metrics() {
        return metrics;
    }

    /** Number of articles in the version table. */
    public int articlesKnown() {
        return versions.size();
    }

    @Override
    public void close() {
        // Feeds first: a poll in progress gets a moment to finish its items before the producer goes.
        feeds.close();
        // Stop taking submissions first; those already running finish and get their acknowledgements.
        try {
            if (!inFlight.drain(drainTimeout())) {
                LOG.warn("ingest stopping with {} submission(s) still unanswered after {}", inFlight.running(),
                        drainTimeout());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while draining; stopping with {} submission(s) in flight", inFlight.running());
        }
        http.close();
        producer.flush();
        producer.close(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(5));
        metrics.close();
        LOG.info("ingest stopped");
    }
}
