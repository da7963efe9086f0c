package io.newsdesk.enrich.page;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * The blocks of a page as the HTML that is published: sanitized to the publishing allowlist (text structure
 * and http(s)/mailto links, nothing executable), list items inside their list, headings outside the allowlist
 * at the nearest rank it allows. Plain-text blocks take {@link PlainParagraphs}' rendering, which gives what
 * jsoup would without parsing; anything else goes through jsoup.
 */
final class PublishingHtml {
    private static final Pattern H1_TAG = Pattern.compile("(?i)<(/?)h1\\b");
    private static final Pattern H5_H6_TAG = Pattern.compile("(?i)<(/?)h[56]\\b");
    private static final Pattern CELL_TAG = Pattern.compile("(?i)<(/?)(?:td|th|dt|dd|figcaption|pre)\\b[^>]{0,2000}>");

    /** The publishing allowlist: text structure and http(s)/mailto links, nothing executable. */
    static final Safelist PUBLISHING = Safelist.none()
            .addTags("p", "a", "em", "strong", "b", "i", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "br")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private PublishingHtml() {
    }

    static String of(List<PageBlock> blocks) {
        String paragraphs = PlainParagraphs.render(blocks);
        return paragraphs != null ? paragraphs : throughJsoup(blocks);
    }

    /** The blocks rendered and cleaned by jsoup: the path for markup, and the reference for the plain-text shortcut. */
    static String throughJsoup(List<PageBlock> blocks) {
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
}
