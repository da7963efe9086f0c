package io.newsdesk.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.platform.http.HttpApp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * The site on a real HTTP server on a free local port, so tests exercise routing, status codes and
 * headers as a browser or feed reader sees them. No Kafka: tests fill the index directly.
 */
public final class SiteUnderTest implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2025-03-14T22:00:00Z");
    public static final String BASE_URL = "https://news.example.org";

    public final TestIndex index = new TestIndex(Clock.fixed(NOW, ZoneOffset.UTC));
    public final SiteConfig config;
    private final HttpApp app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SiteUnderTest() {
        this(3);
    }

    public SiteUnderTest(int pageSize) {
        config = new SiteConfig("Harlow Courts Daily", BASE_URL, ZoneId.of("America/New_York"), pageSize);
        HttpApp.Builder builder = HttpApp.builder("site-test").host("127.0.0.1").port(0).threads(4);
        new Site(index.index, config, Clock.fixed(NOW, ZoneOffset.UTC)).register(builder);
        try {
            app = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the test server", e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** GETs a JSON answer, checks its status and type, and parses it. */
    public JsonNode json(String path, int expectedStatus) throws IOException {
        HttpResponse<String> response = get(path);
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        assertEquals("application/json; charset=utf-8", contentType(response));
        return new ObjectMapper().readTree(response.body());
    }

    /** The items' ninjs uris of an API page. */
    public static List<String> uris(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("uri").asText()));
        return out;
    }

    /** Parses XML as a strict, namespace-aware reader would (no DTDs): feeds and sitemaps must pass. */
    public static Document xml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    public String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /**
     * Stops the server on a background thread: on JDK 17 {@code HttpServer.stop} waits out its whole
     * grace period even when idle (JDK-8304065, fixed in 22), which would add a second to every test.
     * The listening socket is closed at once either way, so no test sees another's server.
     */
    @Override
    public void close() {
        Thread stopper = new Thread(() -> {
            app.close();
            index.close();
        }, "site-test-stop");
        stopper.setDaemon(true);
        stopper.start();
    }
}
