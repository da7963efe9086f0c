package io.newsdesk.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for ingest's {@code POST /v1/articles} on a free local port, for the commands that post to it:
 * it records every request and answers 202 with an accepted article, or 400 with {@code problem} when the
 * body contains REFUSE.
 */
final class IngestStandIn implements AutoCloseable {
    /** One request as the stand-in received it. */
    record Received(String query, String contentType, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private IngestStandIn(HttpServer server) {
        this.server = server;
    }

    static IngestStandIn start(String problem) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        IngestStandIn standIn = new IngestStandIn(server);
        byte[] refusal = ("{\"error\":\"invalid submission\",\"status\":400,\"problems\":[\"" + problem + "\"]}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] accepted = "{\"articleId\":\"a1\",\"version\":1}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/v1/articles", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            standIn.received.add(new Received(exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            boolean refused = body.contains("REFUSE");
            byte[] answer = refused ? refusal : accepted;
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(refused ? 400 : 202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return standIn;
    }

    /** What was received so far, in order; tests may clear it between runs. */
    List<Received> received() {
        return received;
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
