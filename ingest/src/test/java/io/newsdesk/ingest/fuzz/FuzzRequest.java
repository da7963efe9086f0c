package io.newsdesk.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request to ingest's {@code POST /v1/articles}.
 *
 * @param pathAndQuery  path with an already well-encoded query string
 * @param headers       request headers (Content-Type, Authorization, ...)
 * @param body          the exact bytes sent
 * @param mustBeRefused true when the request was built to be invalid (a duplicate key, an unknown
 *                      field, invalid UTF-8, a truncated document, no object at the root): a 202 for
 *                      it is a failure even if nothing else looks wrong
 * @param how           how it was made, shown when a property fails
 */
record FuzzRequest(String pathAndQuery, Map<String, String> headers, byte[] body, boolean mustBeRefused, String how) {

    FuzzRequest withBody(byte[] newBody, boolean refused, String mutation) {
        return new FuzzRequest(pathAndQuery, headers, newBody, mustBeRefused || refused, how + " + " + mutation);
    }

    @Override
    public String toString() {
        StringBuilder shownHeaders = new StringBuilder();
        headers.forEach((name, value) -> shownHeaders.append(name).append(": ").append(abbreviate(value, 80)).append("; "));
        return how + " POST " + abbreviate(pathAndQuery, 200) + " {" + shownHeaders + "} body(" + body.length + " bytes)="
                + abbreviate(new String(body, StandardCharsets.UTF_8), 300);
    }

    private static String abbreviate(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "…(" + text.length() + " chars)" : text;
    }
}
