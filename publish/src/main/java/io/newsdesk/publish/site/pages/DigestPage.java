package io.newsdesk.publish.site.pages;

import io.newsdesk.platform.json.Json;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Timestamps;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.DigestGroup;
import io.newsdesk.schemas.DigestItem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The daily report as an e-mail newsletter and as JSON. The HTML is what mail clients render well:
 * one centred table, inline styles, absolute links, no stylesheet, images or scripts.
 */
final class DigestPage {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.ENGLISH);

    /** What {@code digest.jte} shows; links are absolute, for mail clients. */
    record View(String title, String canonicalUrl, String jsonPath, String homeUrl, String siteTitle, String date,
                String longDate, int count, List<Group> groups, String timeZone, String rssUrl) {
    }

    record Group(String label, List<Item> items) {
    }

    /** {@code summary} is null when the article has none. */
    record Item(String url, String headline, String summary) {
    }

    private DigestPage() {
    }

    static String html(Digest digest, SiteLinks links, String siteTitle) {
        LocalDate date = LocalDate.parse(digest.getDate());
        String longDate = LONG_DATE.format(date);
        int count = digest.getGroups().stream().mapToInt(g -> g.getItems().size()).sum();
        List<Group> groups = new ArrayList<>(digest.getGroups().size());
        for (DigestGroup group : digest.getGroups()) {
            List<Item> items = new ArrayList<>(group.getItems().size());
            for (DigestItem item : group.getItems()) {
                String summary = item.getSummary() == null || item.getSummary().isBlank() ? null : item.getSummary();
                items.add(new Item(links.absolute(SiteLinks.article(item.getSlug())), item.getHeadline(), summary));
            }
            groups.add(new Group(group.getTopic().getLabel(), items));
        }
        return PageLayout.render("digest.jte", new View(siteTitle + " daily report, " + longDate,
                links.absolute(SiteLinks.digest(digest.getDate())), SiteLinks.digest(digest.getDate()) + ".json",
                links.absolute("/"), siteTitle, digest.getDate(), longDate, count, groups, digest.getTimeZone(),
                links.absolute("/feeds/rss.xml")));
    }

    /** The Avro Digest as plain JSON, with each item's absolute URL added for newsletter tools. */
    static String json(Digest digest, SiteLinks links) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", digest.getDate());
        out.put("timeZone", digest.getTimeZone());
        out.put("generatedAt", Timestamps.iso(digest.getGeneratedAt()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (DigestGroup group : digest.getGroups()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("topic", Map.of("code", group.getTopic().getCode(), "label", group.getTopic().getLabel()));
            List<Map<String, Object>> items = new ArrayList<>();
            for (DigestItem item : group.getItems()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("articleId", item.getArticleId());
                i.put("version", item.getVersion());
                i.put("headline", item.getHeadline());
                i.put("slug", item.getSlug());
                if (item.getSummary() != null) {
                    i.put("summary", item.getSummary());
                }
                i.put("url", links.absolute(SiteLinks.article(item.getSlug())));
                items.add(i);
            }
            g.put("items", items);
            groups.add(g);
        }
        out.put("groups", groups);
        return Json.write(out);
    }
}
