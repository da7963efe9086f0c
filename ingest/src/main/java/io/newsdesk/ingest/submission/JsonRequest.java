package io.newsdesk.ingest.submission;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a JSON request read into a tree, or the problem that keeps them from being one: not strict
 * UTF-8 (with the offset of the first bad byte), empty, or not JSON (with Jackson's description). The
 * bytes are checked in place ({@link Utf8Scan}) and parsed as they are, without decoding them to a String
 * first (see BENCHMARKS.md for what that saved); the same scan tells the field checks whether a long
 * multi-line text can hold a character they refuse at all.
 */
final class JsonRequest {
    // Trailing tokens ("{...} {...}") are a broken request, not a second submission to drop silently.
    private static final ObjectReader READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String EMPTY_REQUEST = "request: empty, expected a JSON object";
    private static final int UTF8_BOM_LENGTH = 3;

    private final JsonNode root;
    private final boolean mayHoldRefusedCharacters;

    private JsonRequest(JsonNode root, boolean mayHoldRefusedCharacters) {
        this.root = root;
        this.mayHoldRefusedCharacters = mayHoldRefusedCharacters;
    }

    /** The request read, or null with the problem added. */
    static JsonRequest read(byte[] json, Problems problems) {
        Utf8Scan scan = Utf8Scan.of(json);
        if (scan.firstMalformedByte() >= 0) {
            problems.add(notValid("request", StandardCharsets.UTF_8, scan.firstMalformedByte()));
            return null;
        }
        if (Utf8Scan.isBlank(json, hasByteOrderMark(json) ? UTF8_BOM_LENGTH : 0)) {
            problems.add(EMPTY_REQUEST);
            return null;
        }
        JsonNode root;
        if (mayLookLikeUtf16Or32(json)) {
            root = readTreeFromText(new String(json, StandardCharsets.UTF_8), problems);
        } else {
            try {
                // Jackson's byte parser skips one UTF-8 byte order mark itself, as the text path strips one.
                root = READER.readTree(json);
            } catch (IOException e) {
                // Broken JSON: the byte parser counts columns in bytes and words some messages
                // differently, so the problem is described by the char parser, as clients have always
                // been told. Only refused requests pay for the second parse.
                root = readTreeFromText(new String(json, StandardCharsets.UTF_8), problems);
            }
        }
        return problems.isEmpty() ? new JsonRequest(root, scan.mayHoldRefusedCharacters()) : null;
    }

    /** The parsed tree: any JSON value, or null when Jackson found none. */
    JsonNode root() {
        return root;
    }

    /** False when the request's bytes proved that no multi-line text in it needs a character check. */
    boolean mayHoldRefusedCharacters() {
        return mayHoldRefusedCharacters;
    }

    static String notValid(String field, Charset charset, int badByte) {
        return field + ": not valid " + charset.name() + " (bad byte sequence at byte " + badByte + ")";
    }

    /**
     * The tree of the request's text, with one leading byte order mark dropped (null when Jackson finds
     * none), or null with the problem added. Also the describer of every broken request.
     */
    private static JsonNode readTreeFromText(String decoded, Problems problems) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        if (text.isBlank()) {
            problems.add(EMPTY_REQUEST);
            return null;
        }
        try {
            return READER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add("request: not valid JSON (" + describe(e) + ")");
            return null;
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= UTF8_BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * Jackson's byte parser guesses UTF-16 or UTF-32 from zero bytes among the first four, and would
     * then read {@code 7B 00 7D 00} as the object {@code {}}; as UTF-8 those are NUL characters, which
     * JSON refuses. Such bodies take the text path, which always reads UTF-8.
     */
    private static boolean mayLookLikeUtf16Or32(byte[] bytes) {
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return at == null ? message : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message;
    }
}
