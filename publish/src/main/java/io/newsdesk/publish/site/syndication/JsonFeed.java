package io.newsdesk.publish.site.syndication;

import io.newsdesk.platform.json.Json;
import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.html.Markup;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Timestamps;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Item ids are the same stable URNs as in RSS and
 * Atom; {@code date_modified} moves when a new version is published.
 */
final class JsonFeed {
    static final String CONTENT_TYPE = "application/feed+json; charset=utf-8";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    static String write(FeedChannel channel, SiteLinks links, String siteTitle) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", VERSION);
        feed.put("title", channel.title());
        feed.put("home_page_url", links.absolute(channel.homePath()));
        feed.put("feed_url", links.absolute(channel.selfPath("feed.json")));
        feed.put("description", channel.description());
        feed.put("language", "en");
        feed.put("authors", List.of(Map.of("name", siteTitle)));
        List<Map<String, Object>> items = new ArrayList<>();
        for (PublishedArticle item : channel.items()) {
            ArticleView a = new ArticleView(item);
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("id", SiteLinks.itemId(a.articleId()));
            i.put("url", links.absolute(SiteLinks.article(a.slug())));
            i.put("title", Markup.xmlSafe(a.headline()));
            i.put("content_html", FeedChannel.contentHtml(a));
            String summary = FeedChannel.summaryText(a);
            if (!summary.isEmpty()) {
                i.put("summary", summary);
            }
            i.put("date_published", Timestamps.iso(a.firstPublishedAt()));
            i.put("date_modified", Timestamps.iso(a.publishedAt()));
            a.byline().ifPresent(b -> i.put("authors", List.of(Map.of("name", FeedChannel.authorName(b)))));
            List<String> tags = a.topics().stream().map(Subject::getLabel).toList();
            if (!tags.isEmpty()) {
                i.put("tags", tags);
            }
            i.put("language", a.language());
            items.add(i);
        }
        feed.put("items", items);
        return Json.write(feed);
    }
}
