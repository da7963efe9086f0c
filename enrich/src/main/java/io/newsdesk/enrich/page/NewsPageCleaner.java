package io.newsdesk.enrich.page;

import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The enrichment's first step: turns a submission body into {@link ArticleContent}.
 *
 * <p>Every body is split into blocks: a line or paragraph of a text page ({@link PlainParagraphs}), a
 * paragraph-level element of HTML ({@link HtmlPage}). For raw scraped pages ({@link SubmissionChannel#RAW_PAGE})
 * the site's chrome is then removed with general signals rather than a list of known sites ({@link PageLayout}),
 * and the headline is found in the page when none was submitted, and the author line as {@code byline}. Every
 * dropped block is kept in {@code removedBoilerplate} for audit.
 *
 * <p>Bodies from editorial systems (any other channel) are trusted: nothing is dropped, only sanitized.
 * HTML is sanitized to the publishing allowlist ({@link PublishingHtml}) and rendered to plain text with
 * paragraphs separated by a blank line; plain text is rendered to {@code <p>} elements.
 */
public final class NewsPageCleaner implements ContentCleaner {
    private static final Pattern HTML_START = Pattern.compile("(?is).{0,2000}?<(?:html|body|div|p|article|h1|head|!doctype)[\\s>].*");
    /** How far into a raw page its markup must have started for the page to be read as HTML. */
    private static final int HTML_HEAD = 2000;
    /** A biography above an essay is a sentence; a longer paragraph naming the author is the story's. */
    private static final int MAX_BIOGRAPHY_CHARS = 300;

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
        String byline = null;
        boolean found = headline == null;
        String fromMetadata = null;
        List<String> titles = List.of();
        List<PageBlock> blocks;
        if (html) {
            Document doc = Jsoup.parse(body);
            if (raw) {
                PageMetadata meta = PageMetadata.of(doc);
                if (headline == null) {
                    headline = HtmlPage.headline(doc, meta);
                    fromMetadata = headline == null ? HtmlPage.metadataHeadline(meta) : null;
                    titles = meta.jsonLdHeadline() == null ? meta.titles() : append(meta.titles(), meta.jsonLdHeadline());
                }
                byline = HtmlPage.byline(doc, meta);
                HtmlPage.removeChrome(doc, removed);
            }
            blocks = HtmlPage.blocks(HtmlPage.contentRoot(doc, raw), raw);
        } else {
            blocks = PlainParagraphs.split(body, raw);
        }
        if (raw) {
            PageLayout layout = PageLayout.of(blocks);
            String shown = layout.headline() >= 0 ? blocks.get(layout.headline()).text().strip() : null;
            if (headline == null) {
                // a title written for search engines ("Rail fares 2026: ... - what it means for you") gives way to the
                // headline the page shows in other words; a title that names no story the page shows stays
                boolean rewritten = fromMetadata != null && shown != null && !isShown(fromMetadata, blocks) && HeadlineText.agrees(shown, titles);
                headline = fromMetadata != null && !rewritten ? fromMetadata : shown == null ? null : HeadlineText.withoutSiteName(shown);
            }
            if (found && headline != null) {
                headline = HeadlineText.withoutRunInLabel(headline);
            }
            if (byline == null) {
                byline = layout.byline();
            }
            if (byline == null && headline != null) {
                byline = ArticleHeader.bylineUnder(blocks, headline); // a header printed after the story it heads (a grid layout)
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
            if (!blocks.isEmpty() && isBiography(blocks.get(0).text(), byline)) {
                removed.add(blocks.remove(0).text().strip());
            }
        }
        return ArticleContent.newBuilder()
                .setHeadline(headline)
                .setText(plainText(blocks, html ? null : body))
                .setHtml(PublishingHtml.of(blocks))
                .setRemovedBoilerplate(removed)
                .setByline(byline)
                .build();
    }

    /** Whether a line of the page's text is {@code line} as it stands. */
    private static boolean isShown(String line, List<PageBlock> blocks) {
        for (PageBlock b : blocks) {
            if (b.text().strip().equalsIgnoreCase(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The author's one-sentence biography printed above an essay ("Aurelia Obi is a care worker and a former
     * lecturer."): it opens with the byline's first name and "is" or "was", and is not the story's first paragraph.
     */
    private static boolean isBiography(String text, String byline) {
        if (byline == null) {
            return false;
        }
        String author = byline.split(",| and ", 2)[0].strip();
        String t = text.strip();
        return t.startsWith(author + " is ") || t.startsWith(author + " was ") ? t.indexOf(". ") < 0 && t.length() < MAX_BIOGRAPHY_CHARS : false;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static boolean looksLikeHtml(String body) {
        String head = body.length() > HTML_HEAD ? body.substring(0, HTML_HEAD) : body;
        return HTML_START.matcher(head).matches();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The blocks' text, paragraphs separated by a blank line. A plain-text body whose paragraphs are already
     * separated by exactly one blank line (most editorial bodies) is that text: it is returned as it is rather than
     * copied.
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
}
