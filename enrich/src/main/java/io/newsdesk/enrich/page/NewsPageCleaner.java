package io.newsdesk.enrich.page;

import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The enrichment's first step: turns a submission body into {@link ArticleContent}.
 *
 * <p>Every body is split into blocks (a line of a text page, a paragraph-level element of HTML). For raw
 * scraped pages ({@link SubmissionChannel#RAW_PAGE}) the site's chrome is then removed with general
 * signals rather than a list of known sites: the article body is the run of sentence-like blocks (long
 * enough, ending like a sentence, rich in function words, few links); what precedes it is header and
 * navigation except the headline (the last short title-like line before the body) and a standfirst; what
 * follows it is footer once the first non-sentence block appears; inside the body, blocks with boilerplate
 * wording, link-heavy blocks, menus of short lines and lines repeated on the page are dropped. Every
 * dropped block is kept in {@code removedBoilerplate} for audit.
 *
 * <p>Bodies from editorial systems (any other channel) are trusted: nothing is dropped, only sanitized.
 * HTML is sanitized to the publishing allowlist and rendered to plain text with paragraphs separated by
 * a blank line; plain text is rendered to {@code <p>} elements.
 */
public final class NewsPageCleaner implements ContentCleaner {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern HTML_START = Pattern.compile("(?is).{0,2000}?<(?:html|body|div|p|article|h1|head|!doctype)[\\s>].*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\u2013\u2014-]\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern H1_TAG = Pattern.compile("(?i)<(/?)h1\\b");
    private static final Pattern H5_H6_TAG = Pattern.compile("(?i)<(/?)h[56]\\b");
    private static final Pattern CELL_TAG = Pattern.compile("(?i)<(/?)(?:td|th|dt|dd|figcaption|pre)\\b[^>]{0,2000}>");

    /** The publishing allowlist: text structure and http(s)/mailto links, nothing executable. */
    static final Safelist PUBLISHING = Safelist.none()
            .addTags("p", "a", "em", "strong", "b", "i", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "br")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td", "th");
    private static final Set<String> CHROME_TAGS = Set.of(
            "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
            "select", "svg", "template", "object", "embed", "input", "label", "menu", "dialog");

    @Override
    public String name() {
        return "news-page-cleaner";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public ArticleContent clean(Submission submission) {
        boolean raw = submission.getChannel() == SubmissionChannel.RAW_PAGE;
        String body = submission.getBody() == null ? "" : submission.getBody();
        boolean html = submission.getBodyFormat() == BodyFormat.HTML || (raw && looksLikeHtml(body));
        List<String> removed = new ArrayList<>();
        String headline = blankToNull(submission.getHeadline());
        List<PageBlock> blocks;
        if (html) {
            Document doc = Jsoup.parse(body);
            if (raw) {
                if (headline == null) {
                    headline = htmlHeadline(doc);
                }
                removeChrome(doc, removed);
            }
            blocks = htmlBlocks(contentRoot(doc, raw));
        } else {
            blocks = PlainParagraphs.split(body, raw);
        }
        if (raw) {
            PageLayout layout = PageLayout.of(blocks);
            if (headline == null && layout.headline() >= 0) {
                headline = blocks.get(layout.headline()).text().strip();
            }
            List<PageBlock> kept = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                PageBlock b = blocks.get(i);
                if (layout.keep(i) && !(headline != null && b.text().strip().equalsIgnoreCase(headline))) {
                    kept.add(b);
                } else if (i != layout.headline() && !(headline != null && b.text().strip().equalsIgnoreCase(headline))) {
                    removed.add(b.text().strip());
                }
            }
            blocks = kept;
        }
        return ArticleContent.newBuilder()
                .setHeadline(headline)
                .setText(plainText(blocks, html ? null : body))
                .setHtml(sanitizedHtml(blocks))
                .setRemovedBoilerplate(removed)
                .build();
    }

    private static boolean looksLikeHtml(String body) {
        String head = body.length() > 2000 ? body.substring(0, 2000) : body;
        return HTML_START.matcher(head).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String htmlHeadline(Document doc) {
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

    private static void removeChrome(Document doc, List<String> removed) {
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

    private static Element contentRoot(Document doc, boolean raw) {
        if (raw) {
            Element article = doc.selectFirst("article");
            if (article != null && article.text().length() > 200) {
                return article;
            }
            Element main = doc.selectFirst("main, [role=main]");
            if (main != null && main.text().length() > 200) {
                return main;
            }
        }
        return doc.body();
    }

    private static List<PageBlock> htmlBlocks(Element root) {
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

    /**
     * The blocks' text, paragraphs separated by a blank line. A plain-text body whose paragraphs are already
     * separated by exactly one blank line (most editorial bodies) is that text: it is returned as it is rather than
     * copied; checking costs a comparison, building cost a growing buffer and a copy of the whole article.
     */
    private static String plainText(List<PageBlock> blocks, String body) {
        int length = 0;
        for (PageBlock b : blocks) {
            length += (length > 0 ? 2 : 0) + b.text().strip().length();
        }
        if (body != null && body.length() == length && joinedIs(blocks, body)) {
            return body;
        }
        StringBuilder sb = new StringBuilder(length);
        for (PageBlock b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(b.text().strip());
        }
        return sb.toString();
    }

    /** Whether the stripped blocks joined by blank lines spell {@code body} (of the same length). */
    private static boolean joinedIs(List<PageBlock> blocks, String body) {
        int at = 0;
        for (PageBlock b : blocks) {
            if (at > 0) {
                if (body.charAt(at) != '\n' || body.charAt(at + 1) != '\n') {
                    return false;
                }
                at += 2;
            }
            String t = b.text().strip();
            if (!body.startsWith(t, at)) {
                return false;
            }
            at += t.length();
        }
        return true;
    }

    private static String sanitizedHtml(List<PageBlock> blocks) {
        String paragraphs = PlainParagraphs.render(blocks);
        return paragraphs != null ? paragraphs : jsoupSanitizedHtml(blocks);
    }

    static String jsoupSanitizedHtml(List<PageBlock> blocks) {
        StringBuilder sb = new StringBuilder();
        String openList = null;
        for (PageBlock b : blocks) {
            if (openList != null && !openList.equals(b.listTag())) {
                sb.append("</").append(openList).append('>');
                openList = null;
            }
            if (b.listTag() != null && openList == null) {
                openList = "ol".equals(b.listTag()) ? "ol" : "ul";
                sb.append('<').append(openList).append('>');
            }
            sb.append(b.html() == null ? "<p>" + Entities.escape(b.text()) + "</p>" : retag(b.html()));
        }
        if (openList != null) {
            sb.append("</").append(openList).append('>');
        }
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(sb.toString(), "", PUBLISHING, settings);
    }

    /** Headings outside the allowlist keep their rank as near as it allows (h1 to h2, h5/h6 to h4). */
    private static String retag(String html) {
        String headings = H5_H6_TAG.matcher(H1_TAG.matcher(html).replaceAll("<$1h2")).replaceAll("<$1h4");
        return CELL_TAG.matcher(headings).replaceAll("<$1p>");
    }

    /** Which blocks of a raw page are the article, found once per page. */
    record PageLayout(boolean[] kept, int headline) {

        boolean keep(int i) {
            return kept[i];
        }

        static PageLayout of(List<PageBlock> blocks) {
            int n = blocks.size();
            boolean[] chrome = new boolean[n];
            boolean[] body = new boolean[n];
            Map<String, Integer> seen = new HashMap<>();
            for (PageBlock b : blocks) {
                seen.merge(b.normalized(), 1, Integer::sum);
            }
            for (int i = 0; i < n; i++) {
                PageBlock b = blocks.get(i);
                boolean repeated = seen.get(b.normalized()) > 1 && b.words() <= 12;
                chrome[i] = BoilerplatePhrases.matches(b) || b.linkDensity() > 0.5 || repeated;
                body[i] = !chrome[i] && isBodyParagraph(b);
            }
            markMenus(blocks, chrome);
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (body[i]) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            boolean[] kept = new boolean[n];
            if (first < 0) {
                // no paragraph looks like prose (a very short item): keep whatever is not chrome
                for (int i = 0; i < n; i++) {
                    kept[i] = !chrome[i];
                }
                return new PageLayout(kept, -1);
            }
            for (int i = first; i <= last; i++) {
                kept[i] = !chrome[i];
            }
            // a closing line or two ("He was 74.") still belongs to the story, until the footer starts
            for (int i = last + 1; i < n && !chrome[i] && sentenceLike(blocks.get(i), 2); i++) {
                kept[i] = true;
            }
            // a standfirst directly above the body belongs to it; above that sit the headline and the header
            int top = first;
            while (top - 1 >= 0 && !chrome[top - 1] && sentenceLike(blocks.get(top - 1), 8)) {
                top--;
                kept[top] = true;
            }
            int headline = -1;
            for (int i = top - 1; i >= 0; i--) {
                if (!chrome[i] && titleLike(blocks.get(i))) {
                    headline = i;
                    break;
                }
            }
            return new PageLayout(kept, headline);
        }

        private static boolean isBodyParagraph(PageBlock b) {
            int words = b.words();
            double stop = b.stopWordRatio();
            return (words >= 12 && b.endsLikeSentence() && stop >= 0.2) || (words >= 30 && stop >= 0.25);
        }

        private static boolean sentenceLike(PageBlock b, int minWords) {
            return b.words() >= minWords && b.endsLikeSentence() && b.linkDensity() <= 0.5;
        }

        private static boolean titleLike(PageBlock b) {
            int words = b.words();
            if (words < 3 || words > 25) {
                return false;
            }
            String t = b.text().strip();
            if (t.endsWith(".") || !Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))) {
                return false;
            }
            return true;
        }

        /** Three or more consecutive short lines without sentence punctuation are a menu. */
        private static void markMenus(List<PageBlock> blocks, boolean[] chrome) {
            int run = 0;
            for (int i = 0; i <= blocks.size(); i++) {
                boolean menuItem = i < blocks.size() && blocks.get(i).words() <= 4 && !blocks.get(i).endsLikeSentence();
                if (menuItem) {
                    run++;
                } else {
                    if (run >= 3) {
                        for (int k = i - run; k < i; k++) {
                            chrome[k] = true;
                        }
                    }
                    run = 0;
                }
            }
        }
    }
}
