package io.newsdesk.enrich.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    /**
     * How surely an element marks the author: 0 {@code itemprop=author}, 1 {@code rel=author}, 2 a class that is
     * "author" or "byline", 3 a class naming the author ("story__author"), 4 one naming the byline; -1 none.
     */
    private static int authorRank(Element e) {
        if ("author".equalsIgnoreCase(e.attr("itemprop"))) {
            return 0;
        }
        if ("author".equalsIgnoreCase(e.attr("rel"))) {
            return 1;
        }
        String classes = e.className().toLowerCase(Locale.ROOT);
        if (classes.isEmpty()) {
            return -1;
        }
        for (String c : WHITESPACE.split(classes)) {
            if (c.equals("author") || c.equals("byline")) {
                return 2;
            }
        }
        return classes.contains("author") ? 3 : classes.contains("byline") ? 4 : -1;
    }

    /** Where the article's headline is, the most specific first: selectors tried one after the other, not in page order. */
    private static final List<String> HEADLINE_MARKUP = List.of(
            "article h1", "main h1", "[itemprop=headline]", "h1:not(header h1, nav h1, footer h1)", "h1");
    /** The ranks of {@link #authorRank}. */
    private static final int AUTHOR_MARKS = 5;
    /** An {@code <article>} or {@code <main>} is the story's root only when it holds more text than this. */
    private static final int MIN_ROOT_TEXT = 200;

    private HtmlPage() {
    }

    static String headline(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        String ogTitle = og == null || og.attr("content").isBlank() ? null : og.attr("content").strip();
        // the article's own h1 first; an h1 in the site's header is usually its logo
        for (String selector : HEADLINE_MARKUP) {
            Element h1 = doc.selectFirst(selector);
            if (h1 != null && !h1.text().isBlank()) {
                String text = h1.text().strip();
                // a one- or two-word h1 beside a longer og:title is a logo or a section name
                boolean logo = ogTitle != null && new PageBlock(text, null, 0, null).words() < 3
                        && !ogTitle.equalsIgnoreCase(text);
                if (!logo) {
                    return text;
                }
            }
        }
        if (ogTitle != null) {
            return ogTitle;
        }
        String title = doc.title();
        if (title.isBlank()) {
            return null;
        }
        // "Story headline | Site name" or "Story headline - Site name": the site name is chrome
        String[] parts = TITLE_SEPARATOR.split(title);
        return parts[0].strip();
    }

    /**
     * The authors named in the page's markup: an element marked as the author ({@code itemprop=author},
     * {@code rel=author}, a class naming the author or byline), else {@code <meta name="author">}; read as
     * names by {@link Byline} ("By ...", roles and dates left out). Null when none reads as names.
     */
    static String byline(Document doc) {
        // one walk over the page sorts the candidates by how surely they mark the author
        List<List<Element>> ranked = new ArrayList<>();
        for (int r = 0; r < AUTHOR_MARKS; r++) {
            ranked.add(new ArrayList<>());
        }
        for (Element e : doc.getAllElements()) {
            int rank = authorRank(e);
            if (rank >= 0) {
                ranked.get(rank).add(e);
            }
        }
        for (List<Element> candidates : ranked) {
            for (Element e : candidates) {
                String names = Byline.nameLine(e.text());
                if (names != null) {
                    return names;
                }
            }
        }
        Element meta = doc.selectFirst("meta[name=author]");
        return meta == null ? null : Byline.nameLine(meta.attr("content"));
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
