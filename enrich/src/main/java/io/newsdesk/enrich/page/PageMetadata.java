package io.newsdesk.enrich.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article outside the visible text, for the headline and the author when the
 * markup is unclear: the schema.org JSON-LD article's {@code headline} and {@code author} (the structured data
 * publishing systems emit for search engines), {@code og:title}, {@code twitter:title} and {@code <title>}. A
 * title is split at its separators ("Headline | Section | Site"): its longest part is the headline, the others
 * name the site or the section, which is how a logo in an {@code <h1>} is told from the article's headline.
 *
 * @param jsonLdHeadline the JSON-LD article's headline, or null
 * @param jsonLdAuthors  the people the JSON-LD article names as its authors, as printed there
 * @param titles         og:title, twitter:title and {@code <title>}, those present
 * @param siteNames      the names the page gives itself: the text of links to its home page, a logo's alt text
 */
record PageMetadata(String jsonLdHeadline, List<String> jsonLdAuthors, List<String> titles, Set<String> siteNames) {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014\u00B7\u00BB~-]|::|//)\\s+");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A heading taken from the markup because the metadata names it must be at least this much of the metadata's title. */
    private static final double MIN_SHARE_OF_TITLE = 0.6;
    /** A title part shorter than this, or in capitals, names a site or a section, not a story. */
    private static final int MIN_TITLE_WORDS = 3;

    static PageMetadata of(Document doc) {
        List<String> titles = new ArrayList<>();
        for (String selector : List.of("meta[property=og:title]", "meta[name=twitter:title]")) {
            Element meta = doc.selectFirst(selector);
            if (meta != null && !meta.attr("content").isBlank()) {
                titles.add(meta.attr("content").strip());
            }
        }
        if (!doc.title().isBlank()) {
            titles.add(doc.title().strip());
        }
        String headline = null;
        List<String> authors = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode article = article(script.data());
            if (article != null) {
                headline = textOrNull(article.get("headline"));
                authors(article.get("author"), authors);
                break;
            }
        }
        return new PageMetadata(headline, List.copyOf(authors), List.copyOf(titles), siteNames(doc));
    }

    /** The page's names for itself: links to its home page ("Daily Beacon"), and a logo image's alt text. */
    private static Set<String> siteNames(Document doc) {
        Set<String> names = new HashSet<>();
        for (Element link : doc.select("a[href]")) {
            if (HtmlPage.HOME.matcher(link.attr("href").strip()).matches()) {
                names.add(link.text().strip().toLowerCase(Locale.ROOT));
                link.select("img[alt]").forEach(img -> names.add(img.attr("alt").strip().toLowerCase(Locale.ROOT)));
            }
        }
        for (Element img : doc.select("img[alt]")) {
            Element parent = img.parent();
            if ((img.className() + " " + (parent == null ? "" : parent.className() + " " + parent.id())).toLowerCase(Locale.ROOT).contains("logo")) {
                names.add(img.attr("alt").strip().toLowerCase(Locale.ROOT));
            }
        }
        names.remove("");
        return Set.copyOf(names);
    }

    /**
     * The og:title without a site name, else the {@code <title>}'s longest part; null when no title has a part that
     * reads as a story's headline.
     */
    String titleHeadline() {
        for (String title : titles) {
            String longest = longestPart(title);
            // "THE PRAIRIE BUGLE - News", "Home | Metro Pulse": a title naming only the site and a section
            if (PageBlock.words(longest) >= MIN_TITLE_WORDS && !LineShapes.isCapitals(longest)) {
                return longest;
            }
        }
        return null;
    }

    /** The headline the metadata gives: the JSON-LD article's, else the title's ({@link #titleHeadline}). */
    String headline() {
        return jsonLdHeadline != null ? jsonLdHeadline : titleHeadline();
    }

    /** Whether {@code text} is a part of a title other than its headline: the site's or the section's name. */
    boolean namesTheSite(String text) {
        for (String title : titles) {
            String[] parts = TITLE_SEPARATOR.split(title);
            String longest = longestPart(title);
            for (String part : parts) {
                if (parts.length > 1 && part.strip().equalsIgnoreCase(text) && !part.strip().equals(longest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the metadata gives {@code text} as the article's headline: the JSON-LD headline or a title's headline
     * part is the text, or holds it with a label before or after it ("Print: ...", "... : what we know").
     */
    boolean namesAsHeadline(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (PageBlock.words(t) < 3) {
            return false;
        }
        List<String> candidates = new ArrayList<>();
        if (jsonLdHeadline != null) {
            candidates.add(jsonLdHeadline);
        }
        titles.forEach(title -> candidates.add(longestPart(title)));
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (c.equals(t) || (c.startsWith(t) || c.endsWith(t)) && t.length() >= MIN_SHARE_OF_TITLE * c.length()) {
                return true;
            }
        }
        return false;
    }

    /** A title's headline part: its longest, leaving out a part that the page gives as its own name ("FLOOD FURY | Daily Beacon"). */
    private String longestPart(String title) {
        String longest = "";
        String longestNamed = "";
        for (String part : TITLE_SEPARATOR.split(title)) {
            String p = part.strip();
            boolean site = siteNames.contains(p.toLowerCase(Locale.ROOT));
            if (!site && p.length() > longest.length()) {
                longest = p;
            } else if (site && p.length() > longestNamed.length()) {
                longestNamed = p;
            }
        }
        return longest.isEmpty() ? longestNamed : longest;
    }

    /**
     * Whether the metadata gives {@code text}, a line of two words or more, as the article's headline word for word: the
     * JSON-LD headline or a title's headline part.
     */
    boolean isHeadline(String text) {
        String t = text.strip();
        if (PageBlock.words(t) < 2 || siteNames.contains(t.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (t.equalsIgnoreCase(jsonLdHeadline)) {
            return true;
        }
        for (String title : titles) {
            if (longestPart(title).equalsIgnoreCase(t)) {
                return true;
            }
        }
        return false;
    }

    /** The article object of a JSON-LD script (alone, in an array or in an {@code @graph}), or null. */
    private static JsonNode article(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null; // a page's broken structured data is not our problem: the markup still has the article
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(nodes::add);
        } else if (root != null) {
            nodes.add(root);
            root.path("@graph").forEach(nodes::add);
        }
        for (JsonNode node : nodes) {
            String type = node.path("@type").isArray() ? node.path("@type").path(0).asText() : node.path("@type").asText();
            if (type.endsWith("Article") || type.endsWith("BlogPosting")) {
                return node;
            }
        }
        return null;
    }

    /** The names of people among a JSON-LD {@code author} (one object, a list, or plain strings); organisations are left out. */
    private static void authors(JsonNode author, List<String> out) {
        if (author == null) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> authors(a, out));
        } else if (author.isTextual()) {
            out.add(author.asText().strip());
        } else if (author.isObject() && !"Organization".equals(author.path("@type").asText())) {
            String name = textOrNull(author.get("name"));
            if (name != null) {
                out.add(name);
            }
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }
}
