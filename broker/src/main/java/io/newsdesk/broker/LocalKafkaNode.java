package io.newsdesk.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node of a {@link LocalKafkaCluster}: where it listens and keeps its data, and its process while it runs.
 * Starting it writes {@code node-N/server.properties} and runs {@link KafkaNodeMain} in a JVM of its own, its
 * output appended to {@code node-N/node.log}. Not thread-safe: the cluster calls it under its own lock.
 */
final class LocalKafkaNode {
    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaNode.class);
    private static final String NODE_LOGGING = "newsdesk-kafka-node-logback.xml";
    static final Duration KILL_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_LINES_IN_FAILURES = 30;

    final int id;
    final int brokerPort;
    final int controllerPort;
    final Path directory;
    Process process;
    /** Whether it should be running: false once stopped or killed on purpose, so it is not started again. */
    boolean wanted;

    LocalKafkaNode(int id, int brokerPort, int controllerPort, Path directory) {
        this.id = id;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.directory = directory;
    }

    boolean running() {
        return process != null && process.isAlive();
    }

    /** Whether its process ended although it should be running: a crash, or a {@code kill -9} from outside. */
    boolean diedUnasked() {
        return wanted && process != null && !process.isAlive();
    }

    OptionalLong pid() {
        return running() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    Path logFile() {
        return directory.resolve("node.log");
    }

    /** Its client address. */
    String address() {
        return LoopbackPorts.HOST + ":" + brokerPort;
    }

    void requirePortsFree() {
        for (int port : new int[] {brokerPort, controllerPort}) {
            if (!LoopbackPorts.isFree(port)) {
                throw new IllegalStateException("port " + port + " on " + LoopbackPorts.HOST + " for Kafka node " + id
                        + " is taken (another Kafka, or an earlier run still stopping?)");
            }
        }
    }

    /** Writes its server properties and starts its process; returns at once, see the cluster's wait for serving. */
    void launch(Map<String, String> serverProperties, List<String> jvmOptions, String clusterId) {
        Path propertiesFile = KraftStorage.writeServerProperties(directory, serverProperties,
                "Written by LocalKafkaCluster at the node's last start");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dlogback.configurationFile=" + NODE_LOGGING);
        command.add("-Dnewsdesk.kafka.node=" + id);
        // This JVM's own class path: the node runs exactly the Kafka server this JVM was built with. A jar
        // whose manifest names the rest (java -jar, Maven's manifest-only test jars) is honoured by -cp too.
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KafkaNodeMain.class.getName(),
                "--config", propertiesFile.toString(), "--cluster-id", clusterId,
                "--parent-pid", String.valueOf(ProcessHandle.current().pid())));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile().toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka node " + id, e);
        }
        LOG.debug("Started Kafka node {} (pid {}) at {}", id, process.pid(), address());
    }

    /** SIGKILL, and waits for the process to be gone. */
    void kill() {
        long pid = process.pid();
        process.destroyForcibly();
        awaitExit(KILL_TIMEOUT, false);
        LOG.info("Killed Kafka node {} (pid {}, SIGKILL)", id, pid);
    }

    /** SIGTERM (a controlled shutdown), and waits for the process to end; killed if still there after {@code timeout}. */
    void stop(Duration timeout) {
        process.destroy();
        awaitExit(timeout, true);
        LOG.info("Stopped Kafka node {}", id);
    }

    /** Waits for the process to end; one still there after {@code timeout} is killed, or an error if it was killed already. */
    void awaitExit(Duration timeout, boolean killIfStuck) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            if (!killIfStuck) {
                throw new IllegalStateException("Kafka node " + id + " (pid " + process.pid()
                        + ") survived SIGKILL for " + timeout);
            }
            LOG.warn("Kafka node {} did not stop within {}; killing it", id, timeout);
            process.destroyForcibly();
            process.waitFor(KILL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("Interrupted while waiting for Kafka node " + id + " to end", e);
        }
    }

    /**
     * Why it is not serving yet, or empty once it answers on its own address and lists itself among the serving
     * (unfenced) brokers. Asking the node itself matters after a kill: until the controllers notice (or when too
     * few of them are left to notice), the rest of the cluster still lists the dead node as serving.
     *
     * @throws IllegalStateException when its process has exited, with the end of its log
     */
    Optional<String> notServingBecause() {
        if (!running()) {
            throw new IllegalStateException("Kafka node " + id + " exited with status " + process.exitValue()
                    + " while starting; the end of " + logFile() + ":\n" + logTail());
        }
        try (ClusterAdmin own = new ClusterAdmin(address())) {
            Set<Integer> serving = own.servingBrokers();
            return serving.contains(id) ? Optional.empty() : Optional.of("serving brokers " + serving);
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** The last lines of its log, for failure messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_FAILURES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read it: " + e.getMessage() + ")";
        }
    }
}
