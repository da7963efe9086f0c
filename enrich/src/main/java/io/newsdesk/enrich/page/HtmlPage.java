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
    /** A link to a site's home page: "/", "/index.html", "https://site.example/". */
    static final Pattern HOME = Pattern.compile("(?i)(?:https?://[^/]+)?/?(?:index\\.[a-z]{3,4})?");
    /** Elements other than an h1 that hold a headline on some sites: a heading, or an element named for it. */
    private static final String HEADING_MARKUP = "h2, h3, [itemprop=headline], [class*=headline], [class*=title]";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A field's label printed beside the author's name: "<div>Author</div><div>NAME</div>". */
    private static final Pattern AUTHOR_LABEL = Pattern.compile("(?i)(?:by|authors?|written by|words by)\\s?:?");
    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td", "th");
    /** Paragraph-level tags that are layout containers on a scraped page: a cell or a description may hold paragraphs. */
    private static final Set<String> CONTAINER_TAGS = Set.of("td", "th", "dd");
    private static final Set<String> CHROME_TAGS = Set.of(
            "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
            "select", "svg", "template", "object", "embed", "input", "label", "menu", "dialog");
    /**
     * How surely an element marks the author: 0 {@code itemprop=author}, 1 {@code rel=author}, 2 a class that is
     * "author" or "byline" or names the name inside one ("byline__name"), 3 a class naming the author ("story__author"), 4 one naming the byline; -1 none.
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
            // "author", "byline", or a class for the name inside one ("byline__name"), which leaves out the role beside it
            if (c.equals("author") || c.equals("byline") || (c.contains("author") || c.contains("byline")) && c.endsWith("name")) {
                return 2;
            }
        }
        return classes.contains("author") ? 3 : classes.contains("byline") ? 4 : -1;
    }

    /** Where the article's headline is, the most specific first: selectors tried one after the other, not in page order. */
    private static final List<String> HEADLINE_MARKUP = List.of(
            "article h1", "main h1", "[itemprop=headline]", "h1:not(header h1, nav h1, footer h1)", "h1");
    /** How many levels above an author's element the line naming all the authors may be. */
    private static final int MAX_BYLINE_DEPTH = 2;
    /** The ranks of {@link #authorRank}. */
    private static final int AUTHOR_MARKS = 5;
    /** An {@code <article>} or {@code <main>} is the story's root only when it holds more text than this. */
    private static final int MIN_ROOT_TEXT = 200;

    private HtmlPage() {
    }

    /**
     * The headline the page's markup gives: a heading that the metadata names exactly (a newsletter's name in the h1
     * over the post's title in an h2), else the article's own h1 (an h1 in the site's header is usually its logo),
     * else the heading or headline element that the metadata names; null when the markup gives none.
     */
    static String headline(Document doc, PageMetadata meta) {
        String ogTitle = meta.titles().isEmpty() ? null : meta.titles().get(0);
        for (Element e : doc.select("h1, " + HEADING_MARKUP)) {
            String text = HeadlineText.of(e);
            if (meta.isHeadline(text)) {
                return text;
            }
        }
        for (String selector : HEADLINE_MARKUP) {
            for (Element h1 : doc.select(selector)) {
                String text = HeadlineText.of(h1);
                if (!text.isBlank() && !isLogo(h1, text, meta, ogTitle)) {
                    return text;
                }
            }
        }
        // no h1 but the site's: the heading or headline element that the metadata names ("<h2 class=post-title>")
        for (Element e : doc.select(HEADING_MARKUP)) {
            String text = HeadlineText.of(e);
            if (meta.namesAsHeadline(text)) {
                return text;
            }
        }
        return null;
    }

    /**
     * The headline the metadata gives when the markup gives none (the JSON-LD article's, else the title's), or null
     * when that is the site's own name: "Business | The Highveld Herald" over a section h1, where the title's longest
     * part is the site, which its logo links home ({@link PageMetadata#siteNames}); the headline is then left to the
     * page's text.
     */
    static String metadataHeadline(PageMetadata meta) {
        String fromMetadata = meta.headline();
        return fromMetadata != null && meta.siteNames().contains(fromMetadata.strip().toLowerCase(Locale.ROOT)) ? null : fromMetadata;
    }

    /**
     * An h1 that names the site, not the story: the title gives it as the site's part ("Story | Site"), it is
     * nothing but a link to the home page, or it is a word or two beside a longer og:title.
     */
    private static boolean isLogo(Element h1, String text, PageMetadata meta, String ogTitle) {
        if (meta.namesTheSite(text)) {
            return true;
        }
        Element link = h1.selectFirst("a[href]");
        if (link != null && link.text().strip().equals(text) && HOME.matcher(link.attr("href").strip()).matches()) {
            return true;
        }
        return ogTitle != null && PageBlock.words(text) < 3 && !ogTitle.equalsIgnoreCase(text);
    }

    /**
     * The authors named in the page's markup: an element marked as the author ({@code itemprop=author},
     * {@code rel=author}, a class naming the author or byline), else {@code <meta name="author">}; read as
     * names by {@link Byline} ("By ...", roles and dates left out). Null when none reads as names.
     */
    static String byline(Document doc, PageMetadata meta) {
        // structured data names each author on its own, where markup often runs names and roles together
        List<String> people = new ArrayList<>();
        for (String author : meta.jsonLdAuthors()) {
            String names = Byline.nameLine(author);
            if (names != null) {
                people.add(names);
            }
        }
        if (!people.isEmpty()) {
            return Byline.joined(people);
        }
        // one walk over the page sorts the candidates by how surely they mark the author
        List<List<Element>> ranked = new ArrayList<>();
        for (int r = 0; r < AUTHOR_MARKS; r++) {
            ranked.add(new ArrayList<>());
        }
        // the story's own author elements first: a rail of teasers above it may mark theirs the same way
        Element story = contentRoot(doc, true);
        for (Element e : doc.getAllElements()) {
            int rank = authorRank(e);
            if (rank >= 0) {
                ranked.get(rank).add(e);
            }
        }
        if (story != doc.body()) {
            for (List<Element> candidates : ranked) {
                candidates.sort((a, b) -> Boolean.compare(!within(a, story), !within(b, story)));
            }
        }
        for (List<Element> candidates : ranked) {
            for (Element e : candidates) {
                String names = eachChildNames(e);
                names = names != null ? names : Byline.nameLine(visibleText(e));
                if (names != null) {
                    return widened(e, names);
                }
            }
        }
        Element authorMeta = doc.selectFirst("meta[name=author]");
        String fromMeta = authorMeta == null ? null : Byline.nameLine(authorMeta.attr("content"));
        return fromMeta != null ? fromMeta : footerCredit(doc);
    }

    /** "Written by NAME" in the article's own footer, which goes with the site's chrome before the text is read. */
    private static String footerCredit(Document doc) {
        for (Element e : doc.select("article footer p, article footer div, article footer span")) {
            String names = Byline.afterLeadIn(e.text());
            if (names != null) {
                return names;
            }
        }
        return null;
    }

    /** The authors of an element whose children name one each ("<ul class=authors><li>A</li><li>B</li></ul>"), or null. */
    private static String eachChildNames(Element e) {
        if (e.children().size() < 2) {
            return null;
        }
        List<String> people = new ArrayList<>();
        for (Element child : e.children()) {
            String text = visibleText(child);
            if (text.isEmpty() || CHROME_TAGS.contains(child.tagName())) {
                continue; // an avatar, a "Follow" button
            }
            if (LineShapes.isDateLine(text, PageBlock.words(text)) || JournalistRoles.isRole(text)
                    || AUTHOR_LABEL.matcher(text).matches()) {
                continue; // the date, the role or a field's label beside the name: "<span>Amit Rao</span> <span>1 Dec 2026, 14:20</span>"
            }
            String one = Byline.nameLine(text);
            if (one == null || one.contains(" and ")) {
                return null;
            }
            people.add(one);
        }
        return people.isEmpty() ? null : Byline.joined(people);
    }

    private static boolean within(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** An element's text without its buttons and other controls ("Amit Rao Follow" reads "Amit Rao"). */
    private static String visibleText(Element e) {
        if (e.selectFirst("button, select, input, svg, script, style") == null) {
            return e.text().strip();
        }
        Element copy = e.clone();
        copy.select("button, select, input, svg, script, style").remove();
        return copy.text().strip();
    }

    /**
     * The authors of the line around an element marked as one of them, when that line names them all: "By <span
     * class=byline>A</span> and <span class=byline>B</span>" gives "A and B", not "B".
     */
    private static String widened(Element e, String names) {
        List<String> one = List.of(names.split(", | and "));
        Element line = e.parent();
        for (int up = 0; up < MAX_BYLINE_DEPTH && line != null && !"body".equals(line.tagName()); up++, line = line.parent()) {
            String all = Byline.nameLine(line.text());
            if (all != null && !all.equals(names) && List.of(all.split(", | and ")).containsAll(one)) {
                return all;
            }
        }
        return names;
    }

    /** Removes the page's chrome and its photos' captions, keeping the text of each removed part in {@code removed}. */
    static void removeChrome(Document doc, List<String> removed) {
        for (Element e : doc.select(String.join(",", CHROME_TAGS) + ",[role=navigation],[role=banner],[role=contentinfo],[aria-hidden=true]"
                + ",figcaption,p[class*=caption],div[class*=caption],span[class*=caption]")) {
            if (e.parent() == null) {
                continue; // already gone with an ancestor
            }
            if ("header".equals(e.tagName()) && e.selectFirst("h1") != null && e.closest("article") != null) {
                continue; // the article's own header, with its headline, standfirst and author line: the layout reads it
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

    /** The blocks of {@code root}; on a raw page a table cell holding paragraphs is read inside ({@link #holdsParagraphs}). */
    static List<PageBlock> blocks(Element root, boolean raw) {
        List<PageBlock> out = new ArrayList<>();
        collect(root, raw, out);
        return out;
    }

    private static void collect(Element element, boolean raw, List<PageBlock> out) {
        StringBuilder loose = new StringBuilder();
        boolean afterElement = false;
        for (Node child : element.childNodes()) {
            boolean follows = afterElement;
            afterElement = child instanceof Element;
            if (child instanceof TextNode tn) {
                loose.append(tn.text());
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (BLOCK_TAGS.contains(tag) && !(raw && holdsParagraphs(e))) {
                    flushLoose(loose, out);
                    if (!e.text().isBlank()) {
                        int linkChars = 0;
                        for (Element a : e.select("a")) {
                            linkChars += a.text().length();
                        }
                        String listTag = "li".equals(tag) && e.parent() != null ? e.parent().tagName() : null;
                        out.add(new PageBlock(e.text().strip(), e.outerHtml(), linkChars, listTag));
                    }
                } else if (e.isBlock() || "br".equals(tag) || raw && e.selectFirst("br") != null) {
                    // inline markup around line breaks (an old page's <font> around the story) is a container
                    flushLoose(loose, out);
                    collect(e, raw, out);
                } else {
                    // inline markup (a, em, span) inside a bare container: keep it with its text; two elements side by
                    // side are two items of a row ("<a>Amit Rao</a><time>2 March</time>"), not one word
                    if (follows && !loose.isEmpty() && !Character.isWhitespace(loose.charAt(loose.length() - 1))) {
                        loose.append(' ');
                    }
                    loose.append(e.outerHtml().contains("<a") ? "\u0000" + e.text() + "\u0001" : e.text());
                }
            }
        }
        flushLoose(loose, out);
    }

    /**
     * A table cell or description of a raw page that holds paragraphs of its own (block elements or
     * line breaks), as an old table layout puts the whole story in one {@code <td>}: read inside, not as one block.
     */
    private static boolean holdsParagraphs(Element e) {
        if (!CONTAINER_TAGS.contains(e.tagName())) {
            return false;
        }
        for (Element child : e.children()) {
            if (child.isBlock() || "br".equals(child.tagName()) || child.selectFirst("br") != null) {
                return true;
            }
        }
        return false;
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
