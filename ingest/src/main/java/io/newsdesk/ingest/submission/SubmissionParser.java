package io.newsdesk.ingest.submission;

import io.newsdesk.platform.articles.SubmissionRules;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.SubmissionChannel;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a client sent into a {@link ParsedSubmission}, or into the list of every problem found
 * (one {@code "field: what is wrong"} line each), so a client can fix all of them in one round trip.
 * Nothing that fails here ever reaches a topic. No I/O and no Kafka: the HTTP layer, the launcher's
 * offline {@code ./newsdesk enrich FILE} and the bulk importer share it.
 *
 * <p>Unknown JSON fields are refused rather than ignored: a misspelt {@code "correctonNote"} would
 * otherwise publish an article without its correction and nobody would notice.
 */
public final class SubmissionParser {
    // The limits are the contract's (SubmissionRules), so enrich holds records written straight to Kafka
    // to exactly what this door accepts.
    public static final int MAX_HEADLINE = SubmissionRules.MAX_HEADLINE;
    public static final int MAX_BYLINE = SubmissionRules.MAX_BYLINE;
    public static final int MAX_SECTION = SubmissionRules.MAX_SECTION;
    public static final int MAX_EXTERNAL_ID = SubmissionRules.MAX_EXTERNAL_ID;
    public static final int MAX_URL = SubmissionRules.MAX_URL;
    public static final int MAX_LANGUAGE = SubmissionRules.MAX_LANGUAGE;
    public static final int MAX_CORRECTION_NOTE = SubmissionRules.MAX_CORRECTION_NOTE;
    /** Dates before this are typos (0025 for 2025) or epoch-zero defaults, not news. */
    public static final Instant EARLIEST = SubmissionRules.EARLIEST;
    public static final int MAX_YEARS_AHEAD = SubmissionRules.MAX_YEARS_AHEAD;

    static final Set<String> FIELDS = Set.of("source", "externalId", "headline", "body", "bodyFormat", "byline",
            "url", "language", "section", "firstCreated", "embargoedUntil", "pubStatus", "correctionNote", "version");

    private static final Pattern LANGUAGE = SubmissionRules.LANGUAGE;
    private static final int MAX_ECHOED_NAME = 40;
    // Trailing tokens ("{...} {...}") are a broken request, not a second submission to drop silently.
    private static final ObjectReader READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String EMPTY_REQUEST = "request: empty, expected a JSON object";
    private static final int UTF8_BOM_LENGTH = 3;
    /** Chars checkText copies at a time: 1 KB of scratch per field, however long the field. */
    private static final int TEXT_CHUNK = 512;

    private final Clock clock;

    public SubmissionParser(Clock clock) {
        this.clock = clock;
    }

    /**
     * Parses a JSON submission.
     *
     * @param impliedSource the source to use when the JSON names none (the caller's, from its token);
     *                      null when there is no authenticated caller, which makes {@code source} required
     */
    public ParseResult parseJson(byte[] json, String impliedSource) {
        Problems problems = new Problems();
        // The bytes are checked for strict UTF-8 in place and parsed as they are: decoding them to a
        // String first, parsing that with Jackson's char parser and checking every field char by char
        // was half of ingest's request-thread time in a profile of the door.
        Utf8Scan scan = Utf8Scan.of(json);
        if (scan.firstMalformedByte() >= 0) {
            problems.add(notValid("request", StandardCharsets.UTF_8, scan.firstMalformedByte()));
            return problems.invalid(Optional.empty());
        }
        if (Utf8Scan.isBlank(json, hasByteOrderMark(json) ? UTF8_BOM_LENGTH : 0)) {
            problems.add(EMPTY_REQUEST);
            return problems.invalid(Optional.empty());
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
        if (!problems.isEmpty()) {
            return problems.invalid(Optional.empty());
        }
        return parseRoot(root, impliedSource, scan.mayHoldRefusedCharacters(), problems);
    }

    /**
     * The plain reading of a JSON submission, as {@link #parseJson} did it before it learnt to work on
     * the bytes: strict decoding with the JDK's decoder, Jackson's char parser on the text, every text
     * field checked char by char. Kept as the reference that {@code parseJson} must answer exactly
     * like, for every input: a test holds the two to it over thousands of generated requests.
     */
    ParseResult parseJsonAsText(byte[] json, String impliedSource) {
        Problems problems = new Problems();
        String text = decode(json, StandardCharsets.UTF_8, "request", problems);
        if (text == null) {
            return problems.invalid(Optional.empty());
        }
        JsonNode root = readTreeFromText(text, problems);
        if (!problems.isEmpty()) {
            return problems.invalid(Optional.empty());
        }
        return parseRoot(root, impliedSource, true, problems);
    }

    private ParseResult parseRoot(JsonNode root, String impliedSource, boolean mayHoldRefusedCharacters,
                                  Problems problems) {
        if (root == null || !root.isObject()) {
            problems.add("request: must be a JSON object");
            return problems.invalid(Optional.empty());
        }
        return parseObject(root, impliedSource, mayHoldRefusedCharacters, problems);
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

    private ParseResult parseObject(JsonNode root, String impliedSource, boolean mayHoldRefusedCharacters,
                                    Problems problems) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(echo(name) + ": unknown field");
            }
        }
        JsonNode sourceNode = root.get("source");
        Optional<String> declared = sourceNode != null && sourceNode.isTextual() && !sourceNode.textValue().isBlank()
                ? Optional.of(sourceNode.textValue()) : Optional.empty();

        Fields f = new Fields(root, mayHoldRefusedCharacters, problems);
        String source;
        if ((sourceNode == null || sourceNode.isNull()) && impliedSource != null) {
            source = impliedSource;
        } else {
            source = f.string("source", true, SourceNames.MAX_LENGTH, false, false);
        }
        if (source != null && !SourceNames.isValid(source)) {
            problems.add("source: " + SourceNames.RULE);
        }
        String externalId = f.string("externalId", true, MAX_EXTERNAL_ID, false, false);
        String headline = f.string("headline", true, MAX_HEADLINE, false, true);
        String body = f.string("body", true, Integer.MAX_VALUE, true, false);
        BodyFormat bodyFormat = f.choice("bodyFormat", BodyFormat.class, BodyFormat.TEXT);
        String byline = f.string("byline", false, MAX_BYLINE, false, true);
        String url = f.string("url", false, MAX_URL, false, false);
        if (url != null) {
            checkUrl("url", url, problems);
        }
        String language = f.string("language", false, MAX_LANGUAGE, false, false);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.add("language: not a BCP 47 language tag such as \"en\" or \"en-GB\"");
        }
        String section = f.string("section", false, MAX_SECTION, false, true);
        Instant firstCreated = f.instant("firstCreated", clock);
        Instant embargoedUntil = f.instant("embargoedUntil", clock);
        PubStatus pubStatus = f.choice("pubStatus", PubStatus.class, PubStatus.USABLE);
        String correctionNote = f.string("correctionNote", false, MAX_CORRECTION_NOTE, true, true);
        OptionalLong expectedVersion = f.expectedVersion("version");

        if (!problems.isEmpty()) {
            return problems.invalid(declared);
        }
        return new ParseResult.Valid(new ParsedSubmission(source, externalId, SubmissionChannel.API, headline, body,
                bodyFormat, byline, url, language, section, firstCreated, embargoedUntil, pubStatus, correctionNote,
                expectedVersion), declared);
    }

    /**
     * Parses a raw scraped page. The headline stays null: enrichment finds it in the page.
     *
     * @param impliedSource the caller's source, used when the request names none; null without a caller
     */
    public ParseResult parseRawPage(RawPage page, String impliedSource) {
        Problems problems = new Problems();
        Optional<String> declared = Optional.ofNullable(page.source()).filter(s -> !s.isBlank());
        String source = page.source() != null ? page.source() : impliedSource;
        if (source == null || source.isBlank()) {
            problems.add("source: required (query parameter ?source=)");
        } else if (!SourceNames.isValid(source)) {
            problems.add("source: " + SourceNames.RULE);
        }
        String url = page.url();
        if (url == null || url.isBlank()) {
            problems.add("url: required (query parameter ?url=)");
        } else {
            checkText("url", url, false, problems);
            checkLength("url", url, MAX_URL, problems);
            checkUrl("url", url, problems);
        }
        String externalId = page.externalId() != null ? page.externalId() : url;
        if (page.externalId() != null) {
            if (page.externalId().isBlank()) {
                problems.add("externalId: must not be empty");
            }
            checkText("externalId", page.externalId(), false, problems);
            checkLength("externalId", page.externalId(), MAX_EXTERNAL_ID, problems);
        }
        String body;
        boolean mayHoldRefusedCharacters = true;
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            // The common case: one pass over the bytes and one copy instead of a decoder, a CharBuffer
            // and toString, and the pass also tells whether the text needs the char-by-char check.
            Utf8Scan scan = Utf8Scan.of(page.content());
            if (scan.firstMalformedByte() >= 0) {
                problems.add(notValid("body", StandardCharsets.UTF_8, scan.firstMalformedByte()));
                body = null;
            } else {
                body = new String(page.content(), StandardCharsets.UTF_8);
                mayHoldRefusedCharacters = scan.mayHoldRefusedCharacters();
            }
        } else {
            body = decode(page.content(), page.charset(), "body", problems);
        }
        if (body != null) {
            if (body.isBlank()) {
                problems.add("body: empty page");
            }
            if (mayHoldRefusedCharacters) {
                checkText("body", body, true, problems);
            }
        }
        if (!problems.isEmpty()) {
            return problems.invalid(declared);
        }
        return new ParseResult.Valid(new ParsedSubmission(source, externalId, SubmissionChannel.RAW_PAGE, null, body,
                page.format(), null, url, null, null, null, null, PubStatus.USABLE, null, OptionalLong.empty()), declared);
    }

    /** Strict decoding: a malformed byte is a problem to report, never a silent U+FFFD in an article. */
    private static String decode(byte[] bytes, Charset charset, String field, Problems problems) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            // On failure the decoder leaves the buffer at the start of the bad sequence.
            problems.add(notValid(field, charset, in.position()));
            return null;
        }
    }

    private static String notValid(String field, Charset charset, int badByte) {
        return field + ": not valid " + charset.name() + " (bad byte sequence at byte " + badByte + ")";
    }

    private static void checkUrl(String field, String url, Problems problems) {
        String rule = field + ": must be an absolute http or https URL";
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                problems.add(rule);
            } else if (uri.getRawUserInfo() != null) {
                problems.add(field + ": must not contain credentials (user:password@)");
            }
        } catch (URISyntaxException e) {
            problems.add(rule + " (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
    }

    /**
     * Control characters (other than line breaks and tabs in multi-line fields) and unpaired
     * surrogates have no place in an article and break consumers downstream (XML feeds, terminals).
     */
    static void checkText(String field, String value, boolean multiline, Problems problems) {
        // Bulk copies into a small array, then plain array reads with the common case decided by two
        // range tests: a 10 KB body is checked in a few microseconds, and stays cheap while the JIT has
        // not yet compiled this loop (ingest's first seconds under load were spent here, char by char
        // through charAt and three Character calls each). The copies go through a fixed-size chunk,
        // not one array as long as the text: that was 2 bytes allocated per character of every field.
        int length = value.length();
        char[] chunk = new char[Math.min(length, TEXT_CHUNK)];
        int i = 0;
        while (i < length) {
            int chunkStart = i;
            int chunkEnd = Math.min(length, chunkStart + TEXT_CHUNK);
            value.getChars(chunkStart, chunkEnd, chunk, 0);
            while (i < chunkEnd) {
                char c = chunk[i - chunkStart];
                if (c >= 0x20 && (c < 0x7F || (c > 0x9F && c < Character.MIN_SURROGATE) || c > Character.MAX_SURROGATE)) {
                    i++;
                    continue;
                }
                // The partner of a high surrogate may be the first char of the next chunk: read it from
                // the String, and let the next chunk start after it.
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i += 2;
                } else if (Character.isSurrogate(c)) {
                    problems.add(field + ": contains an unpaired surrogate (U+" + hex(c) + ") at position " + i);
                    return;
                } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                    problems.add(field + ": contains control character U+" + hex(c) + " at position " + i
                            + (multiline ? " (only \\n, \\r and \\t are allowed)" : " (must be a single line)"));
                    return;
                } else {
                    i++;
                }
            }
        }
    }

    private static void checkLength(String field, String value, int max, Problems problems) {
        if (max != Integer.MAX_VALUE && value.codePointCount(0, value.length()) > max) {
            problems.add(field + ": longer than " + max + " characters");
        }
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return at == null ? message : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + message;
    }

    /** A client-chosen field name echoed in a problem: short and printable. */
    private static String echo(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(MAX_ECHOED_NAME).forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return name.codePointCount(0, name.length()) > MAX_ECHOED_NAME ? sb + "…" : sb.toString();
    }

    static final class Problems {
        private final List<String> list = new ArrayList<>();

        void add(String problem) {
            list.add(problem);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        List<String> list() {
            return list;
        }

        ParseResult.Invalid invalid(Optional<String> declaredSource) {
            return new ParseResult.Invalid(list, declaredSource);
        }
    }

    /** Typed reading of one JSON object's fields, each problem added under the field's name. */
    private static final class Fields {
        private final JsonNode root;
        private final boolean mayHoldRefusedCharacters;
        private final Problems problems;

        /** @param mayHoldRefusedCharacters false when the request's bytes proved that no multi-line text needs a check */
        Fields(JsonNode root, boolean mayHoldRefusedCharacters, Problems problems) {
            this.root = root;
            this.mayHoldRefusedCharacters = mayHoldRefusedCharacters;
            this.problems = problems;
        }

        /**
         * @param strip trim surrounding whitespace (headlines and bylines from CMSes often carry a
         *              trailing newline); ids are taken as given, since they are identity
         */
        String string(String name, boolean required, int maxLength, boolean multiline, boolean strip) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                if (required) {
                    problems.add(name + ": required");
                }
                return null;
            }
            if (!node.isTextual()) {
                problems.add(name + ": must be a string");
                return null;
            }
            String value = strip ? node.textValue().strip() : node.textValue();
            if (value.isBlank()) {
                if (required) {
                    problems.add(name + ": must not be empty");
                    return null;
                }
                // An optional field sent as "" means "none"; storing "" would make enrichment think it was set.
                return null;
            }
            int before = problems.list().size();
            // Single-line fields are short and always checked (a line break there is in the bytes as \n,
            // which the scan lets pass); a long multi-line body only when its bytes could hold a refused character.
            if (!multiline || mayHoldRefusedCharacters) {
                checkText(name, value, multiline, problems);
            }
            checkLength(name, value, maxLength, problems);
            return problems.list().size() == before ? value : null;
        }

        <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return fallback;
            }
            E[] values = type.getEnumConstants();
            if (node.isTextual()) {
                for (E e : values) {
                    if (e.name().equalsIgnoreCase(node.textValue().strip())) {
                        return e;
                    }
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E e : values) {
                allowed.add("\"" + e.name().toLowerCase(Locale.ROOT) + "\"");
            }
            problems.add(name + ": must be one of " + String.join(", ", allowed));
            return fallback;
        }

        Instant instant(String name, Clock clock) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                problems.add(name + ": must be an ISO-8601 instant string such as \"2025-03-01T09:30:00Z\"");
                return null;
            }
            Instant value;
            try {
                value = OffsetInstants.parse(node.textValue().strip());
            } catch (DateTimeParseException e) {
                problems.add(name + ": not an ISO-8601 instant with offset, such as \"2025-03-01T09:30:00Z\"");
                return null;
            }
            Instant latest = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD).toInstant();
            if (value.isBefore(EARLIEST)) {
                problems.add(name + ": " + value + " is before " + EARLIEST + " (a typo?)");
                return null;
            }
            if (value.isAfter(latest)) {
                problems.add(name + ": " + value + " is more than " + MAX_YEARS_AHEAD + " years ahead (a typo?)");
                return null;
            }
            return value;
        }

        /**
         * The version an update is based on: a version ingest answered earlier, or 0 for "a new article".
         * Whether it still is the article's latest can only be known where versions are ordered (publish);
         * here only a value that can never be right is refused.
         */
        OptionalLong expectedVersion(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return OptionalLong.empty();
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 0) {
                problems.add(name + ": must be a whole number of 0 or more: the version this update is based on "
                        + "(0 for a new article), as ingest answered it");
                return OptionalLong.empty();
            }
            return OptionalLong.of(node.longValue());
        }
    }
}
