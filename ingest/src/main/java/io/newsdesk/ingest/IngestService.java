package io.newsdesk.ingest;

import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.http.AdminBrokerProbe;
import io.newsdesk.ingest.http.BrokerProbe;
import io.newsdesk.ingest.http.BrokerStatus;
import io.newsdesk.ingest.http.CachedBrokerProbe;
import io.newsdesk.ingest.http.HealthEndpoint;
import io.newsdesk.ingest.http.IngestRoutes;
import io.newsdesk.ingest.http.SubmissionEndpoint;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.ingest.version.ArticleLocks;
import io.newsdesk.ingest.version.VersionTable;
import io.newsdesk.ingest.version.VersionTableLoader;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.VersionStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
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
 * reused. {@link #close()} stops listening (letting running requests finish), then flushes and closes
 * the producer.
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
    private final HttpApp http;

    private IngestService(IngestConfig config, Admin admin, Producer<String, byte[]> producer, VersionTable versions,
                          SubmissionIntake intake, SubmissionParser parser, BrokerProbe broker, HttpApp http) {
        this.config = config;
        this.admin = admin;
        this.producer = producer;
        this.versions = versions;
        this.intake = intake;
        this.parser = parser;
        this.broker = broker;
        this.http = http;
    }

    public static IngestService start(ConfigSource source) {
        IngestConfig config = IngestConfig.from(source);
        Clock clock = Clock.systemUTC();
        Topics topics = config.topics();
        Admin admin = null;
        Producer<String, byte[]> producer = null;
        try {
            admin = Admin.create(config.adminProperties());
            List<TopicSpec> specs = topics.specs().stream()
                    .filter(s -> Set.of(topics.submitted().name(), topics.versions().name()).contains(s.name()))
                    .toList();
            TopicAdmin.ensure(admin, specs, config.topicPartitions(), config.topicReplication());

            VersionTable versions;
            try (Consumer<String, VersionStamp> consumer = new KafkaConsumer<>(config.versionConsumerProperties(),
                    topics.versions().keySerde().deserializer(), topics.versions().valueSerde().deserializer())) {
                versions = new VersionTableLoader(clock).load(consumer, topics.versions().name(), config.startupTimeout());
            }

            producer = new KafkaProducer<>(config.producerProperties());
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
            BrokerProbe broker = new CachedBrokerProbe(
                    new AdminBrokerProbe(admin, List.of(topics.submitted().name(), topics.versions().name()),
                            config.healthTimeout()), clock, config.healthCacheTtl());
            HttpApp http = IngestRoutes.register(HttpApp.builder("ingest"),
                            new SubmissionEndpoint(authenticator, parser, intake, config.maxBodyBytes()),
                            new HealthEndpoint(broker, authenticator, versions))
                    .host(config.host())
                    .port(config.port())
                    .threads(config.httpThreads())
                    .start();
            return new IngestService(config, admin, producer, versions, intake, parser, broker, http);
        } catch (IOException e) {
            closeQuietly(producer, admin);
            throw new UncheckedIOException("ingest could not listen on port " + config.port(), e);
        } catch (RuntimeException e) {
            closeQuietly(producer, admin);
            throw e;
        }
    }

    private static void closeQuietly(Producer<?, ?> producer, Admin admin) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
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

    /** Number of articles in the version table. */
    public int articlesKnown() {
        return versions.size();
    }

    @Override
    public void close() {
        // Stop taking requests first; requests already running finish and get their acknowledgements.
        http.close();
        producer.flush();
        producer.close(Duration.ofSeconds(10));
        admin.close(Duration.ofSeconds(5));
        LOG.info("ingest stopped");
    }
}
