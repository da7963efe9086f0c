package io.newsdesk.publish.browser;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian's {@code chromium} package) started for one test class, with a fresh
 * profile in a temporary directory, driven through the Chrome DevTools Protocol. {@link #close}
 * kills the browser and every process it started, and deletes the profile.
 */
final class HeadlessChromium implements AutoCloseable {
    /** Overridable for machines that keep Chromium elsewhere; CI installs Debian's package here. */
    static final String BINARY_PROPERTY = "newsdesk.chromium";
    static final String DEFAULT_BINARY = "/usr/bin/chromium";
    private static final Pattern DEVTOOLS_LINE = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
    private static final int STDERR_LINES_KEPT = 40;

    private final Process process;
    private final Path profile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final URI browserSocket;

    private HeadlessChromium(Path binary) throws IOException {
        profile = Files.createTempDirectory("newsdesk-chromium-");
        List<String> command = List.of(binary.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Containers often give /dev/shm a few MB; Chromium then crashes tabs on larger pages.
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        // Chromium writes a lot to stderr (D-Bus complaints in containers); it must be drained for
        // good or the browser blocks on a full pipe. The tail is kept for failure messages.
        Thread reader = new Thread(() -> drainStderr(listening), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            browserSocket = listening.get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while starting Chromium", e);
        } catch (ExecutionException | TimeoutException e) {
            String tail = stderrTail();
            close();
            throw new IllegalStateException("Chromium did not print its DevTools address within "
                    + STARTUP_TIMEOUT.toSeconds() + " s; its stderr ended with:\n" + tail, e);
        }
    }

    /** The Chromium binary, when this machine has one. */
    static Optional<Path> installed() {
        Path binary = Path.of(System.getProperty(BINARY_PROPERTY, DEFAULT_BINARY));
        return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
    }

    /**
     * Says loudly, on stdout and stderr, that a browser test is skipped and why, and returns the
     * reason for the tests' assumptions: a missing browser is a machine without it, not a broken
     * site, so the tests are skipped, never failed.
     */
    static String reportMissing(String testName) {
        String reason = testName + " SKIPPED: no Chromium at " + System.getProperty(BINARY_PROPERTY, DEFAULT_BINARY)
                + " (install Debian's `chromium` package, as .ci/run does, or pass -D" + BINARY_PROPERTY + "=/path/to/chromium)";
        System.out.println("!!!!! " + reason);
        System.err.println("!!!!! " + reason);
        return reason;
    }

    static HeadlessChromium start(Path binary) {
        try {
            return new HeadlessChromium(binary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
    }

    /** Opens a DevTools session on the browser's blank start page. */
    BrowserTab openTab() {
        String base = "http://" + browserSocket.getHost() + ":" + browserSocket.getPort();
        try {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/json/list"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode target : Json.mapper().readTree(list.body())) {
                if ("page".equals(target.path("type").asText())) {
                    URI ws = URI.create(target.path("webSocketDebuggerUrl").asText());
                    DevToolsSession session = DevToolsSession.connect(ws, http);
                    try {
                        return new BrowserTab(session);
                    } catch (RuntimeException e) {
                        session.close();
                        throw e;
                    }
                }
            }
            throw new IllegalStateException("Chromium lists no page target: " + list.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list Chromium's targets at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void drainStderr(CompletableFuture<URI> listening) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                synchronized (stderrTail) {
                    stderrTail.addLast(line);
                    if (stderrTail.size() > STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                }
                Matcher m = DEVTOOLS_LINE.matcher(line);
                if (m.find()) {
                    listening.complete(URI.create(m.group(1)));
                }
            }
            listening.completeExceptionally(new IllegalStateException("Chromium exited with " + exitCode()));
        } catch (IOException e) {
            listening.completeExceptionally(e);
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "(still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }

    String stderrTail() {
        synchronized (stderrTail) {
            return String.join("\n", stderrTail);
        }
    }

    /** Kills the browser and the renderer, GPU and zygote processes it started, then deletes the profile. */
    @Override
    public void close() {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : family) {
            child.destroyForcibly();
        }
        deleteProfile();
    }

    private void deleteProfile() {
        if (profile == null || !Files.exists(profile)) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A renderer that was still exiting may have recreated a file; the temp dir is ours alone.
            System.err.println("could not delete the Chromium profile " + profile + ": " + e);
        }
    }
}
