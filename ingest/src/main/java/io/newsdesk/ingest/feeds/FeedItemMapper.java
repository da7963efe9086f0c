package io.newsdesk.ingest.feeds;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.SubmissionChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Turns a {@link FeedItem} into a submission of its feed's source, through the same
 * {@link SubmissionParser} checks as a submission posted over HTTP: a feed item gets no easier door.
 *
 * <p>The external id is the item's own id, else its link, else a hash of its title and body, so the
 * same item polled again maps to the same article, and a changed item becomes its next version.
 */
public final class FeedItemMapper {
    /** The prefix of an external id ingest derived by hashing, so nobody mistakes it for the feed's own. */
    public static final String HASHED_ID_PREFIX = "sha256:";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z!/]|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

    private final SubmissionParser parser;

    public FeedItemMapper(SubmissionParser parser) {
        this.parser = parser;
    }

    /**
     * What one item would be submitted as, before validation.
     *
     * @param fingerprint changes whenever anything submitted changes; equal fingerprints mean "nothing new"
     * @param json        the submission as JSON: what validation reads, and what a rejection keeps
     */
    public record Candidate(String source, String externalId, String fingerprint, byte[] json) {
    }

    public Candidate candidate(FeedSubscription feed, FeedItem item) {
        String headline = singleLine(item.title());
        String byline = singleLine(item.author());
        String body = item.body();
        boolean html = item.bodyIsHtml() != null ? item.bodyIsHtml() : body != null && LOOKS_LIKE_HTML.matcher(body).find();
        String externalId = externalId(item);

        ObjectNode json = Json.mapper().createObjectNode();
        json.put("source", feed.source());
        json.put("externalId", externalId);
        putIfPresent(json, "headline", headline);
        putIfPresent(json, "body", body);
        json.put("bodyFormat", html ? "html" : "text");
        putIfPresent(json, "byline", byline);
        putIfPresent(json, "url", item.link());
        if (item.published() != null) {
            json.put("firstCreated", item.published().toString());
        }
        String fingerprint = hash(headline, body, Boolean.toString(html), byline, item.link(),
                instant(item.published()), instant(item.updated()));
        return new Candidate(feed.source(), externalId, fingerprint, Json.writeBytes(json));
    }

    /** Validates a candidate; a valid one comes back as a {@code FEED} submission. */
    public ParseResult validate(Candidate candidate) {
        ParseResult result = parser.parseJson(candidate.json(), null);
        if (result instanceof ParseResult.Valid valid) {
            return new ParseResult.Valid(valid.submission().withChannel(SubmissionChannel.FEED), valid.declaredSource());
        }
        return result;
    }

    static String externalId(FeedItem item) {
        String id = item.id() != null ? item.id().strip() : "";
        if (id.isEmpty() && item.link() != null) {
            id = item.link().strip();
        }
        if (id.isEmpty()) {
            // No id and no link: the content is all that identifies the item. A later edit of such an
            // item arrives as a new article, which is the best anyone can do without an id.
            return HASHED_ID_PREFIX + hash(item.title(), item.body());
        }
        // Longer than ingest allows (some feeds use whole tracking URLs as ids): a hash is as stable.
        if (id.codePointCount(0, id.length()) > SubmissionParser.MAX_EXTERNAL_ID) {
            return HASHED_ID_PREFIX + hash(id);
        }
        return id;
    }

    /** Feed titles are often wrapped over lines in the XML; a headline is one line. */
    private static String singleLine(String s) {
        if (s == null) {
            return null;
        }
        String line = WHITESPACE.matcher(s).replaceAll(" ").strip();
        return line.isEmpty() ? null : line;
    }

    private static void putIfPresent(ObjectNode json, String field, String value) {
        if (value != null) {
            json.put(field, value);
        }
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** SHA-256 over the parts, each marked present or absent, so ("ab", null) and ("a", "b") differ. */
    static String hash(String... parts) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
        for (String part : parts) {
            if (part == null) {
                sha256.update((byte) 0);
            } else {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha256.update((byte) 1);
                sha256.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha256.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
