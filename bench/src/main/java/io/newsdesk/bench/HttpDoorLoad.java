package io.newsdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ingest's front door under load: {@code clients} threads, each with one request in flight at a time
 * (closed loop), post JSON submissions to {@code /v1/articles} with the JDK's {@link HttpClient} over
 * HTTP/1.1 keep-alive connections. A 202 is an acknowledged write (ingest answers only after the broker
 * acknowledged both the version stamp and the submission); anything else is a failure. A warm-up of a
 * fifth of the duration comes first and is not counted.
 */
public final class HttpDoorLoad {
    private static final Logger LOG = LoggerFactory.getLogger(HttpDoorLoad.class);
    private static final String SOURCE = "bench-http";

    private final URI endpoint;
    private final ArticlePool pool;
    private final int clients;
    private final Duration duration;
    private JsonBodies bodies;

    public HttpDoorLoad(int port, ArticlePool pool, int clients, Duration duration) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/v1/articles");
        this.pool = pool;
        this.clients = clients;
        this.duration = duration;
    }

    public HttpResult run() throws InterruptedException {
        bodies = new JsonBodies(pool);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger sequence = new AtomicInteger();
        Duration warmup = duration.dividedBy(5);
        runFor(client, sequence, warmup, new LatencyRecorder(), new LongAdder(), new AtomicReference<>());

        LatencyRecorder latencies = new LatencyRecorder();
        LongAdder failed = new LongAdder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ResourceMeter cpu = ResourceMeter.start();
        long start = System.nanoTime();
        runFor(client, sequence, duration, latencies, failed, firstFailure);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu.cpuSeconds();
        int accepted = latencies.size();
        HttpResult result = new HttpResult(clients, seconds, accepted, failed.sum(), firstFailure.get(),
                accepted / seconds, latencies.percentiles().summaryMillis(), cpuSeconds * 1000.0 / Math.max(1, accepted));
        LOG.info("HTTP door: {} clients, {} accepted in {} s = {}/s, p99 {} ms, {} failed", clients, accepted,
                String.format("%.1f", seconds), String.format("%.1f", result.requestsPerSec()),
                String.format("%.1f", result.latency().p99Ms()), failed.sum());
        return result;
    }

    /**
     * Every pool text as a request body, serialised once: the clients share the two cores with ingest, so
     * what they spend per request is taken from ingest. A request splices its unique external id in.
     */
    static final class JsonBodies {
        private final byte[][] heads;
        private final byte[][] tails;

        JsonBodies(ArticlePool pool) {
            heads = new byte[pool.size()][];
            tails = new byte[pool.size()][];
            // Needs no JSON escaping, and the generator never writes it.
            String marker = "@@external-id@@";
            for (int i = 0; i < pool.size(); i++) {
                byte[] json = pool.article("http", i).withExternalId(marker).toJson(SOURCE);
                String text = new String(json, StandardCharsets.UTF_8);
                int at = text.indexOf(marker);
                if (at < 0) {
                    throw new IllegalStateException("cannot find the external id in the serialised article");
                }
                heads[i] = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
                tails[i] = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
            }
        }

        /** Text {@code i}'s body with {@code externalId}, which must need no JSON escaping. */
        byte[] withExternalId(int i, String externalId) {
            byte[] id = externalId.getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[heads[i].length + id.length + tails[i].length];
            System.arraycopy(heads[i], 0, body, 0, heads[i].length);
            System.arraycopy(id, 0, body, heads[i].length, id.length);
            System.arraycopy(tails[i], 0, body, heads[i].length + id.length, tails[i].length);
            return body;
        }
    }

    private void runFor(HttpClient client, AtomicInteger sequence, Duration length, LatencyRecorder latencies,
                        LongAdder failed, AtomicReference<String> firstFailure) throws InterruptedException {
        long deadline = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() - deadline < 0) {
                    int i = sequence.getAndIncrement();
                    byte[] body = bodies.withExternalId(i % pool.size(), "http-" + i);
                    HttpRequest request = HttpRequest.newBuilder(endpoint)
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        long took = System.nanoTime() - sent;
                        if (response.statusCode() == 202) {
                            latencies.record(took);
                        } else {
                            failed.increment();
                            firstFailure.compareAndSet(null, "HTTP " + response.statusCode() + ": " + response.body());
                        }
                    } catch (IOException e) {
                        failed.increment();
                        firstFailure.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-http-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
