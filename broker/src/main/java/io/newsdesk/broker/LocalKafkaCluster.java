package io.newsdesk.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
 * <p>Cluster settings, as a newsroom's production cluster would have them: replication 3 (the number of
 * nodes, if fewer) for every topic created without one and for Kafka's offsets and transaction state,
 * {@code min.insync.replicas=2} (1 below three nodes), unclean leader election off. Anything can be
 * overridden per cluster ({@link LocalClusterConfig#withServerProperties}).
 *
 * <p>Addresses. Every node's client and controller ports are fixed when this object is built (free ports
 * are chosen then if none are configured), so {@link #bootstrapServers()} is known before {@link #start()}
 * and a node killed and started again comes back on the same address: clients reconnect by themselves.
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
 *
 * <p>Every node watches the process that started it and stops when it ends, so a crashed test JVM or
 * launcher leaves no broker behind.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaCluster.class);

    private static final String CLUSTER_FILE = "cluster.properties";
    private static final String NODE_LOGGING = "newsdesk-kafka-node-logback.xml";
    /** A node bounds its own controlled shutdown ({@link KafkaNodeMain#SHUTDOWN_BOUND}); this is the margin over it. */
    private static final Duration STOP_TIMEOUT = KafkaNodeMain.SHUTDOWN_BOUND.plusSeconds(10);
    private static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration ADMIN_CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 200;
    /** A voter that fetched the whole metadata log this recently is in the quorum, not catching up. */
    private static final Duration VOTER_CAUGHT_UP_WITHIN = Duration.ofSeconds(5);
    /**
     * Partitions of Kafka's offsets and transaction state topics. Kafka's default of 50 each is sized for a
     * production cluster's thousands of groups and producers; here it would put 300 more replicas on two
     * cores, each to be led, followed and moved at every failure, for a handful of groups.
     */
    private static final int INTERNAL_TOPIC_PARTITIONS = 6;
    private static final int LOG_LINES_IN_FAILURES = 30;

    private final LocalClusterConfig config;
    private final boolean deleteDataOnClose;
    private final SortedMap<Integer, NodeProcess> nodes = new TreeMap<>();

    /** Set by the first start; guarded by {@code this}. */
    private String clusterId;
    /** Restarts crashed nodes once {@link #restartNodesThatDie} was called; guarded by {@code this}. */
    private ScheduledExecutorService supervisor;
    /** Open while the cluster runs; written under {@code this}, read by the queries without waiting for it. */
    private volatile Admin admin;

    /** One node: where it listens and keeps its data, and its process while it runs. */
    private static final class NodeProcess {
        final int id;
        final int brokerPort;
        final int controllerPort;
        final Path directory;
        Process process;
        /** Whether it should be running: false once stopped or killed on purpose, so it is not started again. */
        boolean wanted;

        NodeProcess(int id, int brokerPort, int controllerPort, Path directory) {
            this.id = id;
            this.brokerPort = brokerPort;
            this.controllerPort = controllerPort;
            this.directory = directory;
        }

        boolean running() {
            return process != null && process.isAlive();
        }

        Path logFile() {
            return directory.resolve("node.log");
        }
    }

    public LocalKafkaCluster(LocalClusterConfig config) {
        this(config, false);
    }

    private LocalKafkaCluster(LocalClusterConfig config, boolean deleteDataOnClose) {
        this.config = config;
        this.deleteDataOnClose = deleteDataOnClose;
        int count = config.nodes();
        // Controller ports are always chosen free; client ports too unless configured. Both below the
        // ephemeral range, so that no client's outgoing connection takes the port of a node that is down.
        int[] free = LoopbackPorts.belowEphemeralRange(config.firstBrokerPort() == 0 ? 2 * count : count);
        for (int i = 0; i < count; i++) {
            int id = i + 1;
            int brokerPort = config.firstBrokerPort() == 0 ? free[count + i] : config.firstBrokerPort() + i;
            nodes.put(id, new NodeProcess(id, brokerPort, free[i], config.dataDirectory().resolve("node-" + id)));
        }
    }

    /** A cluster of {@code nodes} nodes on free ports, its data in a new temporary folder that {@link #close()} deletes. */
    public static LocalKafkaCluster temporary(int nodes, Map<String, String> serverPropertyOverrides) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("newsdesk-kafka-cluster-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary data directory for a Kafka cluster", e);
        }
        return new LocalKafkaCluster(LocalClusterConfig.inDirectory(dataDirectory).withNodes(nodes)
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
        if (nodes.values().stream().anyMatch(NodeProcess::running)) {
            throw new IllegalStateException("Kafka cluster at " + bootstrapServers() + " is already running");
        }
        long startedAt = System.nanoTime();
        clusterId = resolveClusterId();
        for (NodeProcess node : nodes.values()) {
            requirePortsFree(node);
        }
        try {
            for (NodeProcess node : nodes.values()) {
                node.wanted = true;
                launch(node);
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
        List<NodeProcess> running = nodes.values().stream().filter(NodeProcess::running).toList();
        running.forEach(node -> node.process.destroy());
        for (NodeProcess node : running) {
            awaitExit(node, STOP_TIMEOUT, true);
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
        NodeProcess node = node(nodeId);
        if (!node.running()) {
            throw new IllegalStateException("node " + nodeId + " is not running");
        }
        long pid = node.process.pid();
        node.wanted = false;
        node.process.destroyForcibly();
        awaitExit(node, KILL_TIMEOUT, false);
        LOG.info("Killed Kafka node {} (pid {}, SIGKILL)", nodeId, pid);
    }

    /** Stops one node cleanly (SIGTERM: a controlled shutdown) and waits for it to end. */
    public synchronized void stopNode(int nodeId) {
        NodeProcess node = node(nodeId);
        node.wanted = false;
        if (!node.running()) {
            return;
        }
        node.process.destroy();
        awaitExit(node, STOP_TIMEOUT, true);
        LOG.info("Stopped Kafka node {}", nodeId);
    }

    /**
     * Starts one node that is down, on its old ports and data, and returns once it is registered and unfenced
     * (it has caught up with the cluster's metadata). Its partitions may still be catching up: see
     * {@link #awaitFullyReplicated(Duration)}.
     */
    public synchronized void startNode(int nodeId) {
        NodeProcess node = node(nodeId);
        if (node.running()) {
            throw new IllegalStateException("node " + nodeId + " is already running");
        }
        if (clusterId == null) {
            throw new IllegalStateException("start the cluster before starting one of its nodes");
        }
        long startedAt = System.nanoTime();
        requirePortsFree(node);
        node.wanted = true;
        launch(node);
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
        supervisor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-cluster-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(this::startNodesThatDied, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void startNodesThatDied() {
        for (NodeProcess node : nodes.values()) {
            if (!node.wanted || node.running() || node.process == null) {
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
        NodeProcess node = node(nodeId);
        return node.running() ? OptionalLong.of(node.process.pid()) : OptionalLong.empty();
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
        return nodes.values().stream().filter(NodeProcess::running).map(node -> node.id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every node's client address, {@code 127.0.0.1:P1,127.0.0.1:P2,...}: what clients bootstrap from. */
    public String bootstrapServers() {
        return nodes.values().stream().map(node -> LoopbackPorts.HOST + ":" + node.brokerPort)
                .collect(Collectors.joining(","));
    }

    /** One node's client address. */
    public String bootstrapServers(int nodeId) {
        return LoopbackPorts.HOST + ":" + node(nodeId).brokerPort;
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
        return Math.min(3, nodes.size());
    }

    /** Replicas that must have a write before {@code acks=all} is answered: 2 with three nodes or more, else 1. */
    public int minInsyncReplicas() {
        return replicationFactor() >= 3 ? 2 : 1;
    }

    /** The node leading {@code topic}'s partition now, as the cluster's metadata says; empty while it has none. */
    public OptionalInt leaderOf(String topic, int partition) {
        TopicDescription description = call(() -> admin().describeTopics(List.of(topic)).allTopicNames()).get(topic);
        if (partition >= description.partitions().size()) {
            throw new IllegalArgumentException(topic + " has no partition " + partition);
        }
        Node leader = description.partitions().get(partition).leader();
        return leader == null || leader.isEmpty() ? OptionalInt.empty() : OptionalInt.of(leader.id());
    }

    /** The node whose controller leads the KRaft quorum now; empty while an election runs. */
    public OptionalInt activeController() {
        int leader = call(() -> admin().describeMetadataQuorum().quorumInfo()).leaderId();
        return leader < 0 ? OptionalInt.empty() : OptionalInt.of(leader);
    }

    /**
     * Waits until the cluster has healed: every node registered and unfenced, every voter caught up with
     * the metadata log, and every partition of every topic (Kafka's own included) led and with all of its
     * replicas in sync. Only meaningful while every node runs.
     *
     * @throws IllegalStateException naming what is still behind when {@code timeout} passes
     */
    public void awaitFullyReplicated(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String behind = "not asked yet";
        while (System.nanoTime() < deadline) {
            requireAllRunning();
            try {
                behind = lagging();
                if (behind.isEmpty()) {
                    return;
                }
            } catch (RuntimeException e) {
                behind = "the cluster did not answer: " + e.getMessage();
            }
            pause();
        }
        throw new IllegalStateException("Kafka cluster at " + bootstrapServers() + " not fully replicated within "
                + timeout + ": " + behind);
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
     * The cluster defaults, then the configured overrides. Kafka's internal topics are created with the
     * cluster's replication, so exactly-once transactions and group offsets survive a broker loss too.
     */
    private Map<String, String> serverProperties(NodeProcess node) {
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

    private void launch(NodeProcess node) {
        Path propertiesFile = KraftStorage.writeServerProperties(node.directory, serverProperties(node),
                "Written by LocalKafkaCluster at the node's last start");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(config.jvmOptions());
        command.add("-Dlogback.configurationFile=" + NODE_LOGGING);
        command.add("-Dnewsdesk.kafka.node=" + node.id);
        // This JVM's own class path: the node runs exactly the Kafka server this JVM was built with. A jar
        // whose manifest names the rest (java -jar, Maven's manifest-only test jars) is honoured by -cp too.
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KafkaNodeMain.class.getName(),
                "--config", propertiesFile.toString(), "--cluster-id", clusterId,
                "--parent-pid", String.valueOf(ProcessHandle.current().pid())));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(node.logFile().toFile()));
        try {
            node.process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka node " + node.id, e);
        }
        LOG.debug("Started Kafka node {} (pid {}) at {}", node.id, node.process.pid(), bootstrapServers(node.id));
    }

    /**
     * The id every node is formatted with: the one written down at the first start ({@code cluster.properties},
     * with the number of nodes), or, if that file is missing, the one a node was already formatted with, or a
     * new one. Data made by a cluster of another size is refused: a static quorum's voters are fixed when its
     * metadata log begins, and a node added later would vote in a quorum that never counted it.
     */
    private String resolveClusterId() {
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

    private void requirePortsFree(NodeProcess node) {
        for (int port : new int[] {node.brokerPort, node.controllerPort}) {
            if (!LoopbackPorts.isFree(port)) {
                throw new IllegalStateException("port " + port + " on " + LoopbackPorts.HOST + " for Kafka node " + node.id
                        + " is taken (another Kafka, or an earlier run still stopping?)");
            }
        }
    }

    /**
     * Waits until each node answers on its own address and lists itself among the serving (unfenced)
     * brokers. Asking the node itself matters after a kill: until the controllers notice (or when too few of
     * them are left to notice), the rest of the cluster still lists the dead node as serving.
     */
    private void awaitServing(Set<Integer> ids, long startedAt) {
        long deadline = startedAt + config.startTimeout().toNanos();
        Set<Integer> waitingFor = new TreeSet<>(ids);
        Map<Integer, String> lastAnswers = new TreeMap<>();
        while (System.nanoTime() < deadline) {
            for (int id : List.copyOf(waitingFor)) {
                NodeProcess node = node(id);
                if (!node.running()) {
                    throw new IllegalStateException("Kafka node " + id + " exited with status " + node.process.exitValue()
                            + " while starting; the end of " + node.logFile() + ":\n" + tail(node.logFile()));
                }
                try (Admin own = probe(bootstrapServers(id))) {
                    Set<Integer> serving = call(() -> own.describeCluster().nodes()).stream().map(Node::id)
                            .collect(Collectors.toSet());
                    if (serving.contains(id)) {
                        waitingFor.remove(id);
                    } else {
                        lastAnswers.put(id, "serving brokers " + serving);
                    }
                } catch (RuntimeException e) {
                    lastAnswers.put(id, e.getMessage());
                }
            }
            if (waitingFor.isEmpty()) {
                return;
            }
            pause();
        }
        StringBuilder logs = new StringBuilder();
        waitingFor.forEach(id -> logs.append("\nnode ").append(id).append("'s last answer: ").append(lastAnswers.get(id))
                .append("; the end of ").append(logFile(id)).append(":\n").append(tail(logFile(id))));
        throw new IllegalStateException("Kafka node(s) " + waitingFor + " of " + bootstrapServers() + " not serving within "
                + config.startTimeout() + logs);
    }

    /** What is not yet healed, in words; empty when nothing. */
    private String lagging() {
        List<String> behind = new ArrayList<>();
        Collection<Node> serving = call(() -> admin().describeCluster().nodes());
        if (serving.size() < nodes.size()) {
            behind.add("brokers serving " + serving.stream().map(Node::id).sorted().toList() + " of " + nodes.keySet());
        }
        QuorumInfo quorum = call(() -> admin().describeMetadataQuorum().quorumInfo());
        long now = System.currentTimeMillis();
        if (quorum.leaderId() < 0) {
            behind.add("no active controller");
        }
        for (QuorumInfo.ReplicaState voter : quorum.voters()) {
            boolean caughtUp = voter.replicaId() == quorum.leaderId() || voter.lastCaughtUpTimestamp().isPresent()
                    && now - voter.lastCaughtUpTimestamp().getAsLong() < VOTER_CAUGHT_UP_WITHIN.toMillis();
            if (!caughtUp) {
                behind.add("controller " + voter.replicaId() + " catching up with the metadata log");
            }
        }
        Set<String> topics = call(() -> admin().listTopics(new ListTopicsOptions().listInternal(true)).names());
        Map<String, TopicDescription> described = call(() -> admin().describeTopics(topics).allTopicNames());
        for (TopicDescription topic : described.values()) {
            for (TopicPartitionInfo partition : topic.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty()) {
                    behind.add(topic.name() + "-" + partition.partition() + " has no leader");
                } else if (partition.isr().size() < partition.replicas().size()) {
                    behind.add(topic.name() + "-" + partition.partition() + " in sync " + ids(partition.isr())
                            + " of " + ids(partition.replicas()));
                }
            }
        }
        return behind.isEmpty() ? "" : behind.size() <= 10 ? String.join("; ", behind)
                : String.join("; ", behind.subList(0, 10)) + "; and " + (behind.size() - 10) + " more";
    }

    private void requireAllRunning() {
        Set<Integer> down = new TreeSet<>(nodes.keySet());
        down.removeAll(runningNodeIds());
        if (!down.isEmpty()) {
            throw new IllegalStateException("node(s) " + down + " are down: the cluster cannot be fully replicated");
        }
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).sorted().toList();
    }

    private void awaitExit(NodeProcess node, Duration timeout, boolean killIfStuck) {
        try {
            if (node.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            if (!killIfStuck) {
                throw new IllegalStateException("Kafka node " + node.id + " (pid " + node.process.pid()
                        + ") survived SIGKILL for " + timeout);
            }
            LOG.warn("Kafka node {} did not stop within {}; killing it", node.id, timeout);
            node.process.destroyForcibly();
            node.process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.process.destroyForcibly();
            throw new IllegalStateException("Interrupted while waiting for Kafka node " + node.id + " to end", e);
        }
    }

    private Admin admin() {
        Admin admin = this.admin;
        if (admin == null) {
            throw new IllegalStateException("the cluster is not running");
        }
        return admin;
    }

    private void openAdmin() {
        if (admin == null) {
            admin = probe(bootstrapServers());
        }
    }

    /** An admin client for the cluster's own checks: short timeouts, quick reconnects. */
    private static Admin probe(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-kafka-cluster-probe");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_CALL_TIMEOUT.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_CALL_TIMEOUT.toMillis());
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        return Admin.create(properties);
    }

    private void stopSupervisor() {
        if (supervisor != null) {
            supervisor.shutdownNow();
            supervisor = null;
        }
    }

    private void closeAdmin() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }

    /** One admin call, bounded; failures as unchecked exceptions with the cause's message. */
    private static <T> T call(Supplier<org.apache.kafka.common.KafkaFuture<T>> request) {
        try {
            return request.get().get(ADMIN_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the cluster", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + ADMIN_CALL_TIMEOUT, e);
        }
    }

    private NodeProcess node(int nodeId) {
        NodeProcess node = nodes.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeId + "; nodes are " + nodes.keySet());
        }
        return node;
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_FAILURES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read it: " + e.getMessage() + ")";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka cluster", e);
        }
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }
}
