package io.newsdesk.broker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A real multi-broker Kafka cluster on this machine: N combined broker+controller KRaft nodes (three by
 * default), each a separate JVM process running Kafka's own server ({@link KafkaNodeMain}), so that one
 * can be killed with SIGKILL exactly as when its machine dies. All nodes share one cluster id and all
 * are voters of a static controller quorum ({@code controller.quorum.voters}).
 *
 * <p>Where it sits: {@code ./newsdesk up --brokers 3} runs the pipeline on it, and the testkit's
 * {@code ClusterFixture} gives it to integration tests that must prove what holds when brokers fail.
 *
 * <p>Cluster settings are a newsroom production cluster's: replication 3, {@code min.insync.replicas=2}, unclean
 * leader election off ({@link ClusterLayout}).
 *
 * <p>Addresses. Every node's client and controller ports are fixed when this object is built (free ports
 * are chosen then if none are configured), so {@link #bootstrapServers()} is known before {@link #start()}
 * and a node killed and started again comes back on the same address: clients reconnect by themselves.
 *
 * <p>The parts: {@link ClusterLayout} (ports, folders, server properties, cluster id), {@link LocalKafkaNode}
 * (one node's process and log), {@link ClusterAdmin} (what the running cluster answers), {@link NodeSupervisor}.
 *
 * <p>Every node watches the process that started it and stops when it ends, so a crashed test JVM or
 * launcher leaves no broker behind.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaCluster.class);

    /** A node bounds its own controlled shutdown ({@link KafkaNodeMain#SHUTDOWN_BOUND}); this is the margin over it. */
    private static final Duration STOP_TIMEOUT = KafkaNodeMain.SHUTDOWN_BOUND.plusSeconds(10);
    private final LocalClusterConfig config;
    private final boolean deleteDataOnClose;
    private final ClusterLayout layout;
    private final SortedMap<Integer, LocalKafkaNode> nodes;

    /** Set by the first start; guarded by {@code this}. */
    private String clusterId;
    /** Restarts crashed nodes once {@link #restartNodesThatDie} was called; guarded by {@code this}. */
    private NodeSupervisor supervisor;
    /** Open while the cluster runs; written under {@code this}, read by the queries without waiting for it. */
    private volatile ClusterAdmin admin;

    public LocalKafkaCluster(LocalClusterConfig config) {
        this(config, false);
    }

    private LocalKafkaCluster(LocalClusterConfig config, boolean deleteDataOnClose) {
        this.config = config;
        this.deleteDataOnClose = deleteDataOnClose;
        this.layout = new ClusterLayout(config);
        this.nodes = layout.nodes();
    }

    /** A cluster of {@code nodes} nodes on free ports, its data in a new temporary folder that {@link #close()} deletes. */
    public static LocalKafkaCluster temporary(int nodes, Map<String, String> serverPropertyOverrides) {
        return new LocalKafkaCluster(LocalClusterConfig.inTemporaryDirectory().withNodes(nodes)
                .withServerProperties(serverPropertyOverrides), true);
    }

    /**
     * Starts every node (formatting the storage of those never formatted) and returns once all of them are
     * registered with the controller quorum and unfenced, i.e. serving clients.
     *
     * @return this cluster, for chaining
     * @throws IllegalStateException if a node is running already, exits, or the cluster does not come up in
     *                               time; the message quotes the failing node's log
     */
    public synchronized LocalKafkaCluster start() {
        if (nodes.values().stream().anyMatch(LocalKafkaNode::running)) {
            throw new IllegalStateException("Kafka cluster at " + bootstrapServers() + " is already running");
        }
        long startedAt = System.nanoTime();
        clusterId = layout.resolveClusterId();
        for (LocalKafkaNode node : nodes.values()) {
            node.requirePortsFree();
        }
        try {
            for (LocalKafkaNode node : nodes.values()) {
                node.wanted = true;
                node.launch(layout.serverProperties(node), config.jvmOptions(), clusterId);
            }
            openAdmin();
            awaitServing(nodes.keySet(), startedAt);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        LOG.info("Kafka cluster {} running: {} nodes at {} (data in {}), started in {} ms", clusterId, nodes.size(),
                bootstrapServers(), config.dataDirectory(), millisSince(startedAt));
        return this;
    }

    /**
     * Stops every running node cleanly: all of them are asked at once (SIGTERM, a controlled shutdown), as an
     * orchestrator stops a cluster; one that has not stopped within half a minute is killed.
     */
    public synchronized void stop() {
        long stoppingAt = System.nanoTime();
        stopSupervisor();
        nodes.values().forEach(node -> node.wanted = false);
        List<LocalKafkaNode> running = nodes.values().stream().filter(LocalKafkaNode::running).toList();
        running.forEach(node -> node.process.destroy());
        for (LocalKafkaNode node : running) {
            node.awaitExit(STOP_TIMEOUT, true);
        }
        closeAdmin();
        if (!running.isEmpty()) {
            LOG.info("Kafka cluster {} stopped in {} ms", clusterId, millisSince(stoppingAt));
        }
    }

    /**
     * SIGKILL: the node's process ends at once, without a controlled shutdown, nothing flushed, no leadership
     * handed over, exactly as when its machine loses power (minus the page cache, which the kernel keeps).
     * Returns once the process is gone.
     */
    public synchronized void kill(int nodeId) {
        LocalKafkaNode node = node(nodeId);
        if (!node.running()) {
            throw new IllegalStateException("node " + nodeId + " is not running");
        }
        node.wanted = false;
        node.kill();
    }

    /** Stops one node cleanly (SIGTERM: a controlled shutdown) and waits for it to end. */
    public synchronized void stopNode(int nodeId) {
        LocalKafkaNode node = node(nodeId);
        node.wanted = false;
        if (!node.running()) {
            return;
        }
        node.stop(STOP_TIMEOUT);
    }

    /**
     * Starts one node that is down, on its old ports and data, and returns once it is registered and unfenced
     * (it has caught up with the cluster's metadata). Its partitions may still be catching up: see
     * {@link #awaitFullyReplicated(Duration)}.
     */
    public synchronized void startNode(int nodeId) {
        LocalKafkaNode node = node(nodeId);
        if (node.running()) {
            throw new IllegalStateException("node " + nodeId + " is already running");
        }
        if (clusterId == null) {
            throw new IllegalStateException("start the cluster before starting one of its nodes");
        }
        long startedAt = System.nanoTime();
        node.requirePortsFree();
        node.wanted = true;
        node.launch(layout.serverProperties(node), config.jvmOptions(), clusterId);
        openAdmin();
        awaitServing(Set.of(nodeId), startedAt);
        LOG.info("Kafka node {} back at {} in {} ms", nodeId, bootstrapServers(nodeId), millisSince(startedAt));
    }

    /** Stops one node cleanly and starts it again. */
    public synchronized void restartNode(int nodeId) {
        stopNode(nodeId);
        startNode(nodeId);
    }

    /**
     * From now on, a node that exits without being asked to (a crash, a {@code kill -9} from outside) is started
     * again on its old ports and data, as an orchestrator with {@code restart: unless-stopped} would: checked
     * every {@code checkEvery}. Nodes stopped or killed through this class stay down. For a cluster that runs
     * unattended ({@code ./newsdesk up --brokers 3}); tests that fail nodes on purpose leave it off.
     */
    public synchronized void restartNodesThatDie(Duration checkEvery) {
        if (supervisor != null) {
            return;
        }
        supervisor = new NodeSupervisor(this::startNodesThatDied, checkEvery);
    }

    private synchronized void startNodesThatDied() {
        for (LocalKafkaNode node : nodes.values()) {
            if (!node.diedUnasked()) {
                continue;
            }
            LOG.warn("Kafka node {} exited with status {} without being asked to; starting it again (see {})",
                    node.id, node.process.exitValue(), node.logFile());
            try {
                startNode(node.id);
            } catch (RuntimeException e) {
                // Tried again at the next check; the pause between checks is the back-off.
                LOG.error("Kafka node {} could not be started again", node.id, e);
            }
        }
    }

    /** The process id of the node while it runs, e.g. for {@code kill -9}; empty while it is down. */
    public synchronized OptionalLong pid(int nodeId) {
        return node(nodeId).pid();
    }

    public synchronized boolean isRunning(int nodeId) {
        return node(nodeId).running();
    }

    /** Ids of all nodes, 1 to N. */
    public SortedSet<Integer> nodeIds() {
        return new TreeSet<>(nodes.keySet());
    }

    /** Ids of the nodes whose process is alive. */
    public synchronized SortedSet<Integer> runningNodeIds() {
        return nodes.values().stream().filter(LocalKafkaNode::running).map(node -> node.id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every node's client address, {@code 127.0.0.1:P1,127.0.0.1:P2,...}: what clients bootstrap from. */
    public String bootstrapServers() {
        return nodes.values().stream().map(LocalKafkaNode::address).collect(Collectors.joining(","));
    }

    /** One node's client address. */
    public String bootstrapServers(int nodeId) {
        return node(nodeId).address();
    }

    public int brokerPort(int nodeId) {
        return node(nodeId).brokerPort;
    }

    public int controllerPort(int nodeId) {
        return node(nodeId).controllerPort;
    }

    /** Where the node writes its output; appended across restarts. */
    public Path logFile(int nodeId) {
        return node(nodeId).logFile();
    }

    public Path dataDirectory() {
        return config.dataDirectory();
    }

    /** Null until the first {@link #start()}. */
    public synchronized String clusterId() {
        return clusterId;
    }

    /** Copies of every partition the cluster keeps by default: 3, or the node count if smaller. */
    public int replicationFactor() {
        return layout.replicationFactor();
    }

    /** Replicas that must have a write before {@code acks=all} is answered: 2 with three nodes or more, else 1. */
    public int minInsyncReplicas() {
        return layout.minInsyncReplicas();
    }

    /** The node leading {@code topic}'s partition now, as the cluster's metadata says; empty while it has none. */
    public OptionalInt leaderOf(String topic, int partition) {
        return admin().leaderOf(topic, partition);
    }

    /** The node whose controller leads the KRaft quorum now; empty while an election runs. */
    public OptionalInt activeController() {
        return admin().activeController();
    }

    /**
     * Waits until the cluster has healed: every node registered and unfenced, every voter caught up with
     * the metadata log, and every partition of every topic (Kafka's own included) led and with all of its
     * replicas in sync. Only meaningful while every node runs.
     *
     * @throws IllegalStateException naming what is still behind when {@code timeout} passes
     */
    public void awaitFullyReplicated(Duration timeout) {
        Optional<String> behind = ClusterAdmin.pollUntil(System.nanoTime() + timeout.toNanos(), () -> {
            requireAllRunning();
            try {
                String lagging = admin().lagging(nodeIds());
                return lagging.isEmpty() ? Optional.empty() : Optional.of(lagging);
            } catch (RuntimeException e) {
                return Optional.of("the cluster did not answer: " + e.getMessage());
            }
        });
        behind.ifPresent(why -> {
            throw new IllegalStateException("Kafka cluster at " + bootstrapServers() + " not fully replicated within "
                    + timeout + ": " + why);
        });
    }

    /**
     * Stops every node and, for a {@link #temporary} cluster, deletes its data: its nodes are killed rather
     * than stopped cleanly, since a clean shutdown would only spend time keeping data about to be deleted.
     */
    @Override
    public synchronized void close() {
        if (deleteDataOnClose) {
            stopSupervisor();
            runningNodeIds().forEach(this::kill);
            closeAdmin();
            KraftStorage.deleteRecursively(config.dataDirectory());
        } else {
            stop();
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaCluster" + nodes.keySet() + " at " + bootstrapServers() + " (data in " + config.dataDirectory() + ")";
    }

    /**
     * Waits until each node answers on its own address and lists itself among the serving brokers
     * ({@link LocalKafkaNode#notServingBecause()}).
     */
    private void awaitServing(Set<Integer> ids, long startedAt) {
        long deadline = startedAt + config.startTimeout().toNanos();
        Set<Integer> waitingFor = new TreeSet<>(ids);
        Map<Integer, String> lastAnswers = new TreeMap<>();
        ClusterAdmin.pollUntil(deadline, () -> {
            for (int id : List.copyOf(waitingFor)) {
                node(id).notServingBecause().ifPresentOrElse(why -> lastAnswers.put(id, why), () -> waitingFor.remove(id));
            }
            return waitingFor.isEmpty() ? Optional.empty() : Optional.of("waiting for " + waitingFor);
        });
        if (waitingFor.isEmpty()) {
            return;
        }
        StringBuilder logs = new StringBuilder();
        waitingFor.forEach(id -> logs.append("\nnode ").append(id).append("'s last answer: ").append(lastAnswers.get(id))
                .append("; the end of ").append(logFile(id)).append(":\n").append(node(id).logTail()));
        throw new IllegalStateException("Kafka node(s) " + waitingFor + " of " + bootstrapServers() + " not serving within "
                + config.startTimeout() + logs);
    }

    private void requireAllRunning() {
        Set<Integer> down = new TreeSet<>(nodes.keySet());
        down.removeAll(runningNodeIds());
        if (!down.isEmpty()) {
            throw new IllegalStateException("node(s) " + down + " are down: the cluster cannot be fully replicated");
        }
    }

    private ClusterAdmin admin() {
        ClusterAdmin admin = this.admin;
        if (admin == null) {
            throw new IllegalStateException("the cluster is not running");
        }
        return admin;
    }

    private void openAdmin() {
        if (admin == null) {
            admin = new ClusterAdmin(bootstrapServers());
        }
    }

    private void stopSupervisor() {
        if (supervisor != null) {
            supervisor.close();
            supervisor = null;
        }
    }

    private void closeAdmin() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    private LocalKafkaNode node(int nodeId) {
        LocalKafkaNode node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeId + "; nodes are " + nodes.keySet());
        }
        return node;
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
