package io.newsdesk.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link LocalKafkaCluster} needs to know. Immutable; the {@code with*} methods return changed copies.
 *
 * @param dataDirectory    parent of the nodes' folders ({@code node-1}, {@code node-2}, ...) and of the
 *                         {@code cluster.id} file; a folder used before is reused with its data
 * @param nodes            number of combined broker+controller nodes, every one a voter of the quorum
 * @param firstBrokerPort  client port of node 1 on 127.0.0.1; node N listens on firstBrokerPort + N - 1.
 *                         0 picks free ports once, when the cluster object is built
 * @param serverProperties Kafka server properties that override the cluster defaults on every node
 * @param jvmOptions       options of every node's JVM (heap, garbage collector)
 * @param startTimeout     how long starting the cluster, or one node, may take before it is reported as failed
 */
public record LocalClusterConfig(
        Path dataDirectory,
        int nodes,
        int firstBrokerPort,
        Map<String, String> serverProperties,
        List<String> jvmOptions,
        Duration startTimeout) {

    public static final int DEFAULT_NODES = 3;
    /**
     * Small and quick to start: three of these share a two-core machine with the pipeline. 384 MiB holds a
     * broker's caches for a newsroom's topics; the serial collector and C1 alone spend little CPU on
     * themselves. A node that runs out of memory exits rather than limping on.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");
    /** Three JVMs starting at once on a busy two-core machine; a warm start takes about ten seconds. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    public LocalClusterConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(serverProperties, "serverProperties");
        Objects.requireNonNull(jvmOptions, "jvmOptions");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (nodes < 1) {
            throw new IllegalArgumentException("a cluster needs at least one node, was " + nodes);
        }
        if (firstBrokerPort < 0 || firstBrokerPort + nodes - 1 > 65_535) {
            throw new IllegalArgumentException("firstBrokerPort must be 0 (free ports) or leave room for " + nodes
                    + " ports below 65536, was " + firstBrokerPort);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
        serverProperties = Map.copyOf(serverProperties);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** The defaults, with the data in a new temporary folder (deleted by a {@link LocalKafkaCluster#temporary} cluster). */
    static LocalClusterConfig inTemporaryDirectory() {
        try {
            return inDirectory(Files.createTempDirectory("newsdesk-kafka-cluster-"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary data directory for a Kafka cluster", e);
        }
    }

    /** {@value #DEFAULT_NODES} nodes keeping their data under {@code dataDirectory}, on free ports. */
    public static LocalClusterConfig inDirectory(Path dataDirectory) {
        return new LocalClusterConfig(dataDirectory, DEFAULT_NODES, 0, Map.of(), DEFAULT_JVM_OPTIONS,
                DEFAULT_START_TIMEOUT);
    }

    public LocalClusterConfig withNodes(int count) {
        return new LocalClusterConfig(dataDirectory, count, firstBrokerPort, serverProperties, jvmOptions, startTimeout);
    }

    public LocalClusterConfig withFirstBrokerPort(int port) {
        return new LocalClusterConfig(dataDirectory, nodes, port, serverProperties, jvmOptions, startTimeout);
    }

    /** Adds or replaces server properties of every node, e.g. {@code Map.of("num.partitions", "3")}. */
    public LocalClusterConfig withServerProperties(Map<String, String> overrides) {
        Map<String, String> changed = new LinkedHashMap<>(serverProperties);
        changed.putAll(overrides);
        return new LocalClusterConfig(dataDirectory, nodes, firstBrokerPort, changed, jvmOptions, startTimeout);
    }

    public LocalClusterConfig withJvmOptions(List<String> options) {
        return new LocalClusterConfig(dataDirectory, nodes, firstBrokerPort, serverProperties, options, startTimeout);
    }

    public LocalClusterConfig withStartTimeout(Duration timeout) {
        return new LocalClusterConfig(dataDirectory, nodes, firstBrokerPort, serverProperties, jvmOptions, timeout);
    }
}
