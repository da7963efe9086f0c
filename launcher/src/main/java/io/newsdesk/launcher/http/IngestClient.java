package io.newsdesk.launcher.http;

import io.newsdesk.launcher.CommandFailedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Posts {@link SubmissionFile}s to ingest's {@code POST /v1/articles}, as any upstream system would:
 * JSON submissions as {@code application/json}, raw pages as {@code text/html} or {@code text/plain}
 * with their {@code url} as a query parameter. The source comes from the bearer token, so the files need
 * not name it. Ingest answers 202 only after Kafka acknowledged the write.
 */
public final class IngestClient {
    public static final String ARTICLES_PATH = "/v1/articles";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    /** Ingest's answer: status and body as sent (JSON for every status ingest itself produces). */
    public record Answer(int status, String body) {
        public boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient http;
    private final URI baseUrl;
    private final Optional<String> token;

    public IngestClient(HttpClient http, String baseUrl, Optional<String> token) {
        this.http = http;
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.token = token;
    }

    public static IngestClient create(String baseUrl, Optional<String> token) {
        return new IngestClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, token);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * @throws CommandFailedException when ingest cannot be reached at all (as opposed to answering an error)
     */
    public Answer post(SubmissionFile file) throws CommandFailedException, InterruptedException {
        String target = baseUrl + ARTICLES_PATH;
        if (file.kind().rawPage()) {
            target += "?url=" + URLEncoder.encode(file.url().orElseThrow(), StandardCharsets.UTF_8);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", file.kind().contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content()));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body());
        } catch (ConnectException e) {
            throw new CommandFailedException("ingest does not answer at " + baseUrl
                    + " (is ./newsdesk up running? NEWSDESK_INGEST_URL names another address)", e);
        } catch (HttpTimeoutException e) {
            throw new CommandFailedException("ingest at " + baseUrl + " did not answer within " + REQUEST_TIMEOUT.toSeconds()
                    + " s for " + file.path(), e);
        } catch (IOException e) {
            throw new CommandFailedException("posting " + file.path() + " to " + target + " failed: " + e, e);
        }
    }
}
