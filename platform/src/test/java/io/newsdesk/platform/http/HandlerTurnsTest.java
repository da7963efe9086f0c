package io.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link HttpApp.Builder#concurrentHandlers}: how many handlers run at once, on a real socket. */
class HandlerTurnsTest {
    private static final int REQUESTS = 6;

    /**
     * Each handler stays until every request has entered one, or half a second has passed: without a
     * limit all of them are inside together at once; with two turns, never more than two.
     */
    private static int mostAtOnce(int concurrentHandlers) throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger entered = new AtomicInteger();
        Object allEntered = new Object();
        HttpApp app = HttpApp.builder("turns").host("127.0.0.1").port(0).threads(REQUESTS + 2)
                .concurrentHandlers(concurrentHandlers).stopGraceSeconds(0)
                .get("/work", request -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    synchronized (allEntered) {
                        entered.incrementAndGet();
                        allEntered.notifyAll();
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                        while (entered.get() < REQUESTS && System.nanoTime() < until) {
                            allEntered.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
                        }
                    }
                    inside.decrementAndGet();
                    return Response.text(200, "text/plain", "done");
                })
                .start();
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/work")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get(30, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(REQUESTS, entered.get());
            return most.get();
        } finally {
            app.close();
        }
    }

    @Test
    void withoutALimitEveryRequestThreadRunsAHandler() throws Exception {
        assertEquals(REQUESTS, mostAtOnce(0));
    }

    @Test
    void withTwoTurnsNoMoreThanTwoHandlersRunAtOnceAndEveryRequestIsAnswered() throws Exception {
        assertEquals(2, mostAtOnce(2));
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HttpApp.builder("turns").concurrentHandlers(-1));
        assertEquals("concurrent handlers must be 0 (no limit) or more, was -1", e.getMessage());
    }
}
