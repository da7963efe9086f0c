package io.newsdesk.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.ingest.auth.Authenticator;
import io.newsdesk.ingest.auth.TokenTable;
import io.newsdesk.ingest.intake.SubmissionIntake;
import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionEndpointTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final String COURIER_TOKEN = "courier-secret-0123456789";
    private static final String POST_TOKEN = "post-secret-abcdefghijkl";
    private static final int MAX_BODY = 4096;
    private static final String ARTICLE = """
            {"externalId": "hc-77", "headline": "Library opens late on Thursdays",
             "body": "From next week the central library stays open until nine."}""";

    private final Topics topics = Topics.withPrefix("unit-");
    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
    private final List<HttpApp> apps = new ArrayList<>();
    // Closing an HttpApp takes about a second (the JDK server's stop delay), so the three
    // configurations are started once for the class; tests keep apart by using their own externalIds.
    private HttpApp withTokens;
    private HttpApp devMode;
    private HttpApp brokerDown;

    @BeforeAll
    void startApps() throws Exception {
        withTokens = app(TokenTable.empty().with("harbour-courier", COURIER_TOKEN).with("valley-post", POST_TOKEN),
                () -> BrokerStatus.up("ok"));
        devMode = app(TokenTable.empty(), () -> BrokerStatus.up("ok"));
        brokerDown = app(TokenTable.empty(), () -> BrokerStatus.down("no answer"));
    }

    @BeforeEach
    void resetProducer() {
        producer.clear();
        producer.sendException = null;
    }

    @AfterAll
    void closeApps() {
        apps.forEach(HttpApp::close);
    }

    private HttpApp app(TokenTable tokens, BrokerProbe probe) throws Exception {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SubmissionIntake intake = new SubmissionIntake(producer, topics, clock, Duration.ofSeconds(5), UUID::randomUUID);
        Authenticator authenticator = new Authenticator(tokens);
        HttpApp app = IngestRoutes.register(HttpApp.builder("ingest-test"),
                new SubmissionEndpoint(authenticator, new SubmissionParser(clock), intake, MAX_BODY),
                new HealthEndpoint(probe, authenticator)).host("127.0.0.1").port(0).threads(2).start();
        apps.add(app);
        return app;
    }

    private static String article(String externalId) {
        return ARTICLE.replace("hc-77", externalId);
    }

    private static Request post(String uri, String contentType, String token, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        return Request.of("POST", uri, Map.of(), headers, body);
    }

    private static Request postJson(String token, String json) {
        return post("/v1/articles", "application/json", token, json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode json(Response response) throws Exception {
        return Json.mapper().readTree(response.body());
    }

    private List<Submission> written() {
        List<Submission> out = new ArrayList<>();
        for (ProducerRecord<String, byte[]> r : producer.history()) {
            if (r.topic().equals(topics.submitted().name())) {
                out.add(topics.submitted().valueSerde().deserializer().deserialize(r.topic(), r.value()));
            }
        }
        return out;
    }

    private static List<String> problems(Response response) throws Exception {
        List<String> out = new ArrayList<>();
        json(response).get("problems").forEach(p -> out.add(p.asText()));
        return out;
    }

    @Test
    void acceptedSubmissionAnswers202WithIdVersionAndSubmissionId() throws Exception {
        Response response = withTokens.handle(postJson(COURIER_TOKEN, ARTICLE));

        assertEquals(202, response.status(), response.bodyText());
        JsonNode body = json(response);
        String articleId = ArticleIds.of("harbour-courier", "hc-77");
        assertEquals(articleId, body.get("articleId").asText());
        assertTrue(body.get("version").asLong() >= 1, "the log's version: the record's offset + 1");
        Submission written = written().get(0);
        assertEquals(written.getSubmissionId(), body.get("submissionId").asText());
        assertEquals("harbour-courier", written.getSource(), "source taken from the token");
        assertEquals("Library opens late on Thursdays", written.getHeadline());
        assertEquals(1, written().size());
    }

    @Test
    void resubmissionAnswersAHigherVersion() throws Exception {
        HttpApp app = withTokens;
        long first = json(app.handle(postJson(COURIER_TOKEN, article("hc-resubmit")))).get("version").asLong();
        Response second = app.handle(postJson(COURIER_TOKEN, article("hc-resubmit")));
        assertEquals(202, second.status());
        assertTrue(json(second).get("version").asLong() > first, second.bodyText());
    }

    @Test
    void aVersionInTheRequestIsTheBaseOfTheUpdateAndIsAcceptedForPublishToCheck() throws Exception {
        // Ingest cannot know the article's latest version (any instance, any Kafka writer may have moved it):
        // the base travels with the submission and publish refuses it there if it is out of date.
        Response response = withTokens.handle(postJson(COURIER_TOKEN,
                article("hc-based").replace("}", ", \"version\": 4}")));
        assertEquals(202, response.status(), response.bodyText());
        assertEquals(4L, written().get(0).getExpectedVersion());
    }

    @Test
    void aVersionThatCanNeverBeABaseIs400AndWritesNothing() throws Exception {
        Response response = withTokens.handle(postJson(COURIER_TOKEN,
                article("hc-negative").replace("}", ", \"version\": -3}")));
        assertEquals(400, response.status());
        assertEquals(List.of("version: must be a whole number of 0 or more: the version this update is based on "
                + "(0 for a new article), as ingest answered it"), problems(response));
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void missingTokenIs401WithABearerChallenge() throws Exception {
        Response response = withTokens.handle(postJson(null, ARTICLE));
        assertEquals(401, response.status());
        assertEquals("Bearer realm=\"newsdesk-ingest\"", response.headers().get("WWW-Authenticate"));
        assertEquals("unauthorized", json(response).get("error").asText());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void unknownTokenIs401() throws Exception {
        Response response = withTokens.handle(postJson("guessed-token-0000000000", ARTICLE));
        assertEquals(401, response.status());
        assertEquals("Bearer realm=\"newsdesk-ingest\", error=\"invalid_token\"", response.headers().get("WWW-Authenticate"));
    }

    @Test
    void unauthenticatedRequestsAreRefusedBeforeTheirContentIsLookedAt() throws Exception {
        Response response = withTokens.handle(post("/v1/articles", "application/xml", null, "<a/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(401, response.status());
    }

    @Test
    void jsonSourceOfAnotherSourceIs403() throws Exception {
        Response response = withTokens.handle(postJson(POST_TOKEN, ARTICLE.replace("{", "{\"source\": \"harbour-courier\", ")));
        assertEquals(403, response.status());
        assertEquals(List.of("source: this token belongs to source valley-post and may not submit as harbour-courier"),
                problems(response));
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void forbiddenSourceWinsOverValidationProblems() throws Exception {
        Response response = withTokens.handle(postJson(POST_TOKEN, "{\"source\": \"harbour-courier\", \"body\": 3}"));
        assertEquals(403, response.status());
    }

    @Test
    void querySourceOfAnotherSourceIs403() throws Exception {
        Response response = withTokens.handle(post("/v1/articles?source=harbour-courier&url=https://courier.example/x",
                "text/html", POST_TOKEN, "<p>x</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(403, response.status());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void querySourceOfAnotherSourceIs403ForJsonToo() throws Exception {
        Response response = withTokens.handle(post("/v1/articles?source=harbour-courier", "application/json", POST_TOKEN,
                article("vp-query").getBytes(StandardCharsets.UTF_8)));
        assertEquals(403, response.status());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void invalidSubmissionIs400NamingEachProblemAndWritesNothing() throws Exception {
        Response response = withTokens.handle(postJson(COURIER_TOKEN, "{\"headline\": 5, \"body\": \"\", \"pubStatus\": \"gone\"}"));
        assertEquals(400, response.status());
        assertEquals("invalid submission", json(response).get("error").asText());
        assertEquals(List.of("externalId: required", "headline: must be a string", "body: must not be empty",
                "pubStatus: must be one of \"usable\", \"withheld\", \"canceled\""), problems(response));
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void brokenJsonIs400() throws Exception {
        Response response = withTokens.handle(postJson(COURIER_TOKEN, "{\"headline\": "));
        assertEquals(400, response.status());
        assertTrue(problems(response).get(0).startsWith("request: not valid JSON"));
    }

    @Test
    void bodyOverTheLimitIs413AndWritesNothing() throws Exception {
        String big = ARTICLE.replace("nine.", "nine." + "x".repeat(MAX_BODY));
        Response response = withTokens.handle(postJson(COURIER_TOKEN, big));
        assertEquals(413, response.status());
        assertEquals(List.of("body: larger than the limit of 4096 bytes"), problems(response));
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void unsupportedMediaTypesAre415() throws Exception {
        HttpApp app = withTokens;
        byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
        Response xml = app.handle(post("/v1/articles", "application/xml", COURIER_TOKEN, bytes));
        assertEquals(415, xml.status());
        assertEquals(List.of("Content-Type: application/xml is not supported, use one of application/json, text/html, text/plain"),
                problems(xml));
        assertEquals(415, app.handle(post("/v1/articles", null, COURIER_TOKEN, bytes)).status());
        assertEquals(415, app.handle(post("/v1/articles", "application/json; charset=ISO-8859-1", COURIER_TOKEN, bytes)).status());
        assertEquals(415, app.handle(post("/v1/articles", "text/html; charset=no-such-charset", COURIER_TOKEN, bytes)).status());
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void rawPageIsAcceptedAsRawPageSubmission() throws Exception {
        String page = "<html><nav>Home</nav><article><h1>Market moves</h1><p>The market moves to the square.</p></article></html>";
        String url = "https://courier.example/local/market?id=5";
        Response response = withTokens.handle(post("/v1/articles?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8),
                "text/html; charset=utf-8", COURIER_TOKEN, page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(202, response.status(), response.bodyText());
        assertEquals(ArticleIds.of("harbour-courier", url), json(response).get("articleId").asText());
        Submission written = written().get(0);
        assertEquals(SubmissionChannel.RAW_PAGE, written.getChannel());
        assertEquals(BodyFormat.HTML, written.getBodyFormat());
        assertNull(written.getHeadline());
        assertEquals(page, written.getBody());
        assertEquals(url, written.getUrl());
        assertEquals(url, written.getExternalId());
    }

    @Test
    void rawTextPageWithoutUrlIs400() throws Exception {
        Response response = withTokens.handle(post("/v1/articles", "text/plain", COURIER_TOKEN,
                "Some text".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, response.status());
        assertEquals(List.of("url: required (query parameter ?url=)"), problems(response));
    }

    @Test
    void brokerFailureIs503AndNeverClaimsSuccess() throws Exception {
        producer.sendException = new TimeoutException("metadata not available");
        Response response = withTokens.handle(postJson(COURIER_TOKEN, ARTICLE));
        assertEquals(503, response.status());
        assertEquals("5", response.headers().get("Retry-After"));
        JsonNode body = json(response);
        assertTrue(body.get("error").asText().startsWith("not accepted"), body.toString());
        assertNull(body.get("articleId"));
    }

    @Test
    void withoutTokensAnyRequestIsAcceptedWithTheSourceItNames() throws Exception {
        HttpApp app = devMode;
        Response named = app.handle(postJson(null, article("hc-dev").replace("{", "{\"source\": \"dev-source\", ")));
        assertEquals(202, named.status(), named.bodyText());
        assertEquals("dev-source", written().get(0).getSource());

        Response unnamed = app.handle(postJson(null, ARTICLE));
        assertEquals(400, unnamed.status());
        assertEquals(List.of("source: required"), problems(unnamed));
    }

    @Test
    void healthIsUpWhenTheBrokerIsAndSaysWhetherAuthIsOn() throws Exception {
        Response up = withTokens.handle(Request.of("GET", "/health", Map.of(), Map.of(), new byte[0]));
        assertEquals(200, up.status());
        assertEquals("UP", json(up).get("status").asText());
        assertEquals(HealthEndpoint.AUTH_TOKENS, json(up).get("auth").asText());

        Response down = brokerDown.handle(Request.of("GET", "/health", Map.of(), Map.of(), new byte[0]));
        assertEquals(503, down.status());
        assertEquals("DOWN", json(down).get("status").asText());
        assertEquals("no answer", json(down).get("kafka").get("detail").asText());
        assertEquals(HealthEndpoint.AUTH_DISABLED, json(down).get("auth").asText());
    }

    @Test
    void overARealSocketTheChallengeHeaderAndTheAcceptanceArrive() throws Exception {
        HttpApp app = withTokens;
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + app.port() + "/v1/articles");

        HttpResponse<String> unauthorized = client.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(article("hc-socket"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, unauthorized.statusCode());
        assertEquals("Bearer realm=\"newsdesk-ingest\"", unauthorized.headers().firstValue("WWW-Authenticate").orElseThrow());

        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + COURIER_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(article("hc-socket"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals(ArticleIds.of("harbour-courier", "hc-socket"),
                Json.mapper().readTree(accepted.body()).get("articleId").asText());
        assertEquals("nosniff", accepted.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }
}
