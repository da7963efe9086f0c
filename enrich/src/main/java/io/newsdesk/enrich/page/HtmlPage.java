package io.newsdesk.enrich.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page as blocks: its headline (the article's {@code <h1>}, else {@code og:title}, else the
 * {@code <title>} without the site name), its chrome removed (scripts, navigation, headers, footers, forms,
 * hidden parts; their text kept for audit), its content root ({@code <article>} or {@code <main>} when they
 * hold the text), and every paragraph-level element or loose text as one {@link PageBlock} with the number
 * of its characters inside links.
 */
final class HtmlPage {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td", "th");
    private static final Set<String> CHROME_TAGS = Set.of(
            "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
            "select", "svg", "template", "object", "embed", "input", "label", "menu", "dialog");
    /** An {@code <article>} or {@code <main>} is the story's root only when it holds more text than this. */
    private static final int MIN_ROOT_TEXT = 200;

    private HtmlPage() {
    }

    static String headline(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String title = doc.title();
        if (title.isBlank()) {
            return null;
        }
        // "Story headline | Site name" or "Story headline - Site name": the site name is chrome
        String[] parts = TITLE_SEPARATOR.split(title);
        return parts[0].strip();
    }

    /** Removes the page's chrome, keeping the text of each removed part in {@code removed}. */
    static void removeChrome(Document doc, List<String> removed) {
        for (Element e : doc.select(String.join(",", CHROME_TAGS) + ",[role=navigation],[role=banner],[role=contentinfo],[aria-hidden=true]")) {
            if (e.parent() == null) {
                continue; // already gone with an ancestor
            }
            String text = e.text().strip();
            if (!text.isEmpty() && !"script".equals(e.tagName()) && !"style".equals(e.tagName())) {
                removed.add(text);
            }
            e.remove();
        }
    }

    /** The element that holds the story: for a raw page its {@code <article>} or {@code <main>}, else the body. */
    static Element contentRoot(Document doc, boolean raw) {
        if (raw) {
            Element article = doc.selectFirst("article");
            if (article != null && article.text().length() > MIN_ROOT_TEXT) {
                return article;
            }
            Element main = doc.selectFirst("main, [role=main]");
            if (main != null && main.text().length() > MIN_ROOT_TEXT) {
                return main;
            }
        }
        return doc.body();
    }

    static List<PageBlock> blocks(Element root) {
        List<PageBlock> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element element, List<PageBlock> out) {
        StringBuilder loose = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode tn) {
                loose.append(tn.text());
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (BLOCK_TAGS.contains(tag)) {
                    flushLoose(loose, out);
                    if (!e.text().isBlank()) {
                        int linkChars = 0;
                        for (Element a : e.select("a")) {
                            linkChars += a.text().length();
                        }
                        String listTag = "li".equals(tag) && e.parent() != null ? e.parent().tagName() : null;
                        out.add(new PageBlock(e.text().strip(), e.outerHtml(), linkChars, listTag));
                    }
                } else if (e.isBlock() || "br".equals(tag)) {
                    flushLoose(loose, out);
                    collect(e, out);
                } else {
                    // inline markup (a, em, span) inside a bare container: keep it with its text
                    loose.append(e.outerHtml().contains("<a") ? "\u0000" + e.text() + "\u0001" : e.text());
                }
            }
        }
        flushLoose(loose, out);
    }

    /** Text lying directly in a div or body, outside any paragraph element, becomes a block of its own. */
    private static void flushLoose(StringBuilder loose, List<PageBlock> out) {
        String raw = loose.toString();
        loose.setLength(0);
        int linkChars = 0;
        boolean inLink = false;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u0000') {
                inLink = true;
            } else if (c == '\u0001') {
                inLink = false;
            } else {
                text.append(c);
                if (inLink) {
                    linkChars++;
                }
            }
        }
        String t = WHITESPACE.matcher(text.toString().strip()).replaceAll(" ");
        if (!t.isEmpty()) {
            out.add(new PageBlock(t, "<p>" + Entities.escape(t) + "</p>", linkChars, null));
        }
    }
}
