package io.newsdesk.ingest.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.auth.TokenTable;
import io.newsdesk.ingest.http.BrokerStatus;
import io.newsdesk.ingest.http.HealthEndpoint;
import io.newsdesk.ingest.http.IngestRoutes;
import io.newsdesk.ingest.http.SubmissionEndpoint;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.platform.articles.ArticleVersions;
import io.newsdesk.platform.articles.SubmissionRules;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.submission.RawPage;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Ingest's real HTTP routes ({@link IngestRoutes}: authenticator, parser, intake) over a
 * {@link MockProducer} instead of a broker, and the invariants every answer must keep:
 * <ul>
 *   <li>the status is 2xx or 4xx, never 5xx;</li>
 *   <li>a 4xx is a JSON error naming at least one problem, and writes nothing;</li>
 *   <li>a 202 wrote exactly one submission, for the article it answered, with the version the log
 *       gives it (its offset + 1, above every earlier answer for the article), as the token's source,
 *       and the submission decodes, passes validation again, and passes the rules enrich holds every
 *       submitted record to ({@link SubmissionRules#problems}).</li>
 * </ul>
 * The app also listens on a real socket (127.0.0.1, a free port) for the socket-level tests.
 */
final class IngestUnderFuzz implements AutoCloseable {
    static final int MAX_BODY = 256 * 1024;
    static final int HTTP_THREADS = 4;
    private static final String NAME = "ingest-fuzz";

    private final Topics topics = Topics.withPrefix("fuzz-");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final Clock clock = Clock.fixed(SubmissionArbitraries.NOW, ZoneOffset.UTC);
    private final SubmissionParser parser = new SubmissionParser(clock);
    /** The last version answered per article: versions must only grow. */
    private final Map<String, Long> lastAccepted = new HashMap<>();
    private final HttpApp app;

    IngestUnderFuzz() throws IOException {
        TokenTable tokens = TokenTable.empty()
                .with(SubmissionArbitraries.COURIER, SubmissionArbitraries.COURIER_TOKEN)
                .with(SubmissionArbitraries.POST, SubmissionArbitraries.POST_TOKEN);
        SubmissionIntake intake = new SubmissionIntake(producer, topics, clock, Duration.ofSeconds(5), UUID::randomUUID);
        Authenticator authenticator = new Authenticator(tokens);
        app = IngestRoutes.register(HttpApp.builder(NAME),
                        new SubmissionEndpoint(authenticator, parser, intake, MAX_BODY),
                        new HealthEndpoint(() -> BrokerStatus.up("mock producer"), authenticator))
                .host("127.0.0.1").port(0).threads(HTTP_THREADS).start();
    }

    int port() {
        return app.port();
    }

    int recordsWritten() {
        return producer.history().size();
    }

    /** How many records were written for one article (keyed by its id) so far. */
    synchronized long recordsFor(String articleId) {
        return producer.history().stream().filter(r -> articleId.equals(r.key())).count();
    }

    /**
     * True when every request thread of the server waits for work: no handler is running, so no record
     * is still on its way. A request the server cut can still be in its handler after its client saw
     * the connection close (see SocketAbuseTest), and its record lands whenever that handler finishes.
     */
    boolean requestThreadsIdle() {
        String prefix = NAME + "-http-";
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith(prefix))
                .allMatch(e -> waitingForWork(e.getValue()));
    }

    private static boolean waitingForWork(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals("java.util.concurrent.ThreadPoolExecutor") && frame.getMethodName().equals("getTask")) {
                return true;
            }
        }
        return false;
    }

    /** Answers the request in-process and checks every invariant; returns the status. */
    synchronized int submit(FuzzRequest request) {
        int before = producer.history().size();
        Request in = Request.of("POST", request.pathAndQuery(), Map.of(), request.headers(), request.body());
        Response response = app.handle(in);
        check(request, response.status(), response.bodyText(), before);
        return response.status();
    }

    /** Checks an answer that came over a socket (or in-process) against the records written since {@code before}. */
    synchronized void check(FuzzRequest request, int status, String body, int before) {
        List<ProducerRecord<String, byte[]>> written = producer.history().subList(before, producer.history().size());
        if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
            throw new AssertionError("status " + status + " (only 2xx and 4xx allowed) for " + request + "\nanswer: " + body);
        }
        if (status >= 400) {
            JsonNode error = json(body, request);
            JsonNode problems = error.get("problems");
            if (problems == null || !problems.isArray() || problems.isEmpty() || error.path("status").asInt() != status
                    || !error.path("error").isTextual()) {
                throw new AssertionError("a " + status + " must be a JSON error naming its problems, was " + body
                        + "\nfor " + request);
            }
            if (!written.isEmpty()) {
                throw new AssertionError("a " + status + " wrote " + written.size() + " record(s) for " + request);
            }
            return;
        }
        if (status != 202) {
            throw new AssertionError("unexpected success status " + status + " for " + request);
        }
        if (request.mustBeRefused()) {
            throw new AssertionError("accepted a request that was built to be invalid: " + request + "\nanswer: " + body);
        }
        checkAccepted(request, json(body, request), written);
    }

    private void checkAccepted(FuzzRequest request, JsonNode answer, List<ProducerRecord<String, byte[]>> written) {
        String articleId = answer.path("articleId").asText();
        long version = answer.path("version").asLong();
        if (written.size() != 1 || !written.get(0).topic().equals(topics.submitted().name())) {
            throw new AssertionError("a 202 must write one submission; wrote " + written + " for " + request);
        }
        Submission submission = topics.submitted().valueSerde().deserializer()
                .deserialize(topics.submitted().name(), written.get(0).value());
        // MockProducer numbers one partition's records from offset 0: this is record number recordsWritten().
        long offset = producer.history().size() - 1;
        String why = null;
        if (!articleId.equals(written.get(0).key()) || !articleId.equals(submission.getArticleId())) {
            why = "articleId of answer, key and submission differ";
        } else if (submission.getVersion() != ArticleVersions.ASSIGNED_BY_THE_LOG) {
            why = "the submission must leave its version to the log, carries " + submission.getVersion();
        } else if (version != ArticleVersions.fromOffset(offset)) {
            why = "answered version " + version + " is not the record's offset " + offset + " + 1";
        } else if (!articleId.equals(ArticleIds.of(submission.getSource(), submission.getExternalId()))) {
            why = "articleId is not derived from source and externalId";
        } else if (!submission.getSource().equals(sourceOfToken(request))) {
            why = "written as source " + submission.getSource() + " by the token of " + sourceOfToken(request);
        } else if (lastAccepted.getOrDefault(articleId, 0L) >= version) {
            why = "version " + version + " is not above the last accepted " + lastAccepted.get(articleId);
        }
        if (why == null) {
            why = revalidate(submission);
        }
        if (why == null) {
            // Enrich holds every record on articles.submitted to the contract's rules and dead-letters what
            // breaks them: an article ingest acknowledged must pass them, or it is never published.
            // Enrich checks the record after the log gave it its version (offset + 1), as here.
            Submission asEnrichSeesIt = Submission.newBuilder(submission).setVersion(version).build();
            List<String> enrichWouldRefuse = SubmissionRules.problems(asEnrichSeesIt, clock.instant());
            if (!enrichWouldRefuse.isEmpty()) {
                why = "ingest accepted a submission that enrich would dead-letter: " + enrichWouldRefuse;
            }
        }
        if (why != null) {
            throw new AssertionError(why + ": " + submission + "\nfor " + request);
        }
        lastAccepted.put(articleId, version);
    }

    /**
     * Feeds the written submission back through the parser, as the client would have to send it: it
     * must be valid and come out with the same fields. Catches anything the parser let through that
     * it would refuse on a second look (a control character, an out-of-range date, ...).
     */
    private String revalidate(Submission s) {
        ParseResult again;
        if (s.getChannel() == SubmissionChannel.RAW_PAGE) {
            again = parser.parseRawPage(new RawPage(s.getBody().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    s.getBodyFormat(), s.getSource(), s.getUrl(), s.getExternalId()), null);
        } else {
            ObjectNode json = Json.mapper().createObjectNode();
            json.put("source", s.getSource());
            json.put("externalId", s.getExternalId());
            json.put("headline", s.getHeadline());
            json.put("body", s.getBody());
            json.put("bodyFormat", s.getBodyFormat().name());
            json.put("byline", s.getByline());
            json.put("url", s.getUrl());
            json.put("language", s.getLanguage());
            json.put("section", s.getSection());
            json.put("firstCreated", s.getFirstCreated() == null ? null : s.getFirstCreated().toString());
            json.put("embargoedUntil", s.getEmbargoedUntil() == null ? null : s.getEmbargoedUntil().toString());
            json.put("pubStatus", s.getPubStatus().name());
            json.put("correctionNote", s.getCorrectionNote());
            again = parser.parseJson(Json.writeBytes(json), null);
        }
        if (again instanceof ParseResult.Invalid invalid) {
            return "the written submission does not pass validation again: " + invalid.problems();
        }
        ParsedSubmission p = ((ParseResult.Valid) again).submission();
        ParsedSubmission expected = new ParsedSubmission(s.getSource(), s.getExternalId(), s.getChannel(), s.getHeadline(),
                s.getBody(), s.getBodyFormat(), s.getByline(), s.getUrl(), s.getLanguage(), s.getSection(),
                s.getFirstCreated(), s.getEmbargoedUntil(), s.getPubStatus(), s.getCorrectionNote(), OptionalLong.empty());
        return p.equals(expected) ? null : "validating the written submission again changes it: " + p;
    }

    private static String sourceOfToken(FuzzRequest request) {
        String auth = request.headers().getOrDefault("Authorization", "");
        return auth.contains(SubmissionArbitraries.POST_TOKEN) ? SubmissionArbitraries.POST : SubmissionArbitraries.COURIER;
    }

    /** GET /health in-process: the routes still answer and say UP. */
    void assertHealthy() {
        Response health = app.handle(Request.of("GET", IngestRoutes.HEALTH, Map.of(), Map.of(), new byte[0]));
        if (health.status() != 200 || !health.bodyText().contains("\"UP\"")) {
            throw new AssertionError("ingest is not healthy after fuzzing: " + health.status() + " " + health.bodyText());
        }
    }

    private static JsonNode json(String body, FuzzRequest request) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("answer is not JSON: " + body + "\nfor " + request, e);
        }
    }

    @Override
    public void close() {
        app.close();
    }

    /** Counts answers per status code, for the printed summary. */
    static final class StatusCounts {
        private final Map<Integer, Integer> counts = new TreeMap<>();

        synchronized void add(int status) {
            counts.merge(status, 1, Integer::sum);
        }

        synchronized int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        synchronized int of(int status) {
            return counts.getOrDefault(status, 0);
        }

        @Override
        public synchronized String toString() {
            return counts.toString();
        }
    }
}
