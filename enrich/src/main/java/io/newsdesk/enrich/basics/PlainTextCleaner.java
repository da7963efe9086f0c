package io.newsdesk.enrich.basics;

import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * The first, structural content cleaner. An HTML body is reduced to its article ({@code <article>}, else
 * {@code <main>}, else {@code <body>}); scripts, forms and the page's own navigation ({@code <nav>},
 * {@code <aside>}, and {@code <header>}/{@code <footer>} outside the article) are dropped, their text kept
 * in {@code removedBoilerplate} for audit. What remains is sanitized to the publishing allowlist and also
 * rendered to plain text, one paragraph per block, paragraphs separated by a blank line. A TEXT body is
 * normalized the same way: blank lines separate paragraphs, the lines of one paragraph are joined (wire
 * copy arrives hard-wrapped), whitespace is collapsed. The headline is the submitted one or, when there
 * is none, the page's first {@code <h1>}, else its {@code <title>} without the site name.
 *
 * <p>It does not recognise boilerplate written as ordinary paragraphs (a site's greeting or "recent posts"
 * lines in a plain-text scrape); that is the job of a text-analysing cleaner. Pure and thread-safe.
 */
public final class PlainTextCleaner implements ContentCleaner {
    /** The publishing allowlist: paragraphs, links, emphasis, lists, quotations and headings. Only read. */
    private final Safelist publishing = new Safelist()
            .addTags("p", "br", "em", "strong", "b", "i", "ul", "ol", "li", "blockquote",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe",
            "object", "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "figure", "figcaption", "table", "thead", "tbody", "tr", "hr", "address", "details", "summary");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\u00a0]+");

    @Override
    public String name() {
        return "plain-text";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public ArticleContent clean(Submission submission) {
        String body = Normalizer.normalize(submission.getBody() == null ? "" : submission.getBody(), Normalizer.Form.NFC);
        String submittedHeadline = headlineText(submission.getHeadline());
        return submission.getBodyFormat() == BodyFormat.HTML
                ? cleanHtml(body, submittedHeadline, submission.getUrl())
                : cleanText(body, submittedHeadline);
    }

    private ArticleContent cleanText(String body, String headline) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : body.replace("\r\n", "\n").replace('\r', '\n').split("\n[ \t\u00a0]*\n")) {
            String paragraph = collapse(block.replace('\n', ' '));
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        dropRepeatedHeadline(paragraphs, headline);
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>").append(Entities.escape(p)).append("</p>\n");
        }
        return ArticleContent.newBuilder()
                .setHeadline(headline)
                .setText(String.join("\n\n", paragraphs))
                .setHtml(html.toString().strip())
                .setRemovedBoilerplate(new ArrayList<>())
                .build();
    }

    private ArticleContent cleanHtml(String body, String submittedHeadline, String url) {
        Document page = Jsoup.parse(body, url == null ? "" : url);
        String headline = submittedHeadline != null ? submittedHeadline : foundHeadline(page);
        page.select(String.join(",", NEVER_TEXT)).remove();
        Element root = articleRoot(page);
        List<String> removed = new ArrayList<>();
        if (root != page.body()) {
            // Whatever the page shows around its article is site chrome; keep its text for audit.
            removed.addAll(paragraphs(page.body(), root));
        }
        for (Element chrome : root.select("nav, aside, header, footer")) {
            boolean pageChrome = chrome.is("nav, aside") || chrome.closest("article") == null;
            if (pageChrome && within(chrome, root)) { // not inside chrome removed already
                removed.addAll(paragraphs(chrome));
                chrome.remove();
            }
        }
        Element firstHeading = root.selectFirst("h1");
        if (headline != null && firstHeading != null && sameText(firstHeading.text(), headline)) {
            // The headline is its own field; leaving it in the body would count and show it twice.
            firstHeading.remove();
        }
        List<String> paragraphs = paragraphs(root);
        dropRepeatedHeadline(paragraphs, headline);
        // Keep the source's own layout: pretty-printing would add whitespace the author did not write.
        Document.OutputSettings asWritten = new Document.OutputSettings().prettyPrint(false);
        page.outputSettings(asWritten);
        String html = Jsoup.clean(root.html(), page.location(), publishing, asWritten).strip();
        return ArticleContent.newBuilder()
                .setHeadline(headline)
                .setText(String.join("\n\n", paragraphs))
                .setHtml(html)
                .setRemovedBoilerplate(removed)
                .build();
    }

    private static boolean within(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static Element articleRoot(Document page) {
        Elements articles = page.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        Element main = page.selectFirst("main");
        return main != null ? main : page.body();
    }

    private static String foundHeadline(Document page) {
        Element h1 = page.selectFirst("body h1");
        if (h1 != null && !h1.text().isBlank()) {
            return headlineText(h1.text());
        }
        // A title is usually "Headline | Site" or "Headline - Site": the longest part is the headline.
        String title = page.title();
        return Arrays.stream(title.split("\\s+[|\u2013\u2014-]\\s+"))
                .map(PlainTextCleaner::headlineText)
                .filter(t -> t != null)
                .reduce((a, b) -> b.length() > a.length() ? b : a)
                .orElse(null);
    }

    /** One paragraph per block element; {@code <br>} keeps a line break inside its paragraph. */
    static List<String> paragraphs(Element root) {
        return paragraphs(root, null);
    }

    /** As {@link #paragraphs(Element)}, leaving out the subtree {@code skip} (may be null). */
    private static List<String> paragraphs(Element root, Element skip) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == skip) {
                    flush(current, out);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    // Line breaks in the source are layout, not text; only <br> breaks a line.
                    current.append(WHITESPACE.matcher(text.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        flush(current, out);
                    } else if (e.nameIs("td") || e.nameIs("th")) {
                        current.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, out);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        List<String> lines = new ArrayList<>();
        for (String line : current.toString().split("\n")) {
            String l = collapse(line);
            if (!l.isEmpty()) {
                lines.add(l);
            }
        }
        if (!lines.isEmpty()) {
            out.add(String.join("\n", lines));
        }
        current.setLength(0);
    }

    private static void dropRepeatedHeadline(List<String> paragraphs, String headline) {
        if (headline != null && !paragraphs.isEmpty() && sameText(paragraphs.get(0), headline)) {
            paragraphs.remove(0);
        }
    }

    private static boolean sameText(String a, String b) {
        return collapse(a).toLowerCase(Locale.ROOT).equals(collapse(b).toLowerCase(Locale.ROOT));
    }

    private static String headlineText(String headline) {
        if (headline == null) {
            return null;
        }
        String h = collapse(headline);
        return h.isEmpty() ? null : h;
    }

    /** Control characters and runs of whitespace (tabs, no-break spaces, newlines) become one space. */
    static String collapse(String s) {
        return s.replaceAll("[\\p{Cntrl}\\s\u00a0\u2007\u202f\u200b]+", " ").strip();
    }
}
