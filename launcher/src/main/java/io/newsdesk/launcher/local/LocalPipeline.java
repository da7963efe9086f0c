package io.newsdesk.launcher.local;

import io.newsdesk.broker.EmbeddedBrokerConfig;
import io.newsdesk.broker.EmbeddedKafkaBroker;
import io.newsdesk.broker.LocalClusterConfig;
import io.newsdesk.broker.LocalKafkaCluster;
import io.newsdesk.enrich.EnrichConfig;
import io.newsdesk.enrich.EnrichHttp;
import io.newsdesk.enrich.EnrichService;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.ingest.IngestService;
import io.newsdesk.platform.cluster.ClusterReplication;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.topics.TopicAdmin;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.PublishConfig;
import io.newsdesk.publish.PublishService;
import io.newsdesk.publish.site.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in this JVM: a single-node KRaft broker, or a local cluster of three (or five) node
 * processes (unless {@code KAFKA_BOOTSTRAP_SERVERS} names a cluster), every topic of the catalogue, then ingest, enrich and publish, each started exactly as
 * its own {@code main} would start it but with the broker's address and a state directory of its own
 * under the data directory. {@link #close()} stops them in the reverse order (publish, enrich, ingest,
 * then the broker), each within a bound, so Ctrl-C never hangs and the broker outlives every client
 * that still has a transaction to finish.
 *
 * <p>Data directory layout: {@code kafka/} (the single broker) or {@code cluster/} (the nodes of a local
 * cluster, see {@code LocalKafkaCluster}), {@code streams/enrich/} and
 * {@code streams/publish/} (Kafka Streams state), {@code ingest-token} (the local token, 0600).
 */
public final class LocalPipeline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);
    /** Above enrich's own 30 s close timeout, so its transactions get the chance to finish. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(40);

    /**
     * Where everything is, for the banner and for the demo.
     *
     * @param ingestToken the token the launcher generated for source {@code local}; empty when the user
     *                    configured ingest's tokens (then they know theirs)
     */
    public record Addresses(String bootstrapServers, int localBrokers, Optional<Path> brokerData, String ingestUrl,
                            String siteUrl, String enrichHealthUrl, List<String> topics, Path dataDirectory,
                            Optional<String> ingestToken) {
    }

    private record Stoppable(String name, AutoCloseable resource) {
    }

    private final Deque<Stoppable> running;
    private final Addresses addresses;
    private final IngestService ingest;
    private final PublishService publish;
    private final EnrichService enrich;

    private LocalPipeline(Deque<Stoppable> running, Addresses addresses, IngestService ingest, EnrichService enrich,
                          PublishService publish) {
        this.running = running;
        this.addresses = addresses;
        this.ingest = ingest;
        this.enrich = enrich;
        this.publish = publish;
    }

    /**
     * Starts everything; on a failure stops what already started and rethrows.
     *
     * @param environment the process environment: every service reads its own keys from it
     */
    public static LocalPipeline start(LauncherConfig launcher, Map<String, String> environment) {
        Deque<Stoppable> running = new ArrayDeque<>();
        try {
            Optional<Path> brokerData = Optional.empty();
            if (launcher.externalBootstrap().isEmpty()) {
                brokerData = Optional.of(startLocalKafka(launcher, running));
            }
            String bootstrap = launcher.bootstrapServers();
            Map<String, String> common = Map.of(KafkaClientConfig.BOOTSTRAP_KEY, bootstrap);

            ConfigSource ingestSource = ConfigSource.load(IngestConfig.DEFAULTS, environment).with(common);
            List<String> topics = createTopics(ingestSource);

            Optional<String> generatedToken = Optional.empty();
            if (ingestSource.optional(IngestConfig.TOKENS).isEmpty() && ingestSource.optional(IngestConfig.TOKENS_FILE).isEmpty()) {
                // Without tokens ingest accepts anything from anyone: a local run gets one token of its own.
                String token = IngestToken.readOrCreate(launcher.dataDirectory(), new SecureRandom());
                ingestSource = ingestSource.with(Map.of(IngestConfig.TOKENS, IngestToken.LOCAL_SOURCE + ":" + token));
                generatedToken = Optional.of(token);
            }
            IngestService ingest = IngestService.start(ingestSource);
            running.push(new Stoppable("ingest", ingest));

            ConfigSource enrichSource = ConfigSource.load(EnrichConfig.DEFAULTS, environment).with(common)
                    .with(Map.of(EnrichConfig.STATE_DIR, stateDirectory(launcher, "enrich")));
            EnrichService enrich = EnrichService.start(enrichSource);
            running.push(new Stoppable("enrich", enrich));
            HttpApp enrichHttp = EnrichHttp.routes(enrich.health(), enrich.metrics()).port(EnrichConfig.from(enrichSource).port()).start();
            running.push(new Stoppable("enrich health endpoint", enrichHttp));

            ConfigSource publishSource = ConfigSource.load(PublishService.defaults(), environment).with(common)
                    .with(Map.of(PublishConfig.STATE_DIR, stateDirectory(launcher, "publish")));
            int sitePort = PublishConfig.from(publishSource).port();
            if (!environment.containsKey(SiteConfig.BASE_URL) && sitePort != 0) {
                // The site's links must follow a moved port; port 0 is only used by tests, which read no links.
                publishSource = publishSource.with(Map.of(SiteConfig.BASE_URL, "http://localhost:" + sitePort));
            }
            if (!environment.containsKey("NEWSDESK_INGEST_URL")) {
                // The status page shows feed health from this run's ingest, wherever its port is.
                publishSource = publishSource.with(Map.of("NEWSDESK_INGEST_URL", "http://localhost:" + ingest.port()));
            }
            PublishService publish = PublishService.start(publishSource);
            running.push(new Stoppable("publish", publish));

            Addresses addresses = new Addresses(bootstrap, brokerData.isPresent() ? launcher.brokers() : 0, brokerData,
                    "http://localhost:" + ingest.port(),
                    "http://localhost:" + publish.port(), "http://localhost:" + enrichHttp.port() + "/health", topics,
                    launcher.dataDirectory(), generatedToken);
            return new LocalPipeline(running, addresses, ingest, enrich, publish);
        } catch (IOException e) {
            stopAll(running);
            throw new UncheckedIOException("could not start the local pipeline: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            stopAll(running);
            throw e;
        }
    }

    /**
     * One broker in this JVM ({@code kafka/}), or a cluster of separate node processes ({@code cluster/}):
     * separate folders, so switching between them never mixes their data.
     *
     * @return where the data is
     */
    private static Path startLocalKafka(LauncherConfig launcher, Deque<Stoppable> running) {
        for (int node = 0; node < launcher.brokers(); node++) {
            requirePortFree(launcher.brokerPort() + node);
        }
        if (launcher.brokers() == 1) {
            Path kafkaData = launcher.dataDirectory().resolve("kafka");
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(
                    EmbeddedBrokerConfig.inDirectory(kafkaData).withBrokerPort(launcher.brokerPort()));
            broker.start();
            running.push(new Stoppable("Kafka broker", broker));
            return kafkaData;
        }
        Path clusterData = launcher.dataDirectory().resolve("cluster");
        LocalKafkaCluster cluster = new LocalKafkaCluster(LocalClusterConfig.inDirectory(clusterData)
                .withNodes(launcher.brokers()).withFirstBrokerPort(launcher.brokerPort()));
        // Pushed before it starts: a cluster that fails half-way still has processes to stop.
        running.push(new Stoppable("Kafka cluster", cluster));
        cluster.start();
        // As restart: unless-stopped does for the brokers of docker-compose.yml: kill -9 a node and it comes back.
        cluster.restartNodesThatDie(Duration.ofSeconds(5));
        return clusterData;
    }

    public Addresses addresses() {
        return addresses;
    }

    public IngestService ingest() {
        return ingest;
    }

    public EnrichService enrich() {
        return enrich;
    }

    public PublishService publish() {
        return publish;
    }

    /** Stops publish, enrich, ingest, then the broker; each gets a bounded time, and a hang does not stop the rest. */
    @Override
    public void close() {
        stopAll(running);
    }

    private static void stopAll(Deque<Stoppable> running) {
        while (!running.isEmpty()) {
            Stoppable next = running.pop();
            long startedAt = System.nanoTime();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> {
                try {
                    next.resource().close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                stopping.get(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("stopped {} in {} ms", next.name(), Duration.ofNanos(System.nanoTime() - startedAt).toMillis());
            } catch (TimeoutException e) {
                LOG.warn("{} did not stop within {}; going on with the rest", next.name(), STOP_BOUND);
            } catch (ExecutionException e) {
                LOG.warn("stopping {} failed; going on with the rest", next.name(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.warn("interrupted while stopping {}; going on with the rest", next.name());
            }
        }
    }

    /**
     * Creates every topic of the catalogue up front, so the banner can list them and {@code tail} works
     * before the first article; each service would create only the ones it touches.
     */
    private static List<String> createTopics(ConfigSource source) {
        IngestConfig layout = IngestConfig.from(source);
        List<TopicSpec> specs = Topics.withPrefix(layout.topicPrefix()).specs();
        try (Admin admin = Admin.create(new HashMap<>(layout.kafka().common()))) {
            TopicAdmin.ensure(admin, specs, layout.topicPartitions(), ClusterReplication.settle(layout.topicReplication(),
                    ClusterReplication.brokers(admin), "topics"));
        }
        return specs.stream().map(TopicSpec::name).toList();
    }

    private static String stateDirectory(LauncherConfig launcher, String service) {
        return launcher.dataDirectory().resolve("streams").resolve(service).toString();
    }

    /** Fails with a clear message instead of Kafka's bind error deep in a start-up stack trace. */
    private static void requirePortFree(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is taken (another ./newsdesk up, or a Kafka "
                    + "broker?): stop it, set " + LauncherConfig.BROKER_PORT + " to another port, or point "
                    + KafkaClientConfig.BOOTSTRAP_KEY + " at the running broker", e);
        }
    }
}
