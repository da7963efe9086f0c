package io.newsdesk.ingest.submission;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.articles.SubmissionRules;
import io.newsdesk.platform.articles.SubmissionRules.TextField;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.SubmissionChannel;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns what a client sent into a {@link ParsedSubmission}, or into the list of every problem found
 * (one {@code "field: what is wrong"} line each), so a client can fix all of them in one round trip.
 * Nothing that fails here ever reaches a topic. No I/O and no Kafka: the HTTP layer, the feed poller,
 * the launcher's offline {@code ./newsdesk enrich FILE} and the bulk importer share it.
 *
 * <p>This class maps a JSON object or a raw page to the submission's fields; what a field may hold is
 * {@link SubmissionRules}'s to say, the same rules enrich applies to records written to Kafka directly.
 *
 * <p>Unknown JSON fields are refused rather than ignored: a misspelt {@code "correctonNote"} would
 * otherwise publish an article without its correction and nobody would notice.
 */
public final class SubmissionParser {
    /** Feed items with longer ids get a hashed one; the limit is the contract's. */
    public static final int MAX_EXTERNAL_ID = SubmissionRules.MAX_EXTERNAL_ID;

    static final Set<String> FIELDS = Set.of("source", "externalId", "headline", "body", "bodyFormat", "byline",
            "url", "language", "section", "firstCreated", "embargoedUntil", "pubStatus", "correctionNote", "version");

    private static final int MAX_ECHOED_NAME = 40;

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
        JsonRequest request = JsonRequest.read(json, problems);
        if (request == null) {
            return problems.invalid(Optional.empty());
        }
        JsonNode root = request.root();
        if (root == null || !root.isObject()) {
            problems.add("request: must be a JSON object");
            return problems.invalid(Optional.empty());
        }
        return parseObject(root, impliedSource, new JsonFields(root, request.mayHoldRefusedCharacters(), problems), problems);
    }

    private ParseResult parseObject(JsonNode root, String impliedSource, JsonFields f, Problems problems) {
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(echo(name) + ": unknown field");
            }
        }
        JsonNode sourceNode = root.get("source");
        Optional<String> declared = sourceNode != null && sourceNode.isTextual() && !sourceNode.textValue().isBlank()
                ? Optional.of(sourceNode.textValue()) : Optional.empty();

        String source;
        if ((sourceNode == null || sourceNode.isNull()) && impliedSource != null) {
            source = SubmissionRules.check(TextField.SOURCE, impliedSource, problems.list()) ? impliedSource : null;
        } else {
            source = f.text(TextField.SOURCE, true, false);
        }
        String externalId = f.text(TextField.EXTERNAL_ID, true, false);
        String headline = f.text(TextField.HEADLINE, true, true);
        String body = f.text(TextField.BODY, true, false);
        BodyFormat bodyFormat = f.choice("bodyFormat", BodyFormat.class, BodyFormat.TEXT);
        String byline = f.text(TextField.BYLINE, false, true);
        String url = f.text(TextField.URL, false, false);
        String language = f.text(TextField.LANGUAGE, false, false);
        String section = f.text(TextField.SECTION, false, true);
        Instant latest = SubmissionRules.latest(clock.instant());
        Instant firstCreated = f.instant("firstCreated", latest);
        Instant embargoedUntil = f.instant("embargoedUntil", latest);
        PubStatus pubStatus = f.choice("pubStatus", PubStatus.class, PubStatus.USABLE);
        String correctionNote = f.text(TextField.CORRECTION_NOTE, false, true);
        OptionalLong expectedVersion = f.expectedVersion("version");

        if (!problems.isEmpty()) {
            return problems.invalid(declared);
        }
        return new ParseResult.Valid(new ParsedSubmission(source, externalId, SubmissionChannel.API, headline, body,
                bodyFormat, byline, url, language, section, firstCreated, embargoedUntil, pubStatus, correctionNote,
                expectedVersion), declared);
    }

    /**
     * Parses a raw scraped page. The headline stays null: enrichment finds it in the page. Without an
     * {@code externalId} the page's url is its id, so such a url must also fit the id's limit.
     *
     * @param impliedSource the caller's source, used when the request names none; null without a caller
     */
    public ParseResult parseRawPage(RawPage page, String impliedSource) {
        Problems problems = new Problems();
        Optional<String> declared = Optional.ofNullable(page.source()).filter(s -> !s.isBlank());
        String source = page.source() != null ? page.source() : impliedSource;
        if (source == null || source.isBlank()) {
            problems.add("source: required (query parameter ?source=)");
        } else {
            SubmissionRules.check(TextField.SOURCE, source, problems.list());
        }
        String url = page.url();
        if (url == null || url.isBlank()) {
            problems.add("url: required (query parameter ?url=)");
        } else {
            SubmissionRules.check(TextField.URL, url, problems.list());
        }
        String externalId = page.externalId() != null ? page.externalId() : url;
        if (page.externalId() != null) {
            if (page.externalId().isBlank()) {
                problems.add("externalId: must not be empty");
            } else {
                SubmissionRules.check(TextField.EXTERNAL_ID, page.externalId(), problems.list());
            }
        } else if (url != null && url.codePointCount(0, url.length()) > SubmissionRules.MAX_EXTERNAL_ID
                && url.length() <= SubmissionRules.MAX_URL) {
            problems.add("externalId: required when the url is longer than " + SubmissionRules.MAX_EXTERNAL_ID
                    + " characters, as the url then cannot stand in for it (query parameter ?externalId=)");
        }
        String body;
        boolean mayHoldRefusedCharacters = true;
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            // The common case: one pass over the bytes and one copy instead of a decoder, a CharBuffer
            // and toString, and the pass also tells whether the text needs the char-by-char check.
            Utf8Scan scan = Utf8Scan.of(page.content());
            if (scan.firstMalformedByte() >= 0) {
                problems.add(JsonRequest.notValid("body", StandardCharsets.UTF_8, scan.firstMalformedByte()));
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
                SubmissionRules.checkText(TextField.BODY.field(), body, true, problems.list());
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
            problems.add(JsonRequest.notValid(field, charset, in.position()));
            return null;
        }
    }

    /** A client-chosen field name echoed in a problem: short and printable. */
    private static String echo(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(MAX_ECHOED_NAME).forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return name.codePointCount(0, name.length()) > MAX_ECHOED_NAME ? sb + "…" : sb.toString();
    }
}
