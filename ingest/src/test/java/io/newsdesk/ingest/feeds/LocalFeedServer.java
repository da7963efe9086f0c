package io.newsdesk.ingest.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves feed documents on 127.0.0.1 (JDK HttpServer, free port) and records what each request sent,
 * answering conditional GETs as a real server would: 304 when the client's validator matches.
 */
final class LocalFeedServer implements AutoCloseable {

    /** One path's answer; {@code etag} / {@code lastModified} null when the server sends none. */
    record Document(int status, String contentType, byte[] body, String etag, String lastModified,
                    Map<String, String> headers) {
        static Document feed(byte[] body, String contentType) {
            return new Document(200, contentType, body, null, null, Map.of());
        }

        static Document status(int status, Map<String, String> headers) {
            return new Document(status, "text/plain", ("status " + status).getBytes(), null, null, headers);
        }

        Document withValidators(String newEtag, String newLastModified) {
            return new Document(status, contentType, body, newEtag, newLastModified, headers);
        }
    }

    /** The conditional headers a request carried (null when absent). */
    record Seen(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {
    }

    private final HttpServer server;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();
    private final List<Seen> requests = new CopyOnWriteArrayList<>();

    LocalFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void serve(String path, Document document) {
        documents.put(path, document);
    }

    List<Seen> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        requests.add(new Seen(path, ifNoneMatch, ifModifiedSince, exchange.getRequestHeaders().getFirst("User-Agent")));
        Document doc = documents.get(path);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            if (doc == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            boolean etagMatches = doc.etag() != null && doc.etag().equals(ifNoneMatch);
            boolean dateMatches = doc.etag() == null && doc.lastModified() != null && doc.lastModified().equals(ifModifiedSince);
            if (doc.status() == 200 && (etagMatches || dateMatches)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", doc.contentType());
            if (doc.etag() != null) {
                exchange.getResponseHeaders().set("ETag", doc.etag());
            }
            if (doc.lastModified() != null) {
                exchange.getResponseHeaders().set("Last-Modified", doc.lastModified());
            }
            doc.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(doc.status(), doc.body().length);
            out.write(doc.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
