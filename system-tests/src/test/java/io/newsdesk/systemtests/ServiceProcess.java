package io.newsdesk.systemtests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service ({@code EnrichMain}, {@code PublishMain}) running in a JVM of its own, so that it can be
 * killed the hard way: {@link #kill()} is SIGKILL, no shutdown hook, no transaction committed or
 * aborted, no group left, exactly as when a machine dies. {@link #start()} starts it again with the
 * same environment, state directory included.
 *
 * <p>The child runs with this test JVM's classpath (the services are test dependencies of this
 * module), so it runs exactly the code under test. Its output goes to a log file per start.
 */
final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final String mainClass;
    private final Map<String, String> environment;
    private final int port;
    private final Path logDirectory;
    private Process process;
    private Instant startedAt;
    private Instant lastHealthy;
    private int starts;

    /** @param portKey the environment key holding the port of the service's /health endpoint */
    ServiceProcess(String name, String mainClass, Map<String, String> environment, String portKey, Path logDirectory) {
        this.name = name;
        this.mainClass = mainClass;
        this.environment = Map.copyOf(environment);
        this.port = Integer.parseInt(environment.get(portKey));
        this.logDirectory = logDirectory;
    }

    String name() {
        return name;
    }

    /** Where its HTTP endpoints answer ({@code /health}, and publish's site and API). */
    int port() {
        return port;
    }

    synchronized void start() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Small and quick to start: several of these share two cores with the broker and the test.
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas"));
        command.add("-cp");
        command.add(classpath());
        command.add(mainClass);
        ProcessBuilder builder = new ProcessBuilder(command);
        // Only the settings given: nothing of the developer's own NEWSDESK_*/KAFKA_* environment leaks in.
        builder.environment().keySet().removeIf(key -> key.startsWith("NEWSDESK_") || key.startsWith("KAFKA_"));
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        try {
            Files.createDirectories(logDirectory);
            starts++;
            builder.redirectOutput(logDirectory.resolve(name + "-" + starts + ".log").toFile());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        startedAt = Instant.now();
        lastHealthy = null;
    }

    /** SIGKILL, then wait until the process is gone. */
    synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /**
     * SIGKILL and start again as one step, so that a supervisor checking {@link #alive()} meanwhile cannot
     * start a second copy in between.
     */
    synchronized void killAndStart() {
        kill();
        start();
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** GET /health answers 200 (Streams running or rebalancing). */
    boolean healthy() {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            boolean up = response.statusCode() == 200;
            if (up) {
                synchronized (this) {
                    lastHealthy = Instant.now();
                }
            }
            return up;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How long the service has been up but not healthy (zero while healthy or just started). */
    synchronized Duration unhealthyFor() {
        Instant since = lastHealthy != null ? lastHealthy : startedAt;
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }

    /** Whether this start of the instance has answered {@code /health} with 200 at least once. */
    synchronized boolean everHealthy() {
        return lastHealthy != null;
    }

    int starts() {
        return starts;
    }

    /**
     * Failsafe runs tests with a manifest-only jar on java.class.path and the real path in
     * surefire.test.class.path; either works for a child JVM (a manifest Class-Path is honoured).
     */
    private static String classpath() {
        String path = System.getProperty("surefire.test.class.path");
        return path != null && !path.isBlank() ? path : System.getProperty("java.class.path");
    }

    @Override
    public void close() {
        kill();
    }

    @Override
    public String toString() {
        return name + " (" + mainClass.substring(mainClass.lastIndexOf('.') + 1) + ", port " + port + ", logs in "
                + logDirectory + File.separator + name + "-N.log)";
    }
}
