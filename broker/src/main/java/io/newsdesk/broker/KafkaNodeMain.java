package io.newsdesk.broker;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One node of a {@link LocalKafkaCluster} in a JVM of its own, so that it can be killed without warning:
 * formats its storage with the cluster's id if it was never formatted, runs Kafka's own
 * {@code KafkaRaftServer} with the given {@code server.properties}, and shuts it down cleanly (a
 * controlled shutdown, leadership handed over first) on SIGTERM, within {@link #SHUTDOWN_BOUND}.
 *
 * <pre>
 * java -cp CLASSPATH io.newsdesk.broker.KafkaNodeMain --config DIR/server.properties --cluster-id ID [--parent-pid PID]
 * </pre>
 *
 * <p>With {@code --parent-pid} the node stops (cleanly) when that process ends, however it ends: a test
 * JVM or launcher that dies must not leave brokers behind holding its ports and data.
 * Exit status: 0 after a shutdown, 1 when the node could not start, 2 for a wrong command line.
 */
public final class KafkaNodeMain {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaNodeMain.class);
    /** Long enough to hand over a few hundred partitions' leadership on a busy machine. */
    static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(20);

    /** The command line, parsed. */
    record Arguments(Path config, String clusterId, Optional<Long> parentPid) {

        static Arguments parse(String[] args) {
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value pairs, got " + String.join(" ", args));
                }
                options.put(args[i], args[i + 1]);
            }
            String config = options.remove("--config");
            String clusterId = options.remove("--cluster-id");
            String parent = options.remove("--parent-pid");
            if (config == null || clusterId == null || !options.isEmpty()) {
                throw new IllegalArgumentException("usage: KafkaNodeMain --config server.properties --cluster-id ID "
                        + "[--parent-pid PID]" + (options.isEmpty() ? "" : "; unknown options " + options.keySet()));
            }
            try {
                return new Arguments(Path.of(config), clusterId,
                        parent == null ? Optional.empty() : Optional.of(Long.parseLong(parent)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--parent-pid must be a process id, was " + parent, e);
            }
        }
    }

    private KafkaNodeMain() {
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("KafkaNodeMain: " + e.getMessage());
            System.exit(2);
            return;
        }
        KafkaRaftServer server;
        String nodeId = "?";
        try {
            if (!Files.isRegularFile(arguments.config())) {
                throw new IllegalArgumentException("no server properties at " + arguments.config());
            }
            Properties properties = KraftStorage.readServerProperties(arguments.config());
            nodeId = properties.getProperty("node.id", "?");
            KraftStorage.formatUnlessFormatted(Path.of(properties.getProperty("log.dirs")), arguments.config(),
                    arguments.clusterId());
            // doLog=false: KafkaConfig would otherwise dump every one of its several hundred settings at INFO.
            server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
            KafkaRaftServer running = server;
            String id = nodeId;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(running, id), "kafka-node-shutdown"));
            server.startup();
        } catch (RuntimeException e) {
            LOG.error("Kafka node {} could not start with {}", nodeId, arguments.config(), e);
            // halt, not exit: a half-started server's shutdown hook could hang on what never started.
            Runtime.getRuntime().halt(1);
            return;
        }
        LOG.info("Kafka node {} of cluster {} started (config {})", nodeId, arguments.clusterId(), arguments.config());
        arguments.parentPid().ifPresent(KafkaNodeMain::stopWhenParentEnds);
        server.awaitShutdown();
    }

    /**
     * A controlled shutdown: the broker asks the active controller to move its leaderships away first. With
     * too few nodes left for a controller quorum nobody can answer, and Kafka would wait minutes; past
     * {@link #SHUTDOWN_BOUND} the node halts instead. Nothing acknowledged is lost by that: the log is on disk,
     * and the next start recovers it.
     */
    private static void shutDown(KafkaRaftServer server, String nodeId) {
        LOG.info("Kafka node {} shutting down", nodeId);
        Thread stopping = new Thread(() -> {
            server.shutdown();
            server.awaitShutdown();
        }, "kafka-node-stop");
        stopping.setDaemon(true);
        stopping.start();
        try {
            stopping.join(SHUTDOWN_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.isAlive()) {
            LOG.warn("Kafka node {} did not finish its controlled shutdown within {} (no controller quorum to "
                    + "answer it?); halting, the next start recovers the log", nodeId, SHUTDOWN_BOUND);
            Runtime.getRuntime().halt(0);
        }
        LOG.info("Kafka node {} stopped", nodeId);
    }

    private static void stopWhenParentEnds(long parentPid) {
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty()) {
            LOG.warn("parent process {} is already gone; stopping", parentPid);
            System.exit(0);
        }
        parent.get().onExit().thenRun(() -> {
            LOG.warn("parent process {} ended; stopping this node", parentPid);
            System.exit(0);
        });
    }
}
