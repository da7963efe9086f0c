package io.newsdesk.publish.site.syndication;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Templates;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import java.util.List;

/**
 * One feed (the whole site or one topic) before it is written as RSS, Atom or JSON Feed: the same
 * items, ids and links in all three formats. Items are the live articles, newest first publication
 * first; an updated article stays one item (same id) with a newer update date.
 *
 * @param id          stable feed id, independent of the base URL
 * @param title       feed title
 * @param description one sentence about the feed
 * @param homePath    the HTML page the feed mirrors
 * @param topicCode   the topic of a topic feed, null for the site feed
 * @param items       the articles, already limited to {@link #MAX_ITEMS}
 * @param now         stands in for "last updated" when the feed is empty
 */
record FeedChannel(String id, String title, String description, String homePath, String topicCode,
                   List<PublishedArticle> items, Instant now) {
    /** Readers poll often; fifty covers several days of a daily digest without heavy responses. */
    static final int MAX_ITEMS = 50;

    FeedChannel {
        items = List.copyOf(items);
    }

    String selfPath(String kind) {
        return SiteLinks.feed(topicCode, kind);
    }

    /** The newest publishedAt among the items: when a reader last had something new to fetch. */
    Instant updated() {
        return items.stream().map(PublishedArticle::getPublishedAt).max(Instant::compareTo).orElse(now);
    }

    /** What {@code site/syndication/content.jte} shows: the sanitized body (written as it is) and the notes. */
    record Content(String safeBody, List<Correction> corrections) {
    }

    /** The item's HTML content: the safe body, then its correction notes so feed readers see them too. */
    static String contentHtml(ArticleView a) {
        String body = SafeBody.html(a.rawBodyHtml(), a.bodyText());
        return Templates.render("site/syndication/content.jte", new Content(body, a.corrections()), body.length() + 256);
    }

    /** Plain-text summary for description fields; corrections noted so text-only readers see them. */
    static String summaryText(ArticleView a) {
        StringBuilder text = new StringBuilder(a.summary().orElse(""));
        for (Correction c : a.corrections()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append("Correction: ").append(c.getNote());
        }
        return text.toString();
    }

    /** Bylines are written "By Jane Roe" on pages; feed author fields want just the name. */
    static String authorName(String byline) {
        String b = byline.strip();
        return b.regionMatches(true, 0, "by ", 0, 3) ? b.substring(3).strip() : b;
    }
}
