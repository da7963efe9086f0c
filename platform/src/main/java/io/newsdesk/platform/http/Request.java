package io.newsdesk.platform.http;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An HTTP request as handlers see it: path parameters resolved, query parsed, body read on demand. */
public final class Request {
    private final String method;
    private final URI uri;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final InputStream body;

    Request(String method, URI uri, Map<String, String> pathParams, Headers headers, InputStream body) {
        this.method = method;
        this.uri = uri;
        this.pathParams = Map.copyOf(pathParams);
        this.query = parseQuery(uri.getRawQuery());
        this.headers = headers;
        this.body = body;
    }

    /** For handler unit tests. */
    public static Request of(String method, String uri, Map<String, String> pathParams, Map<String, String> headers, byte[] body) {
        Headers h = new Headers();
        headers.forEach(h::add);
        return new Request(method, URI.create(uri), pathParams, h, new java.io.ByteArrayInputStream(body));
    }

    /** The same request with the path parameters of the route that matched it. */
    Request withPathParams(Map<String, String> params) {
        return new Request(method, uri, params, headers, body);
    }

    public String method() {
        return method;
    }

    public String path() {
        return uri.getPath();
    }

    /** The path as sent, still percent-encoded. */
    public String rawPath() {
        return uri.getRawPath();
    }

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no path parameter " + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public Map<String, List<String>> queryParams() {
        return query;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** The media type of the body, lower case, without parameters; empty when absent. */
    public String mediaType() {
        return header("Content-Type")
                .map(ct -> ct.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }

    /** Reads the whole body; a body larger than {@code limit} bytes is refused with 413 without reading it all. */
    public byte[] body(int limit) {
        Optional<String> declared = header("Content-Length");
        if (declared.isPresent()) {
            try {
                if (Long.parseLong(declared.get().strip()) > limit) {
                    throw new HttpError(413, "body too large", List.of("body: larger than the limit of " + limit + " bytes"));
                }
            } catch (NumberFormatException e) {
                throw new HttpError(400, "bad Content-Length", List.of("Content-Length: not a number"));
            }
        }
        try {
            byte[] bytes = body.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new HttpError(413, "body too large", List.of("body: larger than the limit of " + limit + " bytes"));
            }
            return bytes;
        } catch (IOException e) {
            throw new HttpError(400, "body could not be read", List.of("body: " + e.getMessage()));
        }
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return map;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new HttpError(400, "malformed query string", List.of("query: " + e.getMessage()));
            }
        }
        return map;
    }
}
