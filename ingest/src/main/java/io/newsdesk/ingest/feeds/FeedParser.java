package io.newsdesk.ingest.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsdesk.platform.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a fetched feed document into {@link FeedItem}s: RSS 0.9x/1.0/2.0 and Atom through ROME,
 * JSON Feed 1.0/1.1 through Jackson. No I/O beyond the bytes given.
 *
 * <p>XML safety: DOCTYPEs are allowed because RSS 0.91 feeds still carry the Netscape one, but ROME's
 * parser is set up never to load an external DTD nor to resolve an external entity (general or
 * parameter), and not to expand entities; the JDK parser's entity-expansion limits stop
 * "billion laughs". {@code FeedParserTest} pins this with a feed that points an entity at a local file.
 */
public final class FeedParser {
    private static final String JSON_FEED_VERSION_PREFIX = "https://jsonfeed.org/version/1";

    private FeedParser() {
    }

    /**
     * @param contentType the response's Content-Type, null when it sent none (for the XML encoding)
     * @param base        the feed's URL, against which relative item links are resolved
     * @throws FeedFormatException when the document is neither well-formed XML of a known feed type nor a JSON Feed
     */
    public static List<FeedItem> parse(byte[] document, String contentType, URI base) throws FeedFormatException {
        if (looksLikeJson(document, contentType)) {
            return parseJsonFeed(document, base);
        }
        return parseXml(document, contentType, base);
    }

    /** Sniffed from the first character, since many servers send JSON Feeds as text/plain or octet-stream. */
    private static boolean looksLikeJson(byte[] document, String contentType) {
        for (int i = 0; i < document.length; i++) {
            int b = document[i] & 0xff;
            if (i == 0 && b == 0xEF && document.length >= 3 && (document[1] & 0xff) == 0xBB && (document[2] & 0xff) == 0xBF) {
                i += 2;
                continue;
            }
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{';
        }
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    static List<FeedItem> parseXml(byte[] document, String contentType, URI base) throws FeedFormatException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(true);
        SyndFeed feed;
        // Lenient: a feed that declares one encoding in its header and another in its prolog is common;
        // XmlReader then follows RFC 3023 and the prolog rather than refusing the feed.
        try (Reader reader = new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
            feed = input.build(reader);
        } catch (FeedException e) {
            throw new FeedFormatException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ROME's answer to well-formed XML that is no feed type it knows ("Invalid document").
            throw new FeedFormatException("XML that is neither RSS nor Atom (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new FeedFormatException("cannot decode the feed's characters: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(item(entry, base));
        }
        return items;
    }

    private static FeedItem item(SyndEntry entry, URI base) {
        SyndContent body = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                body = c;
                break;
            }
        }
        if (body == null && entry.getDescription() != null && entry.getDescription().getValue() != null
                && !entry.getDescription().getValue().isBlank()) {
            body = entry.getDescription();
        }
        return new FeedItem(
                blankToNull(entry.getUri()),
                blankToNull(entry.getTitle()),
                body == null ? null : body.getValue(),
                body == null ? null : isHtml(body.getType()),
                resolve(base, link(entry)),
                author(entry),
                instant(entry.getPublishedDate()),
                instant(entry.getUpdatedDate()));
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink l : entry.getLinks()) {
            if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null && !l.getHref().isBlank()) {
                return l.getHref();
            }
        }
        return null;
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor();
        }
        String names = entry.getAuthors().stream()
                .map(SyndPerson::getName)
                .filter(n -> n != null && !n.isBlank())
                .collect(Collectors.joining(", "));
        return blankToNull(names);
    }

    /** ROME reports Atom's "text"/"html"/"xhtml" and RSS's MIME types; anything else is left undecided. */
    private static Boolean isHtml(String type) {
        if (type == null) {
            return null;
        }
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "text", "text/plain" -> Boolean.FALSE;
            case "html", "xhtml", "text/html", "application/xhtml+xml" -> Boolean.TRUE;
            default -> null;
        };
    }

    static List<FeedItem> parseJsonFeed(byte[] document, URI base) throws FeedFormatException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(document);
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedFormatException("cannot read the JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedFormatException("JSON that is not a JSON Feed (not an object)");
        }
        String version = root.path("version").asText("");
        if (!version.startsWith(JSON_FEED_VERSION_PREFIX)) {
            throw new FeedFormatException("JSON that is not a JSON Feed (version \"" + shorten(version)
                    + "\", expected " + JSON_FEED_VERSION_PREFIX + ".x)");
        }
        JsonNode entries = root.path("items");
        if (!entries.isArray()) {
            throw new FeedFormatException("JSON Feed without an \"items\" array");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode node : entries) {
            if (node.isObject()) {
                items.add(jsonItem(node, base));
            } else {
                // Kept so that it is counted and rejected with a reason rather than vanishing.
                items.add(new FeedItem(null, null, null, null, null, null, null, null));
            }
        }
        return items;
    }

    private static FeedItem jsonItem(JsonNode node, URI base) {
        String body;
        Boolean html;
        if (hasText(node, "content_html")) {
            body = node.get("content_html").asText();
            html = Boolean.TRUE;
        } else if (hasText(node, "content_text")) {
            body = node.get("content_text").asText();
            html = Boolean.FALSE;
        } else if (hasText(node, "summary")) {
            body = node.get("summary").asText();
            html = Boolean.FALSE;
        } else {
            body = null;
            html = null;
        }
        String link = hasText(node, "url") ? node.get("url").asText()
                : hasText(node, "external_url") ? node.get("external_url").asText() : null;
        return new FeedItem(
                // The spec says a string; some feeds send numbers, which identify just as well.
                node.path("id").isValueNode() ? blankToNull(node.path("id").asText()) : null,
                hasText(node, "title") ? node.get("title").asText() : null,
                body,
                html,
                resolve(base, link),
                jsonAuthor(node),
                rfc3339(node.path("date_published")),
                rfc3339(node.path("date_modified")));
    }

    /** JSON Feed 1.1's {@code authors}, else 1.0's {@code author}. */
    private static String jsonAuthor(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : node.path("authors")) {
            if (hasText(a, "name")) {
                names.add(a.get("name").asText());
            }
        }
        if (names.isEmpty() && hasText(node.path("author"), "name")) {
            names.add(node.path("author").get("name").asText());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** An unreadable date is dropped, not fatal: the item is still news, only without its date. */
    private static Instant rfc3339(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText().strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean hasText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank();
    }

    /** Relative links (common in hand-written feeds) made absolute; a link that is no URI is kept for validation to report. */
    private static String resolve(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        String trimmed = link.strip();
        try {
            URI uri = new URI(trimmed);
            return uri.isAbsolute() || base == null ? trimmed : base.resolve(uri).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return trimmed;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
