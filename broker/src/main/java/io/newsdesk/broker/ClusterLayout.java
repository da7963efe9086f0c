package io.newsdesk.broker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.kafka.common.Uuid;

/**
 * What a {@link LocalKafkaCluster} is, apart from running it: its nodes with their ports and folders (fixed
 * when it is built), the server properties each node starts with, and the cluster id all of them are
 * formatted with ({@code cluster.properties} in the data directory).
 *
 * <p>Cluster settings, as a newsroom's production cluster would have them: replication 3 (the number of
 * nodes, if fewer) for every topic created without one and for Kafka's offsets and transaction state,
 * {@code min.insync.replicas=2} (1 below three nodes), unclean leader election off. Anything can be
 * overridden per cluster ({@link LocalClusterConfig#withServerProperties}).
 *
 * <p>Why a static quorum rather than KRaft's dynamic one (KIP-853): the voter set of a local cluster never
 * changes, so there is nothing to reconfigure; static voters need no bootstrapping at format time (every
 * node is formatted the same way with the same cluster id), and their addresses are read from each node's
 * config at every start, so a data directory can be reused with new ports.
 *
 * <p>Data directory layout: {@code cluster.properties} (the cluster id and node count), and per node {@code node-N/server.properties} (exactly what
 * the node last started with), {@code node-N/kafka-logs/} (its log directory, with the metadata log) and
 * {@code node-N/node.log} (its output, appended across restarts, so a kill shows in it as a gap). Node logs
 * are quiet: Kafka at WARN, this project's lines at INFO ({@code newsdesk-kafka-node-logback.xml}).
 */
final class ClusterLayout {
    private static final String CLUSTER_FILE = "cluster.properties";
    /**
     * Partitions of Kafka's offsets and transaction state topics. Kafka's default of 50 each is sized for a
     * production cluster's thousands of groups and producers; here it would put 300 more replicas on two
     * cores, each to be led, followed and moved at every failure, for a handful of groups.
     */
    private static final int INTERNAL_TOPIC_PARTITIONS = 6;

    private final LocalClusterConfig config;
    private final SortedMap<Integer, LocalKafkaNode> nodes = new TreeMap<>();

    ClusterLayout(LocalClusterConfig config) {
        this.config = config;
        int count = config.nodes();
        // Controller ports are always chosen free; client ports too unless configured. Both below the
        // ephemeral range, so that no client's outgoing connection takes the port of a node that is down.
        int[] free = LoopbackPorts.belowEphemeralRange(config.firstBrokerPort() == 0 ? 2 * count : count);
        for (int i = 0; i < count; i++) {
            int id = i + 1;
            int brokerPort = config.firstBrokerPort() == 0 ? free[count + i] : config.firstBrokerPort() + i;
            nodes.put(id, new LocalKafkaNode(id, brokerPort, free[i], config.dataDirectory().resolve("node-" + id)));
        }
    }

    /** Node id to node, 1 to N. */
    SortedMap<Integer, LocalKafkaNode> nodes() {
        return Collections.unmodifiableSortedMap(nodes);
    }

    /** Copies of every partition the cluster keeps by default: 3, or the node count if smaller. */
    int replicationFactor() {
        return Math.min(3, nodes.size());
    }

    /** Replicas that must have a write before {@code acks=all} is answered: 2 with three nodes or more, else 1. */
    int minInsyncReplicas() {
        return replicationFactor() >= 3 ? 2 : 1;
    }

    /**
     * The cluster defaults, then the configured overrides. Kafka's internal topics are created with the
     * cluster's replication, so exactly-once transactions and group offsets survive a broker loss too.
     */
    Map<String, String> serverProperties(LocalKafkaNode node) {
        Map<Integer, Integer> controllerPorts = new TreeMap<>();
        nodes.values().forEach(n -> controllerPorts.put(n.id, n.controllerPort));
        Map<String, String> properties = KraftNodeProperties.combinedNode(node.id, node.brokerPort, node.controllerPort,
                KraftNodeProperties.voters(controllerPorts), node.directory.resolve("kafka-logs"));
        properties.putAll(KraftNodeProperties.replication(replicationFactor(), minInsyncReplicas(), INTERNAL_TOPIC_PARTITIONS));
        properties.putAll(KraftNodeProperties.localMachine());
        // Topics are created by the services with their intended layout, never by a client's typo.
        properties.put("auto.create.topics.enable", "false");
        properties.putAll(config.serverProperties());
        return properties;
    }

    /**
     * The id every node is formatted with: the one written down at the first start ({@code cluster.properties},
     * with the number of nodes), or, if that file is missing, the one a node was already formatted with, or a
     * new one. Data made by a cluster of another size is refused: a static quorum's voters are fixed when its
     * metadata log begins, and a node added later would vote in a quorum that never counted it.
     */
    String resolveClusterId() {
        Path file = config.dataDirectory().resolve(CLUSTER_FILE);
        try {
            if (Files.exists(file)) {
                Properties recorded = KraftStorage.readServerProperties(file);
                int recordedNodes = Integer.parseInt(recorded.getProperty("nodes", String.valueOf(nodes.size())));
                if (recordedNodes != nodes.size()) {
                    throw new IllegalStateException("the Kafka data in " + config.dataDirectory() + " belongs to a cluster of "
                            + recordedNodes + " nodes, not " + nodes.size() + ": start it with " + recordedNodes
                            + " nodes, or use another data directory");
                }
                return recorded.getProperty("cluster.id");
            }
            String id = nodes.values().stream()
                    .map(node -> KraftStorage.clusterIdOf(node.directory.resolve("kafka-logs")))
                    .flatMap(Optional::stream).findFirst()
                    .orElseGet(() -> Uuid.randomUuid().toString());
            KraftStorage.writeServerProperties(config.dataDirectory(), Map.of("cluster.id", id,
                    "nodes", String.valueOf(nodes.size())), "Written by LocalKafkaCluster when it first formatted its nodes",
                    CLUSTER_FILE);
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalStateException("unreadable " + file + ": " + e.getMessage(), e);
        }
    }
}
