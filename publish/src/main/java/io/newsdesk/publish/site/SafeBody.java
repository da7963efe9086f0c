package io.newsdesk.publish.site;

import io.newsdesk.publish.readmodel.ArticleView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The article body as HTML a browser may render. Enrichment already sanitized it, but the site does
 * not trust a topic anyone with write access could fill: it cleans again to the publishing allowlist
 * (paragraphs, links, emphasis, lists, quotes, sub-headings), keeps only http, https and mailto links
 * and marks them nofollow. A body without HTML is rendered from its plain text.
 */
public final class SafeBody {
    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4", "h5", "h6")
            .removeProtocols("a", "href", "ftp")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private SafeBody() {
    }

    /** The article's body as HTML a browser may render. */
    public static String html(ArticleView article) {
        return html(article.rawBodyHtml(), article.bodyText());
    }

    static String html(String html, String text) {
        if (html != null && !html.isBlank()) {
            return Jsoup.clean(Markup.xmlSafe(html), "", ALLOWED, COMPACT);
        }
        return fromText(text);
    }

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
