package io.newsdesk.platform.http;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The size limits a reverse proxy holds requests to, checked before routing: an over-long request line
 * is answered 414, oversized request headers 431 (RFC 9110 §15.5.15, RFC 6585 §5). Both answers close the
 * connection: the client's next bytes may be the rest of what it was sending.
 */
record RequestLimits(int maxRequestLineBytes, int maxHeaderBytes) {
    RequestLimits {
        if (maxRequestLineBytes < 64 || maxHeaderBytes < 256) {
            throw new IllegalArgumentException("request limits too small to serve anything: request line "
                    + maxRequestLineBytes + " bytes, headers " + maxHeaderBytes + " bytes");
        }
    }

    /** The refusal for a request over a limit, or null when it is within both. */
    Response check(String method, URI target, String protocol, Map<String, List<String>> headers) {
        // As sent: "GET /path?query HTTP/1.1". The URI keeps the string it was parsed from.
        long requestLine = method.length() + 1L + target.toString().length() + 1L + protocol.length();
        if (requestLine > maxRequestLineBytes) {
            return refusal(414, "URI too long", "the request line has " + requestLine + " bytes; at most "
                    + maxRequestLineBytes + " are served");
        }
        long headerBytes = headerBytes(headers);
        if (headerBytes > maxHeaderBytes) {
            return refusal(431, "request header fields too large", "the request headers have " + headerBytes
                    + " bytes; at most " + maxHeaderBytes + " are served");
        }
        return null;
    }

    /**
     * Each field as it came over the wire: {@code Name: value} and a line end. The JDK decodes header
     * bytes as ISO-8859-1, so a char is a byte.
     */
    static long headerBytes(Map<String, List<String>> headers) {
        long total = 0;
        for (Map.Entry<String, List<String>> field : headers.entrySet()) {
            for (String value : field.getValue()) {
                total += field.getKey().length() + 2L + (value == null ? 0 : value.length()) + 2L;
            }
        }
        return total;
    }

    private static Response refusal(int status, String message, String problem) {
        return HttpApp.error(status, message, List.of(problem)).withHeader("Connection", "close");
    }
}
