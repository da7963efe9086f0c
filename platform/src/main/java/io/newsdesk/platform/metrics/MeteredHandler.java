package io.newsdesk.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Wraps a route's handler to count its requests and time them by the status the client gets: the
 * handler's own answer, the status of an {@link HttpError} it throws, or 500 for anything else (as
 * {@link HttpApp} answers those). Optionally also counts the route as a pipeline stage: every request in,
 * every 2xx out.
 */
public final class MeteredHandler implements HttpApp.Handler {
    private final MeterRegistry registry;
    private final String requestsName;
    private final String timerName;
    private final PipelineMeters.Stage stage;
    private final HttpApp.Handler delegate;

    private MeteredHandler(MeterRegistry registry, String requestsName, String timerName, PipelineMeters.Stage stage,
                           HttpApp.Handler delegate) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.requestsName = Objects.requireNonNull(requestsName, "requestsName");
        this.timerName = Objects.requireNonNull(timerName, "timerName");
        this.stage = stage;
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Counts into {@code requestsName{status}} and times into {@code timerName{status}}. */
    public static MeteredHandler of(MeterRegistry registry, String requestsName, String timerName, HttpApp.Handler delegate) {
        return new MeteredHandler(registry, requestsName, timerName, null, delegate);
    }

    /** As {@link #of}, and counts each request into {@code stage}: in always, out when answered 2xx. */
    public static MeteredHandler asStage(MeterRegistry registry, String requestsName, String timerName,
                                         PipelineMeters.Stage stage, HttpApp.Handler delegate) {
        return new MeteredHandler(registry, requestsName, timerName, Objects.requireNonNull(stage, "stage"), delegate);
    }

    @Override
    public Response handle(Request request) throws Exception {
        long start = System.nanoTime();
        int status = 500;
        try {
            Response response = delegate.handle(request);
            status = response.status();
            return response;
        } catch (HttpError e) {
            status = e.status();
            throw e;
        } finally {
            record(status, System.nanoTime() - start);
        }
    }

    private void record(int status, long nanos) {
        String code = Integer.toString(status);
        Counter.builder(requestsName).description("requests by HTTP status").tag("status", code)
                .register(registry).increment();
        Timer.builder(timerName).description("request latency by HTTP status").tag("status", code)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (stage != null) {
            stage.record(nanos, status >= 200 && status < 300);
        }
    }
}
