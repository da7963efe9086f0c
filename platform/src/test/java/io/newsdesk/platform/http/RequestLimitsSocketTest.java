package io.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The limits a reverse proxy would hold requests to, on a real socket: bytes written as a client sends
 * them (HttpClient refuses to send most of these), the answer read until the server closes.
 */
class RequestLimitsSocketTest {
    private HttpApp app;
    private HttpApp strict;

    @BeforeEach
    void start() throws IOException {
        app = server(HttpApp.builder("limits"));
        strict = server(HttpApp.builder("strict").maxHeaderBytes(1024).maxRequestLineBytes(256));
    }

    private static HttpApp server(HttpApp.Builder builder) throws IOException {
        return builder.host("127.0.0.1").port(0).threads(2).stopGraceSeconds(0)
                .get("/page", req -> Response.text(200, "text/plain", "page"))
                .post("/upload", req -> Response.text(200, "text/plain", "got " + req.body(1024).length))
                .start();
    }

    @AfterEach
    void stop() {
        app.close();
        strict.close();
    }

    /** The whole answer as text, or "" when the server closed without one. */
    private static String exchange(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // Read what the server answered before it closed.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            try {
                InputStream in = socket.getInputStream();
                in.transferTo(received);
            } catch (IOException reset) {
                // A reset after the answer: keep what arrived.
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String get(int port, String target, Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return exchange(port, head.append("\r\n").toString(), new byte[0]);
    }

    private static int status(String answer) {
        return answer.startsWith("HTTP/1.1 ") ? Integer.parseInt(answer.substring(9, 12)) : -1;
    }

    @Test
    void aHundredKilobyteHeaderIsAnswered431WithTheReason() throws IOException {
        String answer = get(app.port(), "/page", Map.of("X-Filler", "f".repeat(100 * 1024)));
        assertEquals(431, status(answer), answer);
        assertTrue(answer.contains("\"problems\":[\"the request headers have "), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("connection: close"), answer);
        // The JDK server writes header names in its own case ("X-frame-options").
        HttpApp.SECURITY_HEADERS.forEach((name, value) -> assertTrue(
                answer.toLowerCase(Locale.ROOT).contains((name + ": " + value).toLowerCase(Locale.ROOT)), name));
    }

    @Test
    void manySmallHeadersCountTogether() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < 90; i++) {
            headers.put("X-Cookie-" + i, "c".repeat(200));
        }
        assertEquals(431, status(get(app.port(), "/page", headers)));
    }

    @Test
    void headersJustWithinTheLimitAreServed() throws IOException {
        // Host and Connection are counted too: 2 fields of "Name: value\r\n".
        int used = "Host: 127.0.0.1\r\n".length() + "Connection: close\r\n".length() + "X-Filler: \r\n".length();
        String answer = get(app.port(), "/page", Map.of("X-Filler", "f".repeat(HttpApp.DEFAULT_MAX_HEADER_BYTES - used)));
        assertEquals(200, status(answer), answer);
        assertEquals(431, status(get(app.port(), "/page",
                Map.of("X-Filler", "f".repeat(HttpApp.DEFAULT_MAX_HEADER_BYTES - used + 1)))));
    }

    @Test
    void anOverLongRequestLineIsAnswered414() throws IOException {
        String answer = get(app.port(), "/page?q=" + "q".repeat(HttpApp.DEFAULT_MAX_REQUEST_LINE_BYTES), Map.of());
        assertEquals(414, status(answer), answer);
        assertTrue(answer.contains("the request line has "), answer);
    }

    @Test
    void aRequestLineJustWithinTheLimitIsServed() throws IOException {
        int used = "GET /page?q= HTTP/1.1".length();
        assertEquals(200, status(get(app.port(), "/page?q=" + "q".repeat(HttpApp.DEFAULT_MAX_REQUEST_LINE_BYTES - used), Map.of())));
        assertEquals(414, status(get(app.port(), "/page?q=" + "q".repeat(HttpApp.DEFAULT_MAX_REQUEST_LINE_BYTES - used + 1), Map.of())));
    }

    @Test
    void anOversizeBodyIsStill413() throws IOException {
        byte[] body = new byte[2048];
        String answer = exchange(app.port(), "POST /upload HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Length: " + body.length + "\r\n\r\n", body);
        assertEquals(413, status(answer), answer);
    }

    @Test
    void theLimitsAreChosenPerServer() throws IOException {
        assertEquals(200, status(get(app.port(), "/page", Map.of("X-Filler", "f".repeat(2048)))));
        assertEquals(431, status(get(strict.port(), "/page", Map.of("X-Filler", "f".repeat(2048)))));
        assertEquals(414, status(get(strict.port(), "/page?q=" + "q".repeat(300), Map.of())));
    }

    @Test
    void aHeaderBeyondTheJdkCapIsRefusedNeverServed() throws IOException {
        // Beyond 380 KB the JDK server itself stops reading: refused or cut, never routed.
        String answer = get(app.port(), "/page", Map.of("X-Filler", "f".repeat(4 * 1024 * 1024)));
        assertTrue(status(answer) == -1 || status(answer) == 431 || status(answer) == 400, answer);
    }

    @Test
    void theServerServesAgainAfterARefusal() throws IOException {
        assertEquals(431, status(get(app.port(), "/page", Map.of("X-Filler", "f".repeat(100 * 1024)))));
        assertEquals(200, status(get(app.port(), "/page", Map.of())));
    }
}
