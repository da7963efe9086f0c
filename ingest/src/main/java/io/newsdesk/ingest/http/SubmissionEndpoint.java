package io.newsdesk.ingest.http;

import io.newsdesk.ingest.auth.AuthenticationFailedException;
import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.auth.Caller;
import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.intake.IntakeUnavailableException;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.RawPage;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.schemas.BodyFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/articles}: a JSON submission ({@code application/json}) or a raw scraped page
 * ({@code text/html} or {@code text/plain}, with {@code ?source=&url=&externalId=}).
 *
 * <p>Checks run cheapest and least revealing first: 401 (who are you), 403 for a source in the
 * query, 415 (what is this), 413 while reading, 400 with every problem, 403 for a source in the JSON, then
 * the write: 202 only after the broker acknowledged, 503 when the broker did not acknowledge. A 4xx
 * never writes anything.
 *
 * <p>The 202 carries the version the log gave the submission. A {@code version} in the JSON is the
 * version the update is based on; there is no 409 for a stale one here, because no ingest instance knows
 * an article's latest version (any number of them write at once, and so may other Kafka writers).
 * Publish, which sees every version in log order, refuses an update based on an older version and
 * dead-letters it with the reason ({@code articles.dlq}).
 */
public final class SubmissionEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionEndpoint.class);
    static final List<String> MEDIA_TYPES = List.of("application/json", "text/html", "text/plain");

    private final Authenticator authenticator;
    private final SubmissionParser parser;
    private final SubmissionIntake intake;
    private final int maxBodyBytes;

    public SubmissionEndpoint(Authenticator authenticator, SubmissionParser parser, SubmissionIntake intake, int maxBodyBytes) {
        this.authenticator = authenticator;
        this.parser = parser;
        this.intake = intake;
        this.maxBodyBytes = maxBodyBytes;
    }

    public Response handle(Request request) {
        Caller caller;
        try {
            caller = authenticator.authenticate(request.header("Authorization"));
        } catch (AuthenticationFailedException e) {
            return HttpApp.error(401, "unauthorized", List.of("Authorization: " + e.getMessage()))
                    .withHeader("WWW-Authenticate", e.challenge());
        }
        Optional<String> querySource = request.query("source");
        if (querySource.isPresent() && !caller.mayActFor(querySource.get())) {
            throw forbidden(caller, querySource.get());
        }
        String mediaType = request.mediaType();
        ParseResult result = switch (mediaType) {
            case "application/json" -> {
                Charset charset = charset(request, StandardCharsets.UTF_8);
                if (!charset.equals(StandardCharsets.UTF_8)) {
                    throw new HttpError(415, "unsupported media type",
                            List.of("Content-Type: JSON must be UTF-8, not " + charset.name()));
                }
                yield parser.parseJson(request.body(maxBodyBytes), caller.impliedSource());
            }
            case "text/html", "text/plain" -> {
                Charset charset = charset(request, StandardCharsets.UTF_8);
                BodyFormat format = mediaType.equals("text/html") ? BodyFormat.HTML : BodyFormat.TEXT;
                RawPage page = new RawPage(request.body(maxBodyBytes), charset, format, querySource.orElse(null),
                        request.query("url").orElse(null), request.query("externalId").orElse(null));
                yield parser.parseRawPage(page, caller.impliedSource());
            }
            case "" -> throw new HttpError(415, "unsupported media type",
                    List.of("Content-Type: required, one of " + String.join(", ", MEDIA_TYPES)));
            default -> throw new HttpError(415, "unsupported media type",
                    List.of("Content-Type: " + mediaType + " is not supported, use one of " + String.join(", ", MEDIA_TYPES)));
        };
        if (result.declaredSource().isPresent() && !caller.mayActFor(result.declaredSource().get())) {
            throw forbidden(caller, result.declaredSource().get());
        }
        if (result instanceof ParseResult.Invalid invalid) {
            throw new HttpError(400, "invalid submission", invalid.problems());
        }
        ParseResult.Valid valid = (ParseResult.Valid) result;
        try {
            Accepted accepted = intake.submit(valid.submission());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("articleId", accepted.articleId());
            body.put("version", accepted.version());
            body.put("submissionId", accepted.submissionId());
            return Response.json(202, body);
        } catch (IntakeUnavailableException e) {
            LOG.warn("submission not accepted, answering 503: {}", e.getMessage(), e);
            return HttpApp.error(503, "not accepted: the broker did not acknowledge the write; retry later",
                    List.of(e.getMessage())).withHeader("Retry-After", "5");
        }
    }

    private static HttpError forbidden(Caller caller, String declared) {
        return new HttpError(403, "forbidden", List.of("source: this token belongs to source "
                + caller.impliedSource() + " and may not submit as " + declared));
    }

    /** The charset parameter of Content-Type; 415 for one this JVM does not know. */
    private static Charset charset(Request request, Charset fallback) {
        String contentType = request.header("Content-Type").orElse("");
        for (String param : contentType.split(";")) {
            String p = param.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new HttpError(415, "unsupported media type", List.of("Content-Type: unknown charset " + name));
                }
            }
        }
        return fallback;
    }
}
