package io.newsdesk.publish.site;

import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Caching for everything readers fetch: a strong ETag of each 200 answer's bytes, honouring
 * {@code If-None-Match}, so feed readers and crawlers that poll get a cheap 304 until something actually
 * changed, and a short max-age so a retraction leaves caches within a minute.
 */
public final class ConditionalGet {
    public static final String CACHE = "public, max-age=60";

    private ConditionalGet() {
    }

    /** Adds caching headers to successful answers and turns a matching If-None-Match into 304. */
    public static Response cached(Request r, Response response) {
        return answer(r, tagged(response));
    }

    /** The answer with its caching headers: max-age, and the ETag of a 200's bytes. */
    public static Response tagged(Response response) {
        Response withCache = response.withHeader("Cache-Control", CACHE);
        return response.status() != 200 ? withCache : withCache.withHeader("ETag", "\"" + etag(response.body()) + "\"");
    }

    /** A {@link #tagged} answer, or 304 when the client holds it already. */
    public static Response answer(Request r, Response tagged) {
        String etag = tagged.headers().get("ETag");
        if (etag == null) {
            return tagged;
        }
        Optional<String> ifNoneMatch = r.header("If-None-Match");
        if (ifNoneMatch.isPresent() && List.of(ifNoneMatch.get().split(",")).stream().map(String::strip)
                .anyMatch(t -> t.equals(etag) || t.equals("W/" + etag) || t.equals("*"))) {
            return new Response(304, tagged.contentType(), new byte[0], Map.of("ETag", etag, "Cache-Control", CACHE));
        }
        return tagged;
    }

    private static String etag(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
