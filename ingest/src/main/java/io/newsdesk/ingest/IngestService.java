package io.newsdesk.ingest;

import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.feeds.FeedHealth;
import io.newsdesk.ingest.feeds.FeedItemLedger;
import io.newsdesk.ingest.feeds.FeedItemWriters;
import io.newsdesk.ingest.feeds.FeedOwnership;
import io.newsdesk.ingest.feeds.FeedPoller;
import io.newsdesk.ingest.feeds.FeedRoutes;
import io.newsdesk.ingest.feeds.FeedSubscriptions;
import io.newsdesk.ingest.feeds.TransactionalFeedSink;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: the pipeline's front door. Accepts submissions over HTTP (or from code through
 * {@link #intake()}), validates them and writes each once to {@code articles.submitted}, where the log
 * gives it its version; polls the configured feeds.
 *
 * <p>Stateless for submissions: nothing is read at start and nothing is kept between requests, so any
 * number of instances may run behind a load balancer and any of them may die at any moment (a
 * submission is accepted, 202, only once the broker acknowledged it). Start: ensure the topics exist,
 * open the producer, listen; with feeds configured, also join the feed group ({@link FeedOwnership}),
 * which gives each feed to one instance. {@link #close()} drains first (new submissions get 503 and
 * /health turns DOWN while the running ones finish and are answered, see {@link InFlightRequests}), then
 * stops listening, flushes and closes the producer.
 *
 * <p>{@code GET /metrics} on the same port serves the Prometheus metrics: requests by status and their
 * latency, accepted articles, the producer's Kafka metrics and the JVM's (see {@link ServiceMetrics}).
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final Admin admin;
    private final Producer<String, byte[]> producer;
    private final SubmissionIntake intake;
    private final SubmissionParser parser;
    private final BrokerProbe broker;
    private final ServiceMetrics metrics;
    private final InFlightRequests inFlight;
    private final FeedPoller feeds;
    private final FeedOwnership feedOwnership;
    private final FeedItemWriters feedWriters;
    private final HttpApp http;

    private IngestService(IngestConfig config, Admin admin, Producer<String, byte[]> producer, SubmissionIntake intake,
                          SubmissionParser parser, BrokerProbe broker, ServiceMetrics metrics, InFlightRequests inFlight,
                          FeedPoller feeds, FeedOwnership feedOwnership, FeedItemWriters feedWriters, HttpApp http) {
        this.config = config;
        this.admin = admin;
        this.producer = producer;
        this.intake = intake;
        this.parser = parser;
        this.broker = broker;
        this.metrics = metrics;
        this.inFlight = inFlight;
        this.feeds = feeds;
        this.feedOwnership = feedOwnership;
        this.feedWriters = feedWriters;
        this.http = http;
    }

    public static IngestService start(ConfigSource source) {
        IngestConfig config = IngestConfig.from(source);
        Clock clock = Clock.systemUTC();
        Topics topics = config.topics();
        Admin admin = null;
        Producer<String, byte[]> producer = null;
        FeedPoller feeds = null;
        FeedOwnership ownership = null;
        FeedItemWriters writers = null;
        ServiceMetrics metrics = ServiceMetrics.create("ingest");
        FeedSubscriptions feedConfig = FeedSubscriptions.from(source);
        try {
            admin = Admin.create(config.adminProperties());
            List<TopicSpec> specs = topics.specs().stream()
                    // the DLQ takes feed items that fail validation: a feed has no client to answer 400 to
                    .filter(s -> Set.of(topics.submitted().name(), topics.deadLetters().name(),
                            topics.feedItems().name()).contains(s.name()))
                    .toList();
            Replication replication = ClusterReplication.settle(config.topicReplication(),
                    ClusterReplication.brokers(admin), "ingest topics");
            TopicReport topicReport = TopicAdmin.ensure(admin, specs, config.topicPartitions(), replication);

            // The producers (the intake's and the feed item writers') tell /health whether the cluster
            // acknowledges what ingest writes.
            WriteAvailability writes = new WriteAvailability(clock);
            producer = new KafkaProducer<>(config.producerProperties(writes));
            metrics.bindProducer(producer);
            // The producer gives up at ackTimeout; waiting a little longer lets its definite answer arrive first.
            SubmissionIntake intake = new SubmissionIntake(producer, topics, clock, config.ackTimeout().plusSeconds(1),
                    UUID::randomUUID);
            SubmissionParser parser = new SubmissionParser(clock);
            Authenticator authenticator = new Authenticator(config.tokens());
            if (!authenticator.enabled()) {
                LOG.warn("!!! NO INGEST TOKENS CONFIGURED ({} / {}): authentication is DISABLED and any request is "
                        + "accepted with the source it names. Development only. !!!", IngestConfig.TOKENS, IngestConfig.TOKENS_FILE);
            } else {
                LOG.info("ingest authentication: {}", config.tokens());
            }
            // The feed item topic is written only by an instance with feeds: one without does not depend on it.
            List<String> written = feedConfig.enabled()
                    ? List.of(topics.submitted().name(), topics.feedItems().name())
                    : List.of(topics.submitted().name());
            BrokerProbe broker = new WriteAvailabilityProbe(writes, new CachedBrokerProbe(
                    new AdminBrokerProbe(admin, written, config.healthTimeout()), clock, config.healthCacheTtl()));
            InFlightRequests inFlight = new InFlightRequests();

            FeedItemLedger ledger = new FeedItemLedger(Topics.FEED_ITEMS_RETENTION);
            writers = new FeedItemWriters(config.feedTransactionalIdPrefix(),
                    transactionalId -> new KafkaProducer<>(config.feedProducerProperties(transactionalId, writes)),
                    feedConfig.enabled() ? partitions(admin, topics.feedItems().name(), config.healthTimeout()) : 1);
            feeds = FeedPoller.create(feedConfig, new TransactionalFeedSink(writers, topics,
                    new DeadLetters(topics.deadLetters().name(), clock), clock, config.ackTimeout().plusSeconds(1),
                    UUID::randomUUID), parser, clock, ledger);
            HttpApp.Builder routes = IngestRoutes.register(HttpApp.builder("ingest"),
                    new SubmissionEndpoint(authenticator, parser, intake, config.maxBodyBytes()),
                    new HealthEndpoint(broker, authenticator, topicReport.weaker()), metrics, inFlight);
            // Always registered, so /v1/feeds answers an empty list rather than 404 when no feeds are set.
            FeedRoutes.register(routes, feeds);
            HttpApp http = routes
                    .host(config.host())
                    .port(config.port())
                    .threads(config.httpThreads())
                    .start();
            if (feedConfig.enabled()) {
                // Only instances with feeds join the group: one without would be given partitions it cannot poll.
                ownership = new FeedOwnership(new KafkaConsumer<>(config.feedConsumerProperties(),
                        topics.feedItems().keySerde().deserializer(), topics.feedItems().valueSerde().deserializer()),
                        topics.feedItems().name(), writers, ledger, feeds);
                ownership.start();
                LOG.info("{} feed(s) configured, polled every {} by whichever ingest instance owns them",
                        feedConfig.feeds().size(), feedConfig.pollInterval());
            }
            return new IngestService(config, admin, producer, intake, parser, broker, metrics, inFlight, feeds,
                    ownership, writers, http);
        } catch (IOException e) {
            closeQuietly(ownership, feeds, writers, producer, admin, metrics);
            throw new UncheckedIOException("ingest could not listen on port " + config.port(), e);
        } catch (RuntimeException e) {
            closeQuietly(ownership, feeds, writers, producer, admin, metrics);
            throw e;
        }
    }

    private static int partitions(Admin admin, String topic, Duration timeout) {
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic).partitions().size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot describe " + topic + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FeedOwnership ownership, FeedPoller feeds, FeedItemWriters writers,
                                     Producer<?, ?> producer, Admin admin, ServiceMetrics metrics) {
        if (ownership != null) {
            ownership.close();
        }
        if (feeds != null) {
            feeds.close();
        }
        if (writers != null) {
            writers.close();
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
     * The longest a submission can run: one acknowledged write, waited for at most ackTimeout + 1s
     * (see {@link SubmissionIntake}), and a second to answer.
     */
    Duration drainTimeout() {
        return config.ackTimeout().plusSeconds(1).plusSeconds(1);
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

    /** The feeds' health on this instance, as {@code GET /v1/feeds} answers it. */
    public List<FeedHealth> feedHealth() {
        return feeds.health();
    }

    @Override
    public void close() {
        // Feeds first: leaving the feed group hands this instance's feeds to the others at once; a poll in
        // progress gets a moment to finish its items before the writers go.
        if (feedOwnership != null) {
            feedOwnership.close();
        }
        feeds.close();
        feedWriters.close();
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
