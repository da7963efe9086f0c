package io.newsdesk.ingest.http;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lets ingest shut down without cutting off a submission half-way. A request that is waiting for the
 * broker's acknowledgement may already be written; if the connection closed under it, the client would
 * not know whether its article was accepted. So on shutdown ingest first {@link #drain drains}: new
 * submissions are refused with 503 (nothing written, safe to retry elsewhere), {@code /health} turns DOWN
 * so load balancers stop sending, and the running ones finish and get their answer. Only then does the
 * HTTP server stop and the producer flush.
 *
 * <p>The JDK server's own stop grace cannot do this: on Java 17 it waits its whole delay whether or not
 * anything is running, and then closes connections whose handlers are still writing.
 */
public final class InFlightRequests {
    private int running;
    private boolean draining;

    /** {@code handler} counted while it runs; refused with 503 once draining has begun. */
    public HttpApp.Handler admit(HttpApp.Handler handler) {
        return request -> {
            if (!enter()) {
                return HttpApp.error(503, "ingest is shutting down; retry later",
                        List.of("this instance is finishing the requests it has and takes no new ones"))
                        .withHeader("Retry-After", "5");
            }
            try {
                return handler.handle(request);
            } finally {
                leave();
            }
        };
    }

    /** {@code health} as is, but DOWN while draining: an instance going away must not be sent more work. */
    public HttpApp.Handler health(HttpApp.Handler health) {
        return request -> {
            if (draining()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", "DOWN");
                body.put("detail", "shutting down: finishing " + running() + " request(s) in flight");
                return Response.json(503, body);
            }
            return health.handle(request);
        };
    }

    private synchronized boolean enter() {
        if (draining) {
            return false;
        }
        running++;
        return true;
    }

    private synchronized void leave() {
        running--;
        notifyAll();
    }

    public synchronized int running() {
        return running;
    }

    public synchronized boolean draining() {
        return draining;
    }

    /**
     * Refuses new requests from now on and waits until those running have answered.
     *
     * @return true when none is left running, false when {@code timeout} passed first
     */
    public synchronized boolean drain(Duration timeout) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            // wait(ms, ns) in whole milliseconds rounded up, so that a short remainder still waits.
            wait(Math.max(1, (left + 999_999) / 1_000_000));
        }
        return true;
    }
}
