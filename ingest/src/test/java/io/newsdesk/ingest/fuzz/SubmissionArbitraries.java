package io.newsdesk.ingest.fuzz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of hostile and ordinary submissions. Most generated JSON submissions are plausible (so a
 * good share is accepted and the accepted path is fuzzed too); each field is sometimes replaced by
 * something hostile: a wrong type, a control character, a lone surrogate, a huge or deeply nested
 * value, an absurd date. Mutations then damage the bytes of whole requests.
 */
final class SubmissionArbitraries {
    static final String COURIER = "harbour-courier";
    static final String COURIER_TOKEN = "courier-secret-0123456789";
    static final String POST = "valley-post";
    static final String POST_TOKEN = "post-secret-abcdefghijkl";
    /** The fixed "now" of the parser: dates are judged against it. */
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final String ARTICLES = "/v1/articles";

    private SubmissionArbitraries() {
    }

    // ---- whole requests -------------------------------------------------------------------------

    /** JSON submissions, valid or not, with a random (mostly valid) Authorization and Content-Type. */
    static Arbitrary<FuzzRequest> jsonSubmissions() {
        return Combinators.combine(authorization(), jsonContentType(), jsonDocument())
                .as((auth, contentType, doc) -> new FuzzRequest(ARTICLES, headers(contentType, auth),
                        doc.text().getBytes(StandardCharsets.UTF_8), doc.mustBeRefused(), "json(" + doc.how() + ")"));
    }

    /** A valid-looking JSON submission whose bytes are then damaged once or twice. */
    static Arbitrary<FuzzRequest> mutatedSubmissions() {
        return Combinators.combine(jsonSubmissions(), mutation().list().ofMinSize(1).ofMaxSize(2))
                .as(SubmissionArbitraries::mutate);
    }

    /**
     * The request with its body damaged by each mutation in turn. Damage can undo what made a document invalid
     * (a deletion takes out a duplicate key or bytes an earlier mutation inserted, a flipped bit turns them into a
     * character) as well as add to it, so whether the request must be refused is read off the final bytes alone:
     * not valid UTF-8, or not exactly one JSON object without duplicate keys. What else made the document invalid
     * before its damage (an unknown field, say) may or may not be left; such requests are held to the other checks
     * (no answer but 2xx or 4xx, and a 202 only for a valid record), and unmutated ones cover those rules.
     */
    static FuzzRequest mutate(FuzzRequest request, List<Mutation> mutations) {
        FuzzRequest out = request;
        for (Mutation m : mutations) {
            out = m.apply(out);
        }
        boolean broken = !validUtf8(out.body()) || !oneJsonObject(out.body());
        return new FuzzRequest(out.pathAndQuery(), out.headers(), out.body(), broken, out.how() + (broken ? " (broken)" : ""));
    }

    private static final ObjectReader STRICT_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Exactly one JSON object, without a key twice, in valid UTF-8 (one leading byte order mark allowed). */
    static boolean oneJsonObject(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return STRICT_JSON.readTree(text) instanceof ObjectNode;
        } catch (IOException e) {
            return false;
        }
    }

    /** Raw pages (text/html, text/plain) with random query parameters, charsets and bytes. */
    static Arbitrary<FuzzRequest> rawPages() {
        Arbitrary<String> contentType = Arbitraries.of("text/html", "text/plain", "text/html; charset=utf-8",
                "text/html; charset=ISO-8859-1", "text/plain; charset=UTF-16", "text/html; charset=windows-1252",
                "text/html; charset=utf-32", "text/html; charset=nope", "text/html; charset=", "TEXT/HTML; Charset=\"utf-8\"");
        Arbitrary<String> source = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just((String) null)), Tuple.of(3, Arbitraries.just(COURIER)),
                Tuple.of(1, Arbitraries.just(POST)), Tuple.of(1, weirdString()));
        Arbitrary<String> url = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                        .map(s -> "https://courier.example/" + s)),
                Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(2, Arbitraries.of("javascript:alert(1)", "ftp://x.example/a", "https://u:p@x.example/",
                        "/relative", "https://", "http://[::1", "")),
                Tuple.of(1, weirdString()));
        Arbitrary<String> externalId = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just((String) null)), Tuple.of(2, externalIdText()), Tuple.of(1, weirdString()));
        Arbitrary<byte[]> page = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of("<html><head><title>Council votes</title></head><body><p>The council voted.</p></body></html>",
                        "Plain words about a hearing.\nSecond line.", "<p>x</p>", "<script>alert(1)</script><p>ok</p>")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, weirdString().map(s -> s.getBytes(StandardCharsets.UTF_8))),
                Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(1, Arbitraries.just(new byte[0])));
        return Combinators.combine(authorization(), contentType, source, url, externalId, page)
                .as((auth, type, src, u, ext, bytes) -> {
                    Map<String, String> query = new LinkedHashMap<>();
                    if (src != null) {
                        query.put("source", src);
                    }
                    if (u != null) {
                        query.put("url", u);
                    }
                    if (ext != null) {
                        query.put("externalId", ext);
                    }
                    return new FuzzRequest(ARTICLES + query(query), headers(type, auth), bytes, false, "raw page");
                });
    }

    /** Requests that are wrong before their body is looked at: media types, Content-Length, paths. */
    static Arbitrary<FuzzRequest> oddRequests() {
        Arbitrary<String> contentType = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("application/xml", "multipart/form-data; boundary=x",
                        "application/x-www-form-urlencoded", "application/json; charset=latin1",
                        "application/json; charset=UTF-16", "application/json; charset=\"\"", "application/json;;;",
                        "application/json; charset=x\u0000y", "*/*", "application", "/", ";", "APPLICATION/JSON")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().ascii().ofMinLength(4_000).ofMaxLength(20_000)));
        Arbitrary<String> contentLength = Arbitraries.of("", "-1", "0", "abc", "99999999999999999999", "1e3",
                " 12 ", "2147483648", "9223372036854775807");
        return Combinators.combine(authorization(), contentType, contentLength, jsonDocument())
                .as((auth, type, length, doc) -> {
                    Map<String, String> headers = headers(type, auth);
                    if (!length.isEmpty()) {
                        headers.put("Content-Length", onTheWire(length));
                    }
                    return new FuzzRequest(ARTICLES, headers, doc.text().getBytes(StandardCharsets.UTF_8), false,
                            "odd request(" + doc.how() + ")");
                });
    }

    // ---- parts ----------------------------------------------------------------------------------

    static Arbitrary<String> authorization() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.just("Bearer " + COURIER_TOKEN)),
                Tuple.of(2, Arbitraries.just("Bearer " + POST_TOKEN)),
                Tuple.of(1, Arbitraries.just((String) null)),
                Tuple.of(1, Arbitraries.of("Bearer", "Bearer ", "bearer " + COURIER_TOKEN, "Basic Y291cmllcjpzZWNyZXQ=",
                        "Bearer " + COURIER_TOKEN + "x", "Bearer " + COURIER_TOKEN.substring(1), "Token " + COURIER_TOKEN,
                        "Bearer\t" + COURIER_TOKEN, "Bearer  " + POST_TOKEN + "  ")),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(80)),
                Tuple.of(1, Arbitraries.strings().ascii().ofMinLength(2_000).ofMaxLength(16_000).map(s -> "Bearer " + s)));
    }

    static Arbitrary<String> jsonContentType() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("application/json")),
                Tuple.of(3, Arbitraries.of("application/json; charset=utf-8", "Application/JSON; charset=\"UTF-8\"",
                        "application/json ; charset = utf-8")),
                Tuple.of(1, Arbitraries.of("application/json; charset=ISO-8859-1", "text/json", "", "application/jsonx",
                        "application/json; charset=bogus", "text/plain")));
    }

    /** A JSON document as text, with what makes it refused by construction, if anything. */
    record Document(String text, boolean mustBeRefused, String how) {
    }

    static Arbitrary<Document> jsonDocument() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, submissionObject()),
                Tuple.of(1, Arbitraries.of("", "   ", "null", "[]", "42", "\"article\"", "[{\"headline\":\"x\"}]", "{} {}",
                                "{\"headline\":\"a\"} x", "\uFEFF", "\uFEFF[]", "{", "}", "{\"a\":}", "{'headline':'x'}",
                                "{\"headline\":\"x\",}", "{\"body\":NaN}", "{\"body\":\"x\"/*c*/}")
                        .map(text -> new Document(text, true, "not an object"))));
    }

    private static Arbitrary<Document> submissionObject() {
        List<Arbitrary<Member>> fields = List.of(
                field("source", 14, Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(COURIER)),
                        Tuple.of(1, Arbitraries.of(POST, "Harbour-Courier", "harbour courier", "-x", "a".repeat(65)))).map(JsonText::string), true),
                field("externalId", 0, externalIdText().map(JsonText::string), false),
                field("headline", 0, text(1, 120, false).map(JsonText::string), false),
                field("body", 0, text(1, 2_000, true).map(JsonText::string), false),
                field("bodyFormat", 10, Arbitraries.of("text", "html", "TEXT", " Html ").map(JsonText::string), true),
                field("byline", 6, text(1, 60, false).map(JsonText::string), true),
                field("url", 8, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10)
                        .map(s -> JsonText.string("https://courier.example/news/" + s)), true),
                field("language", 8, Arbitraries.of("en", "en-GB", "pt-BR", "de", "zh-Hant-TW").map(JsonText::string), true),
                field("section", 8, Arbitraries.of("courts", "crime", "city hall", "Justice ").map(JsonText::string), true),
                field("firstCreated", 8, plausibleInstant().map(JsonText::string), true),
                field("embargoedUntil", 14, plausibleInstant().map(JsonText::string), true),
                field("pubStatus", 10, Arbitraries.of("usable", "withheld", "canceled", "USABLE").map(JsonText::string), true),
                field("correctionNote", 14, text(1, 200, true).map(JsonText::string), true),
                field("version", 10, Arbitraries.longs().between(0, 8).map(Object::toString), true));
        Arbitrary<List<Member>> extras = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.just(List.<Member>of())),
                Tuple.of(1, Combinators.combine(Arbitraries.of("correctonNote", "Headline", "id", "articleId", "__proto__",
                                "", "\u0000", "x".repeat(60_000)), hostileValue())
                        .as((name, value) -> List.of(new Member(name, value, "unknown field " + abbreviate(name))))));
        return Combinators.combine(Combinators.combine(fields).as(list -> list), extras, Arbitraries.integers().between(0, 9))
                .as((members, extra, duplicateAt) -> {
                    List<Map.Entry<String, String>> written = new ArrayList<>();
                    List<String> how = new ArrayList<>();
                    boolean refused = false;
                    for (Member m : members) {
                        if (m != ABSENT) {
                            written.add(Map.entry(m.name(), m.json()));
                            if (!m.how().isEmpty()) {
                                how.add(m.how());
                            }
                        }
                    }
                    for (Member m : extra) {
                        written.add(Map.entry(m.name(), m.json()));
                        how.add(m.how());
                        refused = true;
                    }
                    // One time in ten, a key appears twice: the shared mapper detects duplicates strictly.
                    if (duplicateAt == 0 && !written.isEmpty()) {
                        Map.Entry<String, String> first = written.get(0);
                        written.add(Map.entry(first.getKey(), "\"second value\""));
                        how.add("duplicate key " + first.getKey());
                        refused = true;
                    }
                    return new Document(JsonText.object(written), refused, String.join(", ", how));
                });
    }

    /** One member of a generated object: its name, its value as JSON text, and what is odd about it. */
    private record Member(String name, String json, String how) {
    }

    /** The field is left out of the object. */
    private static final Member ABSENT = new Member("", "", "");

    /**
     * A field: usually a valid value, sometimes a hostile one or null/empty, absent with weight
     * {@code absentWeight} (required fields too, now and then: "required" is a rule to test).
     */
    private static Arbitrary<Member> field(String name, int absentWeight, Arbitrary<String> valid, boolean optional) {
        Arbitrary<String> hostile = name.equals("firstCreated") || name.equals("embargoedUntil")
                ? Arbitraries.oneOf(absurdDate().map(JsonText::string), hostileValue())
                : name.equals("version")
                ? Arbitraries.oneOf(Arbitraries.of("0", "-1", "1.5", "\"2\"", "1e3", "9223372036854775807",
                        "9223372036854775808", "99999999999999999999999999", "true"), hostileValue())
                : hostileValue();
        List<Tuple.Tuple2<Integer, Arbitrary<Member>>> choices = new ArrayList<>();
        choices.add(Tuple.of(60, valid.map(json -> new Member(name, json, ""))));
        choices.add(Tuple.of(2, hostile.map(json -> new Member(name, json, name + "=" + abbreviate(json)))));
        choices.add(Tuple.of(1, Arbitraries.of("null", "\"\"", "\"   \"")
                .map(json -> new Member(name, json, name + "=" + json))));
        if (absentWeight > 0 || !optional) {
            choices.add(Tuple.of(Math.max(absentWeight, 1), Arbitraries.just(ABSENT)));
        }
        return Arbitraries.frequencyOf(choices);
    }

    /** JSON text of a value no field accepts as it is: wrong types, nesting, hostile strings, huge values. */
    static Arbitrary<String> hostileValue() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("42", "-1.5e300", "true", "false", "[]", "{}", "[\"a\"]", "{\"a\":1}",
                        "1" + "0".repeat(1_200), "1e999999", "-0", "0.0000000000000000000000001")),
                Tuple.of(4, weirdString().map(JsonText::string)),
                Tuple.of(1, Arbitraries.integers().between(400, 60_000).map(n -> JsonText.string("w".repeat(n)))),
                Tuple.of(1, Arbitraries.of(10, 999, 1_001, 5_000, 20_000)
                        .map(depth -> "[".repeat(depth) + "]".repeat(depth))),
                Tuple.of(1, Arbitraries.of(10, 999, 1_001, 3_000)
                        .map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
    }

    /** Strings that break naive code: controls, bidi overrides, lone surrogates, markup, all of Unicode. */
    static Arbitrary<String> weirdString() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("\u0000", "a\u0000b", "\u0007bell", "esc\u001b[31mred", "\u202Eevil", "\uD800", "x\uDC00",
                        "\uDBFF\uDFFF", "\u0085next line", "\u2028sep", "\uFEFF", "\uFFFF", "<script>alert(1)</script>",
                        "javascript:alert(1)", "\" onmouseover=\"alert(1)", "../../etc/passwd", "%00", "%s%n%x",
                        "' OR 1=1 --", "\r\nSet-Cookie: a=b", "📰 emoji headline", "\t", " ", "\n"));
    }

    private static Arbitrary<String> externalIdText() {
        // A small id space, so the same article is resubmitted often (versions, conflicts, updates).
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 40).map(n -> "hc-" + n)),
                Tuple.of(1, Arbitraries.of("ид-7", "https://courier.example/a?b=c&d=e", "with space", "x/y/z", "ÅÄÖ")));
    }

    /** Printable text of letters, digits, punctuation and a little non-ASCII; never blank. */
    private static Arbitrary<String> text(int min, int max, boolean multiline) {
        String chars = multiline ? " ,.;:'-–—’éüßøçñ\n\t" : " ,.;:'-–—’éüßøçñ";
        return Arbitraries.strings().alpha().numeric().withChars(chars.toCharArray())
                .ofMinLength(min).ofMaxLength(max).map(s -> "T" + s);
    }

    private static Arbitrary<String> plausibleInstant() {
        return Combinators.combine(
                        Arbitraries.longs().between(Instant.parse("1950-01-01T00:00:00Z").getEpochSecond(),
                                Instant.parse("2034-01-01T00:00:00Z").getEpochSecond()),
                        Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.integers().between(-14, 14))
                .as((seconds, nanos, offset) -> OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos),
                        ZoneOffset.ofHours(offset)).toString());
    }

    static Arbitrary<String> absurdDate() {
        return Arbitraries.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+999999999-12-31T23:59:59Z",
                "-999999999-01-01T00:00:00Z", "2025-13-45T25:61:61Z", "2025-02-29T00:00:00Z", "2025-06-01",
                "2025-06-01T12:00:00", "1735689600", "1899-12-31T23:59:59Z", "2036-06-01T12:00:00Z",
                "2025-06-01T12:00:00+25:00", "2025-06-01T12:00:00.1234567891Z", "T", "Z", "now", "yesterday",
                "2025-06-01T12:00:00Z\u0000", "２０２５-06-01T12:00:00Z");
    }

    // ---- byte-level mutations -------------------------------------------------------------------

    static boolean validUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * One damage to a request's bytes. Positions are fractions, so they fit any body length. Whether the damaged
     * request must be refused is decided by {@link #mutate} from its final bytes.
     */
    record Mutation(String kind, double at, double to, byte[] bytes, int bit) {
        FuzzRequest apply(FuzzRequest request) {
            byte[] body = request.body();
            int i = (int) (at * body.length);
            switch (kind) {
                case "flip" -> {
                    if (body.length == 0) {
                        return request;
                    }
                    byte[] out = body.clone();
                    out[Math.min(i, out.length - 1)] ^= (byte) (1 << bit);
                    return request.withBody(out, false, "flip bit " + bit + " at " + i);
                }
                case "truncate" -> {
                    // Always before the object's closing brace, which an earlier insert may have put bytes
                    // after: a truncated object is never valid JSON.
                    int closingBrace = lastIndexOf(body, (byte) '}');
                    int keep = Math.min(i, Math.max(0, closingBrace >= 0 ? closingBrace : body.length - 1));
                    byte[] out = java.util.Arrays.copyOf(body, keep);
                    return request.withBody(out, false, "truncate to " + keep);
                }
                case "insert" -> {
                    return request.withBody(splice(body, i, i, bytes), false, "insert " + bytes.length + " bytes at " + i);
                }
                case "invalid-utf8" -> {
                    return request.withBody(splice(body, i, i, bytes), false, "insert invalid UTF-8 at " + i);
                }
                case "delete" -> {
                    int j = Math.max(i, (int) (to * body.length));
                    return request.withBody(splice(body, i, j, new byte[0]), false, "delete " + i + ".." + j);
                }
                case "repeat" -> {
                    int j = Math.max(i, (int) (to * body.length));
                    byte[] range = java.util.Arrays.copyOfRange(body, i, j);
                    return request.withBody(splice(body, j, j, range), false, "repeat " + i + ".." + j);
                }
                default -> throw new IllegalStateException(kind);
            }
        }

        private static int lastIndexOf(byte[] bytes, byte wanted) {
            for (int i = bytes.length - 1; i >= 0; i--) {
                if (bytes[i] == wanted) {
                    return i;
                }
            }
            return -1;
        }

        private static byte[] splice(byte[] body, int from, int to, byte[] insert) {
            byte[] out = new byte[body.length - (to - from) + insert.length];
            System.arraycopy(body, 0, out, 0, from);
            System.arraycopy(insert, 0, out, from, insert.length);
            System.arraycopy(body, to, out, from + insert.length, body.length - to);
            return out;
        }
    }

    static Arbitrary<Mutation> mutation() {
        Arbitrary<double[]> positions = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1))
                .as((a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
        Arbitrary<byte[]> invalidUtf8 = Arbitraries.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        Arbitrary<byte[]> anyBytes = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
                Arbitraries.of("\"", "\\", "{", "}", "[", ",", ":", "\\u", "\\uD800", "null", "\u0000", "\n", " ")
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.frequencyOf(
                Tuple.of(3, Combinators.combine(positions, Arbitraries.integers().between(0, 7))
                        .as((p, bit) -> new Mutation("flip", p[0], p[1], new byte[0], bit))),
                Tuple.of(2, positions.map(p -> new Mutation("truncate", p[0], p[1], new byte[0], 0))),
                Tuple.of(3, Combinators.combine(positions, anyBytes).as((p, b) -> new Mutation("insert", p[0], p[1], b, 0))),
                Tuple.of(2, Combinators.combine(positions, invalidUtf8).as((p, b) -> new Mutation("invalid-utf8", p[0], p[1], b, 0))),
                Tuple.of(1, positions.map(p -> new Mutation("delete", p[0], p[1], new byte[0], 0))),
                Tuple.of(1, positions.map(p -> new Mutation("repeat", p[0], p[1], new byte[0], 0))));
    }

    // ---- small things ---------------------------------------------------------------------------

    private static Map<String, String> headers(String contentType, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null && !contentType.isEmpty()) {
            headers.put("Content-Type", onTheWire(contentType));
        }
        if (authorization != null) {
            headers.put("Authorization", onTheWire(authorization));
        }
        return headers;
    }

    /**
     * A header value as the JDK server can hand it to a handler: it reads header lines as ISO-8859-1
     * and a line ends at CR/LF, so a value holds neither line breaks nor characters above U+00FF.
     */
    static String onTheWire(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            char wire = (char) (c & 0xFF);
            if (wire != '\r' && wire != '\n') {
                out.append(wire);
            }
        }
        return out.toString();
    }

    static String query(Map<String, String> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        params.forEach((k, v) -> {
            if (out.length() > 1) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    private static String abbreviate(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return out.toString();
    }
}
