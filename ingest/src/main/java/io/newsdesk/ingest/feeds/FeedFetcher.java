package io.newsdesk.ingest.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one feed document with a conditional GET: the {@code ETag} and {@code Last-Modified} of the
 * previous answer go back as {@code If-None-Match} / {@code If-Modified-Since}, and a 304 means nothing
 * to do. The whole exchange, body included, has a deadline, and a body over {@code maxBytes} is
 * refused as it streams in, so a slow or endless server cannot tie up the poller or its memory.
 */
public final class FeedFetcher {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    static final String USER_AGENT = "newsdesk-ingest-feeds/0.1";
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";

    /** What a fetch came to. */
    public sealed interface Result {
    }

    /** A 200 with the document and the validators to send next time (each null when absent). */
    public record Fetched(byte[] body, String contentType, String etag, String lastModified) implements Result {
    }

    /** A 304: the feed did not change since the validators were issued. */
    public record NotModified() implements Result {
    }

    /**
     * Anything else: an error status, a refused connection, a timeout, a body too large.
     *
     * @param retryAfter what a 429 or 503 asked for, else null
     * @param cause      the exception behind it, null for an HTTP status
     */
    public record Failed(String reason, Duration retryAfter, Throwable cause) implements Result {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final int maxBytes;
    private final Clock clock;

    public FeedFetcher(HttpClient client, Duration timeout, int maxBytes, Clock clock) {
        this.client = client;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** A client that follows redirects (never from https to http) and gives up connecting after 10 s. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public Result fetch(URI url, String etag, String lastModified) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", ACCEPT);
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request.build(), this::boundedBody);
        HttpResponse<byte[]> response;
        try {
            // The request timeout covers only the wait for headers; this deadline covers the body too.
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Failed("no complete answer within " + timeout, null, e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Failed("interrupted while fetching", null, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Failed(describe(cause), null, cause);
        } catch (CancellationException e) {
            return new Failed("fetch cancelled", null, e);
        }
        int status = response.statusCode();
        if (status == 304) {
            return new NotModified();
        }
        if (status == 200) {
            return new Fetched(response.body(), header(response, "Content-Type"), header(response, "ETag"),
                    header(response, "Last-Modified"));
        }
        Duration retryAfter = status == 429 || status == 503
                ? retryAfter(header(response, "Retry-After"), clock.instant()).orElse(null) : null;
        return new Failed("HTTP " + status + " from " + url, retryAfter, null);
    }

    private static String describe(Throwable cause) {
        if (cause instanceof BodyTooLargeException) {
            return cause.getMessage();
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return "timed out: " + cause.getMessage();
        }
        if (cause instanceof java.net.ConnectException) {
            return "cannot connect" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).filter(v -> !v.isBlank()).orElse(null);
    }

    /** {@code Retry-After} as delay-seconds or as an HTTP-date; empty when absent or unreadable. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private HttpResponse.BodySubscriber<byte[]> boundedBody(HttpResponse.ResponseInfo info) {
        // Only a 200's body is read; for any other status it is discarded without being buffered.
        if (info.statusCode() != 200) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        OptionalLong declared = info.headers().firstValueAsLong("Content-Length");
        return new BoundedBody(maxBytes, declared.isPresent() && declared.getAsLong() > maxBytes ? declared.getAsLong() : -1);
    }

    /** Thrown inside the exchange when a body goes over the limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(String message) {
            super(message);
        }
    }

    /** Collects a body up to a limit; over it, cancels the download and fails. */
    private static final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int maxBytes;
        private final long declaredTooLarge;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        /** @param declaredTooLarge the Content-Length when it already exceeds the limit, else -1 */
        BoundedBody(int maxBytes, long declaredTooLarge) {
            this.maxBytes = maxBytes;
            this.declaredTooLarge = declaredTooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (declaredTooLarge >= 0) {
                s.cancel();
                result.completeExceptionally(new BodyTooLargeException(
                        "feed of " + declaredTooLarge + " bytes is larger than the limit of " + maxBytes + " bytes"));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (out.size() + b.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new BodyTooLargeException(
                            "feed is larger than the limit of " + maxBytes + " bytes"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
