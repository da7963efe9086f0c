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
        String text = decode(json, StandardCharsets.UTF_8, "request", problems);
        if (text == null) {
            return problems.invalid(Optional.empty());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add("request: empty, expected a JSON object");
            return problems.invalid(Optional.empty());
        }
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add("request: not valid JSON (" + describe(e) + ")");
            return problems.invalid(Optional.empty());
        }
        if (root == null || !root.isObject()) {
            problems.add("request: must be a JSON object");
            return problems.invalid(Optional.empty());
        }
        return parseObject(root, impliedSource, problems);
    }

    private ParseResult parseObject(JsonNode root, String impliedSource, Problems problems) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(echo(name) + ": unknown field");
            }
        }
        JsonNode sourceNode = root.get("source");
        Optional<String> declared = sourceNode != null && sourceNode.isTextual() && !sourceNode.textValue().isBlank()
                ? Optional.of(sourceNode.textValue()) : Optional.empty();

        Fields f = new Fields(root, problems);
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
        OptionalLong version = f.version("version");

        if (!problems.isEmpty()) {
            return problems.invalid(declared);
        }
        return new ParseResult.Valid(new ParsedSubmission(source, externalId, SubmissionChannel.API, headline, body,
                bodyFormat, byline, url, language, section, firstCreated, embargoedUntil, pubStatus, correctionNote,
                version), declared);
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
        String body = decode(page.content(), page.charset(), "body", problems);
        if (body != null) {
            if (body.isBlank()) {
                problems.add("body: empty page");
            }
            checkText("body", body, true, problems);
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
            problems.add(field + ": not valid " + charset.name() + " (bad byte sequence at byte " + in.position() + ")");
            return null;
        }
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
        // One bulk copy, then plain array reads with the common case decided by two range tests: a
        // 10 KB body is checked in a few microseconds, and stays cheap while the JIT has not yet
        // compiled this loop (ingest's first seconds under load were spent here, char by char
        // through charAt and three Character calls each).
        int length = value.length();
        char[] chars = new char[length];
        value.getChars(0, length, chars, 0);
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && (c < 0x7F || (c > 0x9F && c < Character.MIN_SURROGATE) || c > Character.MAX_SURROGATE)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(field + ": contains an unpaired surrogate (U+" + hex(c) + ") at position " + i);
                return;
            } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                problems.add(field + ": contains control character U+" + hex(c) + " at position " + i
                        + (multiline ? " (only \\n, \\r and \\t are allowed)" : " (must be a single line)"));
                return;
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
        private final Problems problems;

        Fields(JsonNode root, Problems problems) {
            this.root = root;
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
            checkText(name, value, multiline, problems);
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
                value = OffsetDateTime.parse(node.textValue().strip()).toInstant();
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

        OptionalLong version(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                return OptionalLong.empty();
            }
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
                problems.add(name + ": must be a positive whole number");
                return OptionalLong.empty();
            }
            return OptionalLong.of(node.longValue());
        }
    }
}
