package io.newsdesk.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publish (the read side) in a JVM of its own, started as an operator would start it ({@code PublishMain},
 * configured by environment variables) with a fixed heap, so its heap and start-up are measured apart from
 * the broker and the readers. Its output goes to a log file next to the data.
 */
final class ReadSideProcess implements AutoCloseable {
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    /** PublishedTopicFollower's line when it has caught up: how long the read model itself took. */
    private static final Pattern CAUGHT_UP = Pattern.compile("read model caught up with \\S+: (\\d+) records applied in (\\d+) ms");

    private final Process process;
    private final Path log;
    private final int port;
    private final long startedNanos;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ReadSideProcess(Process process, Path log, int port, long startedNanos) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    /**
     * @param environment the service's settings (KAFKA_BOOTSTRAP_SERVERS, NEWSDESK_*); the port is added
     * @param profile     where to write a flight recording of the process (written when it stops), or null
     */
    static ReadSideProcess start(String heap, Map<String, String> environment, Path log, Path profile) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Xms" + heap,
                "-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas"));
        if (profile != null) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + profile.toAbsolutePath());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.newsdesk.publish.PublishMain"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("NEWSDESK_PUBLISH_PORT", Integer.toString(port));
        long started = System.nanoTime();
        long logLength = Files.exists(log) ? Files.size(log) : 0;
        return new ReadSideProcess(builder.start(), log, port, started).skipping(logLength);
    }

    private long logStart;

    private ReadSideProcess skipping(long bytes) {
        this.logStart = bytes;
        return this;
    }

    /**
     * What the read model's follower logged when it caught up in this process: records applied and the
     * milliseconds from its own start (the rest of the time to ready is the JVM's and the service's start).
     */
    String followerCatchUp() throws IOException {
        String text = Files.readString(log);
        Matcher m = CAUGHT_UP.matcher(text.substring((int) Math.min(logStart, text.length())));
        return m.find() ? m.group(1) + " records in " + m.group(2) + " ms" : "not in its log";
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the read model has caught up with the topic (it serves every page from then on), then
     * until {@code /ready} (publish's Streams application RUNNING too); the times since the process started,
     * and the CPU time the process had used when it was ready (null where /proc cannot tell).
     */
    Duration[] awaitCaughtUpAndReady(Duration timeout) {
        Waiting.orFail(() -> get("/health").contains("\"readModelCaughtUp\":true"), timeout, "the read model to catch up");
        Duration caughtUp = Duration.ofNanos(System.nanoTime() - startedNanos);
        Waiting.orFail(() -> get("/ready").contains("\"status\":\"UP\""), timeout, "the read side's /ready");
        Duration ready = Duration.ofNanos(System.nanoTime() - startedNanos);
        // The CPU the start cost, whatever else the machine was doing: the wall time stretches with the load.
        long cpu = cpuNanos();
        return new Duration[] {caughtUp, ready, cpu < 0 ? null : Duration.ofNanos(cpu)};
    }

    private String get(String path) {
        if (!process.isAlive()) {
            throw new IllegalStateException("the read side exited with " + process.exitValue() + "; see its log");
        }
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The index's segments and merges now, from the read side's {@code /metrics}. */
    IndexMeters indexMeters() {
        return IndexMeters.parse(get("/metrics"));
    }

    /** Heap in use after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}), in bytes. */
    long heapAfterGc() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap use");
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    /**
     * CPU time the process has used so far (user and system, from /proc), in nanoseconds: divided by the
     * requests of a phase, what a page costs the read side whatever else shares the machine.
     */
    long cpuNanos() {
        return ProcStat.processCpuNanos(process.pid());
    }

    /**
     * CPU time the process's JIT compiler threads have used so far, in nanoseconds, or -1 where /proc cannot
     * tell: what of {@link #cpuNanos()} is HotSpot compiling the read side's code rather than running it.
     */
    long jitCpuNanos() {
        return ProcStat.threadsCpuNanos(process.pid(), ProcStat::isJitCompiler);
    }

    /** Resident memory of the process (heap, metaspace, threads, and the index's pages mapped in), in bytes. */
    long residentBytes() throws IOException {
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc/" + process.pid() + "/status")));
        return rss.find() ? Long.parseLong(rss.group(1)) * 1024 : -1;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = ProcessHandle.current().info().command().map(Path::of).map(p -> p.resolveSibling("jcmd"))
                .filter(Files::isExecutable).orElse(Path.of("jcmd"));
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    /** Stops it as an operator would (SIGTERM: publish checkpoints its index on the way out). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
