package io.newsdesk.broker;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A single-node Kafka cluster running inside this JVM: one KRaft node that is both broker and
 * controller, built from Kafka's own server classes ({@code kafka.tools.StorageTool} to format the
 * storage, {@code kafka.server.KafkaRaftServer} to run it).
 *
 * <p>Where it sits: the local launcher runs the whole Newsdesk pipeline against it (so it lives in
 * {@code src/main}), and the testkit's {@code KafkaFixture} uses it wherever Docker is not available.
 * Nothing here is test-only.
 *
 * <p>Lifecycle and addresses. The two ports are fixed when the object is built (a configured port of 0
 * picks a free one then), so {@link #bootstrapServers()} is known before {@link #start()} and
 * {@link #restart()} comes back on the same address: clients under load reconnect by themselves.
 * The data directory is formatted only the first time; a later start, in this JVM or the next one,
 * finds the topics and committed records it left. {@link #temporary()} gives a broker whose data
 * directory {@link #close()} deletes.
 *
 * <p>Data directory layout: {@code server.properties} (the exact properties of the last start, for
 * humans and for {@code kafka-storage.sh info}) and {@code kafka-logs/}, the one log directory, which
 * also holds the KRaft metadata log.
 *
 * <p>Logging. Kafka's server logs through slf4j and is very chatty at INFO; the noisy loggers are
 * <ul>
 *   <li>{@code kafka} ({@code kafka.server}, {@code kafka.log}, {@code kafka.network},
 *       {@code kafka.cluster}, {@code kafka.coordinator}): listener start-up, every partition created,
 *       loaded or truncated, every request-channel and coordinator state change;</li>
 *   <li>{@code org.apache.kafka.controller}, {@code org.apache.kafka.raft}, {@code org.apache.kafka.image},
 *       {@code org.apache.kafka.metadata}: the KRaft metadata log, one line per record it replays;</li>
 *   <li>{@code org.apache.kafka.storage.internals} and {@code org.apache.kafka.coordinator}: segment
 *       and producer-state loading, every group and transaction coordinator load and rebalance;</li>
 *   <li>{@code state.change.logger}: every partition leadership change;</li>
 *   <li>{@code org.apache.kafka.clients} and {@code org.apache.kafka.common.utils.AppInfoParser}: the full
 *       config dump of every client, including the admin client this class uses to wait for start-up.</li>
 * </ul>
 * Two WARN lines appear on every healthy start and stop and can be ignored:
 * {@code QuorumController} "Performing controller activation" and {@code NetworkClient}
 * "Attempting to close NetworkClient that has already been closed".
 * This module deliberately ships no {@code logback.xml}: the service that embeds the broker owns its
 * logging configuration. Setting {@code kafka}, {@code org.apache.kafka} and {@code state.change.logger}
 * to WARN keeps the errors and loses the noise; this class logs its own start, stop and format lines at
 * INFO under {@code io.newsdesk.broker}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final String LOOPBACK_HOST = LoopbackPorts.HOST;
    private static final int NODE_ID = 1;
    private static final String LOG_DIRECTORY_NAME = "kafka-logs";

    private final EmbeddedBrokerConfig config;
    private final int brokerPort;
    private final int controllerPort;
    private final boolean deleteDataOnClose;

    /** Non-null exactly while the broker runs; guarded by {@code this}. */
    private KafkaRaftServer server;

    public EmbeddedKafkaBroker(EmbeddedBrokerConfig config) {
        this(config, false);
    }

    private EmbeddedKafkaBroker(EmbeddedBrokerConfig config, boolean deleteDataOnClose) {
        this.config = config;
        this.deleteDataOnClose = deleteDataOnClose;
        // Both free ports are chosen together so they cannot collide with each other; chosen once so
        // that a restart keeps the address clients already hold.
        int[] freePorts = LoopbackPorts.ephemeral(2);
        this.brokerPort = config.brokerPort() != 0 ? config.brokerPort() : freePorts[0];
        this.controllerPort = config.controllerPort() != 0 ? config.controllerPort()
                : (freePorts[1] != brokerPort ? freePorts[1] : freePorts[0]);
    }

    /** A broker on free ports whose data lives in a new temporary folder that {@link #close()} deletes. */
    public static EmbeddedKafkaBroker temporary() {
        return temporary(Map.of());
    }

    /** As {@link #temporary()}, with server properties that override the embedded defaults. */
    public static EmbeddedKafkaBroker temporary(Map<String, String> serverPropertyOverrides) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("newsdesk-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary data directory for Kafka", e);
        }
        EmbeddedBrokerConfig config = EmbeddedBrokerConfig.inDirectory(dataDirectory)
                .withServerProperties(serverPropertyOverrides);
        return new EmbeddedKafkaBroker(config, true);
    }

    /**
     * Formats the data directory if it was never formatted, starts the broker and returns once it
     * answers an Admin {@code describeCluster} on {@link #bootstrapServers()}.
     *
     * @return this broker, for chaining
     * @throws IllegalStateException if the broker already runs, or did not come up within the
     *                               configured start timeout (the cause says why)
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("Kafka broker at " + bootstrapServers() + " is already running");
        }
        long startedAt = System.nanoTime();
        Map<String, String> properties = effectiveServerProperties();
        Path propertiesFile = KraftStorage.writeServerProperties(config.dataDirectory(), properties,
                "Written by EmbeddedKafkaBroker at its last start");
        // A single node is a cluster of its own: a new id the first time, whatever it was formatted with after.
        KraftStorage.formatUnlessFormatted(logDirectory(), propertiesFile,
                KraftStorage.clusterIdOf(logDirectory()).orElseGet(() -> Uuid.randomUuid().toString()));

        // doLog=false: KafkaConfig would otherwise dump every one of its several hundred settings at INFO.
        KafkaRaftServer starting = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            starting.startup();
            awaitBrokerAnswers(startedAt);
        } catch (RuntimeException e) {
            shutDownAfterFailedStart(starting);
            throw new IllegalStateException("Embedded Kafka broker at " + bootstrapServers() + " (data in "
                    + config.dataDirectory() + ") did not start within " + config.startTimeout(), e);
        }
        server = starting;
        LOG.info("Kafka broker running at {} (controller port {}, data in {}), started in {} ms",
                bootstrapServers(), controllerPort, config.dataDirectory(), millisSince(startedAt));
        return this;
    }

    /** Shuts the broker down and waits until it has; does nothing if it is not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long stoppingAt = System.nanoTime();
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
        LOG.info("Kafka broker at {} stopped in {} ms", bootstrapServers(), millisSince(stoppingAt));
    }

    /**
     * Stops and starts the broker on the same ports and data directory. Committed records and topics
     * survive; clients that keep the same bootstrap address reconnect on their own.
     */
    public synchronized EmbeddedKafkaBroker restart() {
        stop();
        return start();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:PORT}; fixed for the life of this object, so valid before start and after restarts. */
    public String bootstrapServers() {
        return LOOPBACK_HOST + ":" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return config.dataDirectory();
    }

    /** Stops the broker and, for a {@link #temporary()} broker, deletes its data directory. */
    @Override
    public synchronized void close() {
        stop();
        if (deleteDataOnClose) {
            KraftStorage.deleteRecursively(config.dataDirectory());
        }
    }

    /**
     * The embedded defaults, then the configured overrides. The defaults make one node a complete
     * cluster: every internal topic (offsets, transaction state, share-group state) must fit on a single
     * replica, or group joins and transactions wait forever for replicas that do not exist.
     */
    private Map<String, String> effectiveServerProperties() {
        Map<String, String> properties = KraftNodeProperties.combinedNode(NODE_ID, brokerPort, controllerPort,
                KraftNodeProperties.voters(Map.of(NODE_ID, controllerPort)), logDirectory());
        properties.putAll(KraftNodeProperties.replication(1, 1, 1));
        properties.putAll(KraftNodeProperties.localMachine());
        properties.putAll(config.serverProperties());
        return properties;
    }

    private Path logDirectory() {
        return config.dataDirectory().resolve(LOG_DIRECTORY_NAME);
    }

    /**
     * KafkaRaftServer.startup() returns once its components are started, which is not yet the same as
     * serving clients; an answered describeCluster is. The admin client itself retries connecting until
     * its API timeout, so one call bounded by the remaining start time is the whole wait.
     */
    private void awaitBrokerAnswers(long startedAt) {
        long remainingMillis = config.startTimeout().toMillis() - millisSince(startedAt);
        if (remainingMillis <= 0) {
            throw new IllegalStateException("start timeout used up before the broker could be asked");
        }
        Properties adminProperties = new Properties();
        adminProperties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        adminProperties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) remainingMillis);
        adminProperties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(remainingMillis, 5_000));
        adminProperties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        adminProperties.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-broker-start-probe");
        try (Admin admin = Admin.create(adminProperties)) {
            Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) remainingMillis))
                    .nodes()
                    .get(remainingMillis, TimeUnit.MILLISECONDS);
            if (nodes.stream().noneMatch(node -> node.id() == NODE_ID)) {
                throw new IllegalStateException("describeCluster answered without this broker (node "
                        + NODE_ID + "): " + nodes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the broker to answer", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Broker did not answer describeCluster on " + bootstrapServers(), e);
        }
    }

    private void shutDownAfterFailedStart(KafkaRaftServer failed) {
        try {
            failed.shutdown();
            failed.awaitShutdown();
        } catch (RuntimeException shutdownFailure) {
            // The start failure is what the caller needs to see; this one is only worth a log line.
            LOG.warn("Could not shut down the broker after its failed start", shutdownFailure);
        }
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
