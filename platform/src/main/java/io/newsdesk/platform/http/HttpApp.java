package io.newsdesk.platform.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP server on the JDK's built-in {@code HttpServer}: routes with path parameters
 * ({@code /articles/{slug}}), JSON errors that name each problem, and the same security headers on
 * every answer. A handler's {@link HttpError} becomes its status; anything else is logged with its
 * stack and answered 500 without internals.
 *
 * <p>Requests are held to the limits a reverse proxy in front would hold them to, and refused with the
 * status it would answer: a request line over {@link #DEFAULT_MAX_REQUEST_LINE_BYTES} gets 414, request
 * headers over {@link #DEFAULT_MAX_HEADER_BYTES} in total get 431 (both per server, see {@link Builder});
 * bodies are limited by the handlers that read them (413). The JDK server reads a request's head before any
 * handler runs, up to its own cap ({@code sun.net.httpserver.maxReqHeaderSize}, 380 KB unless set): the
 * memory one request can hold is bounded there, and the status a client sees is decided here.
 */
public final class HttpApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpApp.class);

    /** Sent with every response: no sniffing, no framing, no third-party anything. */
    public static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "strict-origin-when-cross-origin",
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

    /**
     * The JDK server has no read timeout of its own: a client that sends its headers and then stalls
     * holds a request thread for ever, and a handful of them lock every other client out (found by the
     * ingest fuzz tests). {@code sun.net.httpserver.maxReqTime} makes the server close a connection whose
     * request (headers and body) has not fully arrived within that many seconds. Newsroom systems send a
     * submission in milliseconds; 5 s leaves room for a slow link. Set the property yourself (for example
     * in NEWSDESK_JAVA_OPTS) to choose another limit; it must be set before the first server starts.
     */
    public static final String MAX_REQUEST_SECONDS_PROPERTY = "sun.net.httpserver.maxReqTime";

    /**
     * Turns off Nagle's algorithm on the server's sockets. The JDK server writes a response's headers and
     * body as separate small segments; with Nagle on, the body waits for the client's acknowledgement of
     * the headers, which Linux clients delay by up to 40 ms. Every 202 from ingest took ~40 ms longer than
     * its two broker acknowledgements, capping the door at about 1,200 submissions/s with 64 clients; without
     * it the same benchmark did 1,838 to 2,210/s (BENCHMARKS.md). An operator's explicit {@code -D...=false}
     * is kept.
     */
    public static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK reads both once, when the first server of the JVM is created: a static initializer of
        // the class every Newsdesk server goes through runs before that.
        if (System.getProperty(MAX_REQUEST_SECONDS_PROPERTY) == null) {
            System.setProperty(MAX_REQUEST_SECONDS_PROPERTY, "5");
        }
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
    }

    /** Longest request line (method, target, version) served; nginx and Jetty refuse at 8 KB too. */
    public static final int DEFAULT_MAX_REQUEST_LINE_BYTES = 8 * 1024;

    /** Most bytes of request headers (every name, value and line end) served. */
    public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;

    @FunctionalInterface
    public interface Handler {
        Response handle(Request request) throws Exception;
    }

    private record Route(String method, Pattern pattern, List<String> params, Handler handler) {
    }

    private final String name;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes;
    private final int stopGraceSeconds;
    private final RequestLimits limits;

    private HttpApp(String name, HttpServer server, ExecutorService executor, List<Route> routes, int stopGraceSeconds,
                    RequestLimits limits) {
        this.name = name;
        this.server = server;
        this.executor = executor;
        this.routes = routes;
        this.stopGraceSeconds = stopGraceSeconds;
        this.limits = limits;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public static final class Builder {
        private final String name;
        private final List<Route> routes = new ArrayList<>();
        private String host = "0.0.0.0";
        private int port;
        private int threads = 16;
        private int stopGraceSeconds = 1;
        private int maxRequestLineBytes = DEFAULT_MAX_REQUEST_LINE_BYTES;
        private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;

        private Builder(String name) {
            this.name = name;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port; {@link HttpApp#port()} tells which. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * How long {@link HttpApp#close()} lets requests in flight finish. The JDK 17 server always waits
         * the whole grace, so tests that start and stop many servers pass 0.
         */
        public Builder stopGraceSeconds(int seconds) {
            this.stopGraceSeconds = seconds;
            return this;
        }

        /** A longer request line is answered 414 URI Too Long. */
        public Builder maxRequestLineBytes(int bytes) {
            this.maxRequestLineBytes = bytes;
            return this;
        }

        /** More request header bytes than this are answered 431 Request Header Fields Too Large. */
        public Builder maxHeaderBytes(int bytes) {
            this.maxHeaderBytes = bytes;
            return this;
        }

        public Builder get(String path, Handler handler) {
            return route("GET", path, handler);
        }

        public Builder post(String path, Handler handler) {
            return route("POST", path, handler);
        }

        /** {@code path} may hold {@code {name}} segments, matched as one path segment each. */
        public Builder route(String method, String path, Handler handler) {
            List<String> params = new ArrayList<>();
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(path.substring(last, m.start()))).append("([^/]+)");
                params.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(path.substring(last)));
            routes.add(new Route(method, Pattern.compile(regex.toString()), params, handler));
            return this;
        }

        public HttpApp start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
            AtomicInteger n = new AtomicInteger();
            ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, name + "-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            HttpApp app = new HttpApp(name, server, executor, List.copyOf(routes), stopGraceSeconds,
                    new RequestLimits(maxRequestLineBytes, maxHeaderBytes));
            server.createContext("/", app::dispatch);
            server.setExecutor(executor);
            server.start();
            LOG.info("{} listening on http://{}:{}", name, host, server.getAddress().getPort());
            return app;
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Answers a request without a socket: for tests of routing and error mapping. */
    public Response handle(Request request) {
        return route(request.method(), request.rawPath(), request);
    }

    private void dispatch(HttpExchange exchange) {
        Response response = limits.check(exchange.getRequestMethod(), exchange.getRequestURI(), exchange.getProtocol(),
                exchange.getRequestHeaders());
        if (response != null) {
            send(exchange, response);
            return;
        }
        try {
            // Match on the raw path and decode each parameter once: "%2F" in a slug stays inside it.
            String path = exchange.getRequestURI().getRawPath();
            Request request = null;
            response = null;
            for (Route r : routes) {
                Matcher m = r.pattern().matcher(path);
                if (m.matches() && r.method().equals(exchange.getRequestMethod())) {
                    request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(), pathParams(r, m),
                            exchange.getRequestHeaders(), exchange.getRequestBody());
                    response = invoke(r.handler(), request);
                    break;
                }
            }
            if (response == null) {
                response = noRoute(exchange.getRequestMethod(), path);
            }
        } catch (RuntimeException e) {
            response = errorResponse(e, exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        }
        send(exchange, response);
    }

    private Response route(String method, String path, Request request) {
        for (Route r : routes) {
            Matcher m = r.pattern().matcher(path);
            if (m.matches() && r.method().equals(method)) {
                return invoke(r.handler(), request.withPathParams(pathParams(r, m)));
            }
        }
        return noRoute(method, path);
    }

    private static Map<String, String> pathParams(Route route, Matcher matched) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < route.params().size(); i++) {
            params.put(route.params().get(i), decodePathSegment(matched.group(i + 1)));
        }
        return params;
    }

    private Response invoke(Handler handler, Request request) {
        try {
            return handler.handle(request);
        } catch (Exception e) {
            return errorResponse(e, request.method() + " " + request.path());
        }
    }

    /** Percent-decoding for a path segment: unlike form decoding, '+' stays a plus. */
    private static String decodePathSegment(String raw) {
        return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private Response noRoute(String method, String path) {
        boolean pathExists = routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
        if (pathExists) {
            return error(405, "method not allowed", List.of(method + " is not supported on " + path));
        }
        return error(404, "not found", List.of(path));
    }

    private Response errorResponse(Exception e, String what) {
        if (e instanceof HttpError he) {
            return error(he.status(), he.getMessage(), he.problems());
        }
        LOG.error("{} failed on {}", name, what, e);
        return error(500, "internal error", List.of());
    }

    public static Response error(int status, String message, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("status", status);
        body.put("problems", problems);
        return Response.json(status, body);
    }

    private static void send(HttpExchange exchange, Response response) {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            SECURITY_HEADERS.forEach(headers::set);
            headers.set("Content-Type", response.contentType());
            response.headers().forEach(headers::set);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            byte[] body = response.body();
            exchange.sendResponseHeaders(response.status(), head || body.length == 0 ? -1 : body.length);
            if (!head && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // The client went away; nothing to answer.
            LOG.debug("client closed before the response was sent", e);
        }
    }

    @Override
    public void close() {
        server.stop(stopGraceSeconds);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
