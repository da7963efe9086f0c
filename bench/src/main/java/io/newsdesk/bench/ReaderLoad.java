package io.newsdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Readers of the site: {@code readers} threads, each asking for a page, reading the whole answer and
 * asking for the next at once (no pause between pages: the figures are at the load those readers can
 * make, the worst case for latency). A warm-up of a fifth of the duration runs first, unmeasured, after
 * one of every kind ({@link #warmUp}).
 */
final class ReaderLoad {
    /** What one kind of page did. */
    record PageResult(String kind, int readers, long requests, double seconds, LatencySummary latency, long errors,
                      String firstError, double serverCpuMsPerRequest) {
        double perSecond() {
            return requests / seconds;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final int readers;
    private final LongSupplier serverCpuNanos;

    /** @param serverCpuNanos the read side's CPU time so far (for the CPU each request cost it) */
    ReaderLoad(int port, int readers, LongSupplier serverCpuNanos) {
        this.port = port;
        this.readers = readers;
        this.serverCpuNanos = serverCpuNanos;
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
        runFor(paths, duration.dividedBy(5), new LatencyRecorder(), new LongAdder(), new AtomicReference<>());
        LatencyRecorder latencies = new LatencyRecorder();
        LongAdder errors = new LongAdder();
        AtomicReference<String> firstError = new AtomicReference<>();
        long cpuBefore = serverCpuNanos.getAsLong();
        long started = System.nanoTime();
        runFor(paths, duration, latencies, errors, firstError);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuMs = (serverCpuNanos.getAsLong() - cpuBefore) / 1e6 / Math.max(1, latencies.size() + errors.sum());
        return new PageResult(kind, readers, latencies.size(), seconds, latencies.percentiles().summaryMillis(), errors.sum(),
                firstError.get(), cpuMs);
    }

    private void runFor(Supplier<String> paths, Duration duration, LatencyRecorder latencies, LongAdder errors,
                        AtomicReference<String> firstError) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() - deadline < 0) {
                    String path = paths.get();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - start;
                        if (response.statusCode() == 200) {
                            latencies.record(took);
                        } else {
                            errors.increment();
                            firstError.compareAndSet(null, path + " answered " + response.statusCode());
                        }
                    } catch (IOException e) {
                        errors.increment();
                        firstError.compareAndSet(null, path + ": " + e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
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
