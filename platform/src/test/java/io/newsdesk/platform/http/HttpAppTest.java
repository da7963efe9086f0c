package io.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpAppTest {
    private HttpApp app;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        app = HttpApp.builder("test").host("127.0.0.1").port(0).threads(2).stopGraceSeconds(0)
                .get("/articles/{slug}", req -> Response.text(200, "text/plain", "slug=" + req.pathParam("slug")))
                .post("/echo", req -> Response.text(200, "text/plain", new String(req.body(8))))
                .get("/refuse", req -> {
                    throw new HttpError(422, "cannot", List.of("a: bad", "b: worse"));
                })
                .get("/crash", req -> {
                    throw new IllegalStateException("secret internal detail");
                })
                .start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pathParametersAreDecoded() throws Exception {
        HttpResponse<String> r = get("/articles/court-rules%20today");
        assertEquals(200, r.statusCode());
        assertEquals("slug=court-rules today", r.body());
    }

    @Test
    void pathParametersAreDecodedExactlyOnce() throws Exception {
        assertEquals("slug=a%20b+c", get("/articles/a%2520b+c").body());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/articles/x", "/nowhere", "/crash")) {
            HttpResponse<String> r = get(path);
            HttpApp.SECURITY_HEADERS.forEach((name, value) ->
                    assertEquals(value, r.headers().firstValue(name).orElse(null), path + " " + name));
        }
    }

    @Test
    void anHttpErrorIsAnsweredWithItsStatusAndEveryProblem() throws Exception {
        HttpResponse<String> r = get("/refuse");
        assertEquals(422, r.statusCode());
        JsonNode body = Json.mapper().readTree(r.body());
        assertEquals("cannot", body.get("error").asText());
        assertEquals("a: bad", body.get("problems").get(0).asText());
        assertEquals("b: worse", body.get("problems").get(1).asText());
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternals() throws Exception {
        HttpResponse<String> r = get("/crash");
        assertEquals(500, r.statusCode());
        assertFalse(r.body().contains("secret internal detail"), r.body());
    }

    @Test
    void unknownPathsAre404AndWrongMethods405() throws Exception {
        assertEquals(404, get("/nowhere").statusCode());
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/echo")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> ok = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofString("12345678")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("12345678", ok.body());
        HttpResponse<String> big = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/echo"))
                .POST(HttpRequest.BodyPublishers.ofString("123456789")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, big.statusCode());
        assertTrue(big.body().contains("limit of 8 bytes"), big.body());
    }

    @Test
    void serversAnswerWithoutNagleDelayAndCutStalledRequests() {
        // set by HttpApp's static initializer unless the operator chose otherwise
        assertEquals("true", System.getProperty(HttpApp.NO_DELAY_PROPERTY));
        assertEquals("5", System.getProperty(HttpApp.MAX_REQUEST_SECONDS_PROPERTY));
    }

    @Test
    void handleAnswersWithoutASocket() {
        Response r = app.handle(Request.of("GET", "/articles/a%20b?x=1", Map.of(), Map.of(), new byte[0]));
        assertEquals("slug=a b", r.bodyText());
        assertEquals(404, app.handle(Request.of("GET", "/elsewhere", Map.of(), Map.of(), new byte[0])).status());
    }
}
