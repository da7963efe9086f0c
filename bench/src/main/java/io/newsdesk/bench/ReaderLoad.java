package io.newsdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Readers of the site: {@code readers} threads, each asking for a page, reading the whole answer and
 * asking for the next at once (no pause between pages: the figures are at the load those readers can
 * make, the worst case for latency). Each kind is measured warm: after one of every kind ({@link #warmUp}),
 * the kind itself runs unmeasured in rounds of a fifth of the duration until the read side's JIT compilers
 * went quiet ({@link JitSettling}).
 *
 * <p>The readers share this machine's cores with the read side, so what a request costs the readers is
 * taken from the server: they use a blocking client with a pooled keep-alive connection per reader, whose
 * request and answer stay on the reader's own thread (the JDK's HTTP client hands every exchange to its
 * selector thread and back), and the report prints the readers' CPU per request beside the server's.
 */
final class ReaderLoad implements AutoCloseable {
    /** What one kind of page did. */
    record PageResult(String kind, int readers, long requests, double seconds, LatencySummary latency, long errors,
                      String firstError, double serverCpuMsPerRequest, double readersCpuMsPerRequest, Warmth warmth) {
        double perSecond() {
            return requests / seconds;
        }
    }

    /**
     * How warm the read side was for a kind's measurement.
     *
     * @param warmUpSeconds how long the kind was asked for, unmeasured, before it
     * @param quiet         whether its JIT compilers were quiet at the end of that warm-up
     * @param jitShare      the JIT compilers' part of the read side's CPU during the measurement (0 to 1), or
     *                      negative where not known
     */
    record Warmth(double warmUpSeconds, boolean quiet, double jitShare) {
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final CloseableHttpClient client;
    private final int port;
    private final int readers;
    private final LongSupplier serverCpuNanos;
    private final LongSupplier serverJitNanos;

    /**
     * @param serverCpuNanos the read side's CPU time so far (for the CPU each request cost it)
     * @param serverJitNanos the read side's JIT compiler threads' CPU time so far, or -1 where not known
     */
    ReaderLoad(int port, int readers, LongSupplier serverCpuNanos, LongSupplier serverJitNanos) {
        this.port = port;
        this.readers = readers;
        this.serverCpuNanos = serverCpuNanos;
        this.serverJitNanos = serverJitNanos;
        // As the JDK client was used before: no compression asked for, no cookies, redirects or retries
        // (a failed request is an error in the figures, not a second try).
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(readers).setMaxConnPerRoute(readers)
                        .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(5))
                                .setSocketTimeout(Timeout.ofSeconds(30)).build())
                        .build())
                .disableContentCompression().disableCookieManagement().disableRedirectHandling()
                .disableAutomaticRetries().build();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU time of this JVM so far: the readers, and the newsroom's one article a second. */
    private static long readersCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Asks for every kind of page for a while, unmeasured, before any kind is measured: the read side's
     * JIT compiles what all pages share (the HTTP server, the layout, the index's readers) here, instead
     * of in the first kind's measurement.
     */
    void warmUp(Iterable<Supplier<String>> kinds, Duration each) throws InterruptedException {
        for (Supplier<String> paths : kinds) {
            runFor(paths, each, new LatencyRecorder(), new LongAdder(), new AtomicReference<>());
        }
    }

    /** @param paths the next path to ask for; called from every reader thread */
    PageResult run(String kind, Supplier<String> paths, Duration duration) throws InterruptedException {
        JitSettling settling = new JitSettling();
        long warmUpStarted = System.nanoTime();
        boolean warm;
        do {
            long jitBefore = serverJitNanos.getAsLong();
            long roundStarted = System.nanoTime();
            runFor(paths, duration.dividedBy(5), new LatencyRecorder(), new LongAdder(), new AtomicReference<>());
            long jitAfter = serverJitNanos.getAsLong();
            warm = settling.roundDone(jitBefore < 0 || jitAfter < 0 ? -1 : jitAfter - jitBefore, System.nanoTime() - roundStarted);
        } while (!warm);
        double warmUpSeconds = (System.nanoTime() - warmUpStarted) / 1e9;
        LatencyRecorder latencies = new LatencyRecorder();
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        long cpuBefore = serverCpuNanos.getAsLong();
        long jitBefore = serverJitNanos.getAsLong();
        long readersCpuBefore = readersCpuNanos();
        long started = System.nanoTime();
        runFor(paths, duration, latencies, errors, firstError);
        double seconds = (System.nanoTime() - started) / 1e9;
        long requests = Math.max(1, latencies.size() + errors.sum());
        long cpu = serverCpuNanos.getAsLong() - cpuBefore;
        long jitAfter = serverJitNanos.getAsLong();
        double jitShare = jitBefore < 0 || jitAfter < 0 || cpu <= 0 ? -1 : (double) (jitAfter - jitBefore) / cpu;
        double readersCpuMs = (readersCpuNanos() - readersCpuBefore) / 1e6 / requests;
        return new PageResult(kind, readers, latencies.size(), seconds, latencies.percentiles().summaryMillis(), errors.sum(),
                firstError.get(), cpu / 1e6 / requests, readersCpuMs, new Warmth(warmUpSeconds, settling.quiet(), jitShare));
    }

    /**
     * Reads an answer to its end into the reader's own buffer, kept from one answer to the next. Copied
     * into a new array each (a feed is 270-320 KB), the readers made 900 MB of garbage a second, and the
     * young collections of their own JVM (up to 37 ms, thirty in twelve seconds of feeds) stopped every
     * reader's clock in the middle of its request: counted as the read side's latency.
     */
    private static void drain(HttpEntity entity, byte[] buffer) throws IOException {
        if (entity == null) {
            return;
        }
        try (InputStream in = entity.getContent()) {
            while (in.read(buffer) != -1) {
                // the bytes are only read, as a browser's would be
            }
        }
    }

    private void runFor(Supplier<String> paths, Duration duration, LatencyRecorder latencies, LongAdder errors,
                        AtomicReference<String> firstError) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[BUFFER_BYTES];
                while (System.nanoTime() - deadline < 0) {
                    String path = paths.get();
                    long start = System.nanoTime();
                    try {
                        // The whole answer is read before the clock stops, as a browser reads the page.
                        int status = client.execute(new HttpGet("http://127.0.0.1:" + port + path), response -> {
                            drain(response.getEntity(), buffer);
                            return response.getCode();
                        });
                        long took = System.nanoTime() - start;
                        if (status == 200) {
                            latencies.record(took);
                        } else {
                            errors.increment();
                            firstError.compareAndSet(null, path + " answered " + status);
                        }
                    } catch (IOException e) {
                        errors.increment();
                        firstError.compareAndSet(null, path + ": " + e);
                    }
                }
            }, "reader-" + r);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
