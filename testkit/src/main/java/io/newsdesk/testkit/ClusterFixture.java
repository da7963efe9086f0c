package io.newsdesk.testkit;

import io.newsdesk.broker.LocalKafkaCluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A Kafka cluster of three KRaft nodes, each a process of its own, for the integration tests that must
 * show what holds when brokers fail: {@link #cluster()} kills (SIGKILL), stops and starts nodes and finds
 * partition leaders and the active controller; {@link #kafka()} is the usual {@link KafkaFixture} (unique
 * names, client properties, topic readers) pointed at it.
 *
 * <p>Not shared: three broker JVMs are too heavy to leave running for tests that do not need them, and a
 * test that kills brokers must not leave them half-healed for the next. Start one per test class and close
 * it (try-with-resources, or {@code @AfterAll}); its data is deleted then. Each node's output is in
 * {@code node-N/node.log} under {@link LocalKafkaCluster#dataDirectory()} while it runs.
 *
 * <pre>{@code
 * try (ClusterFixture fixture = ClusterFixture.start()) {
 *     String topic = fixture.kafka().uniqueName("stories");
 *     ...
 *     int leader = fixture.cluster().leaderOf(topic, 0).orElseThrow();
 *     fixture.cluster().kill(leader);
 * }
 * }</pre>
 */
public final class ClusterFixture implements AutoCloseable {

    private final ClusterTestBroker broker;
    private final KafkaFixture kafka;
    private final Path streamsStateRoot;

    private ClusterFixture(ClusterTestBroker broker, KafkaFixture kafka, Path streamsStateRoot) {
        this.broker = broker;
        this.kafka = kafka;
        this.streamsStateRoot = streamsStateRoot;
    }

    /** Three nodes with the cluster's defaults (replication 3, {@code min.insync.replicas=2}). */
    public static ClusterFixture start() {
        return start(Map.of());
    }

    /** As {@link #start()}, with Kafka server properties that override the defaults on every node. */
    public static ClusterFixture start(Map<String, String> serverPropertyOverrides) {
        long startedAt = System.nanoTime();
        ClusterTestBroker broker = ClusterTestBroker.start(serverPropertyOverrides);
        Path streamsStateRoot = KafkaFixture.createTemporaryDirectory("newsdesk-cluster-streams-state-");
        String announcement = String.format("[newsdesk-testkit] Kafka cluster for this test: 3 nodes at %s "
                        + "(started in %d ms; node logs in %s)", broker.bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - startedAt).toMillis(), broker.cluster().dataDirectory());
        // Printed: test logging is often set to WARN, and the run must still say where the cluster was.
        System.out.println(announcement);
        return new ClusterFixture(broker, new KafkaFixture(broker, BrokerKind.CLUSTER, streamsStateRoot), streamsStateRoot);
    }

    /** The nodes: kill, stop, start, leaders, the active controller. */
    public LocalKafkaCluster cluster() {
        return broker.cluster();
    }

    /** Names, client properties and topic readers for this cluster. */
    public KafkaFixture kafka() {
        return kafka;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Stops every node and deletes the cluster's data and the Streams state handed out. */
    @Override
    public void close() {
        broker.stop();
        KafkaFixture.deleteRecursively(streamsStateRoot);
    }
}
