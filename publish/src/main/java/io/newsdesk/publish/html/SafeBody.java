package io.newsdesk.publish.html;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The article body as HTML a browser may render. Enrichment already sanitized it, but the site does
 * not trust a topic anyone with write access could fill: it cleans again to the publishing allowlist
 * (paragraphs, links, emphasis, lists, quotes, sub-headings), keeps only http, https and mailto links
 * and marks them nofollow. A body without HTML is rendered from its plain text.
 *
 * <p>The read model's index keeps each body as cleaned here when it was indexed: a change to these rules
 * must raise the index's layout version ({@code ArticleFields.SCHEMA_VERSION}, which {@code IndexLayoutTest}
 * holds to), or existing indexes keep serving bodies cleaned by the old rules.
 */
public final class SafeBody {
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "h5", "h6")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private SafeBody() {
    }

    /**
     * The body as HTML a browser may render, remembered for the next ask (see below): for bodies read
     * again and again, as the newest articles are by every feed.
     *
     * @param html the body's HTML as enrichment left it, or null
     * @param text the body's text, used when there is no HTML
     */
    public static String html(String html, String text) {
        if (html != null && !html.isBlank()) {
            String known = CLEANED.getIfPresent(html);
            if (known != null) {
                return known;
            }
            String clean = clean(html, text);
            if (html.length() <= MAX_BODY_CHARS) {
                CLEANED.put(html, clean);
            }
            return clean;
        }
        return fromText(text);
    }

    /** {@link #html} without remembering it: for a body cleaned once, as the read model does when it indexes one. */
    public static String clean(String html, String text) {
        if (html != null && !html.isBlank()) {
            return Jsoup.clean(Markup.xmlSafe(html), "", ALLOWED, COMPACT);
        }
        return fromText(text);
    }

    /**
     * Bodies cleaned lately, by the HTML they were cleaned from: parsing and rebuilding a body was most of
     * what a feed (fifty whole articles, rendered again at every refresh of the index) and a search API page
     * cost, and the same newest articles are in every feed. The answer depends on the input alone, so a
     * remembered one is exactly what cleaning again would give. Bounded by characters (about 16 MB: two
     * per character of the input and of its cleaned form), what is asked for often kept over what was
     * asked for once (see the site's {@code RenderedAnswers} for why that matters to the collector); a body above
     * 64 KB is cleaned each time rather than pushing out a hundred others.
     */
    private static final long MAX_CHARS = 8L * 1024 * 1024;
    private static final int MAX_BODY_CHARS = 64 * 1024;
    private static final Cache<String, String> CLEANED = Caffeine.newBuilder().maximumWeight(MAX_CHARS)
            .weigher((String html, String clean) -> html.length() + clean.length())
            .executor(Runnable::run).build();

    /** Paragraphs are separated by a blank line in {@code ArticleContent.text}. */
    static String fromText(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            String p = paragraph.strip();
            if (!p.isEmpty()) {
                out.append("<p>").append(Markup.escape(p).replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return out.toString();
    }
}
