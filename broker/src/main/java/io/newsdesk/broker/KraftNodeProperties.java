package io.newsdesk.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The server properties of a combined broker+controller KRaft node on this machine, in the pieces that
 * differ between the single embedded broker and a node of a {@link LocalKafkaCluster}: where it listens
 * and who votes, how many copies of every partition the cluster keeps, and the local-machine tuning.
 */
final class KraftNodeProperties {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String CLIENT_LISTENER = "PLAINTEXT";

    private KraftNodeProperties() {
    }

    /**
     * Node {@code nodeId} listening for clients on {@code brokerPort} and for the quorum on
     * {@code controllerPort}, both on 127.0.0.1.
     *
     * @param voters {@code id@host:port,...} of every controller; see {@link #voters(Map)}
     */
    static Map<String, String> combinedNode(int nodeId, int brokerPort, int controllerPort, String voters,
                                            Path logDirectory) {
        String host = LoopbackPorts.HOST;
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("node.id", String.valueOf(nodeId));
        properties.put("process.roles", "broker,controller");
        properties.put("listeners", CLIENT_LISTENER + "://" + host + ":" + brokerPort
                + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        properties.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + brokerPort);
        properties.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("inter.broker.listener.name", CLIENT_LISTENER);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        // A static voter set (kraft.version 0) needs no quorum bootstrapping at format time, and the
        // voter addresses are read from this config on every start, so a changed port does not strand data.
        properties.put("controller.quorum.voters", voters);
        properties.put("log.dirs", logDirectory.toString());
        return properties;
    }

    /** {@code 1@127.0.0.1:9101,2@127.0.0.1:9102,...} from node id to controller port, in id order. */
    static String voters(Map<Integer, Integer> controllerPorts) {
        return controllerPorts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(node -> node.getKey() + "@" + LoopbackPorts.HOST + ":" + node.getValue())
                .collect(Collectors.joining(","));
    }

    /**
     * Every partition on {@code factor} brokers, writes with {@code acks=all} acknowledged once
     * {@code minInsync} of them have them: for the topics clients create without saying, and for Kafka's
     * own offsets, transaction and share-group state topics (exactly-once depends on the transaction log
     * being as safe as the data). Unclean leader election stays off: a replica that missed acknowledged
     * writes must never become leader, whatever it costs in availability.
     *
     * @param internalPartitions partitions of the offsets and transaction state topics (Kafka's default, 50,
     *                           is sized for a production cluster's many groups and producers)
     */
    static Map<String, String> replication(int factor, int minInsync, int internalPartitions) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("default.replication.factor", String.valueOf(factor));
        properties.put("min.insync.replicas", String.valueOf(minInsync));
        properties.put("unclean.leader.election.enable", "false");
        properties.put("offsets.topic.replication.factor", String.valueOf(factor));
        properties.put("offsets.topic.num.partitions", String.valueOf(internalPartitions));
        properties.put("transaction.state.log.replication.factor", String.valueOf(factor));
        properties.put("transaction.state.log.min.isr", String.valueOf(minInsync));
        properties.put("transaction.state.log.num.partitions", String.valueOf(internalPartitions));
        properties.put("share.coordinator.state.topic.replication.factor", String.valueOf(factor));
        properties.put("share.coordinator.state.topic.min.isr", String.valueOf(minInsync));
        return properties;
    }

    /** Settings for a broker sharing one machine with its clients (and, in a cluster, with its peers). */
    static Map<String, String> localMachine() {
        Map<String, String> properties = new LinkedHashMap<>();
        // No point waiting for more members to join: tests and the local run start one instance each.
        properties.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner allocates its whole dedupe buffer up front (128 MiB by default) in the heap of
        // whatever JVM runs the broker; 16 MiB still indexes about 700k keys per cleaning pass.
        properties.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return properties;
    }
}
