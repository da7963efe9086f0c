package io.newsdesk.publish.site.pages;

import io.newsdesk.platform.json.Json;
import io.newsdesk.publish.site.Markup;
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
    private static final String FONT = "font-family:Georgia,'Times New Roman',serif;";

    private DigestPage() {
    }

    static String html(Digest digest, SiteLinks links, String siteTitle) {
        LocalDate date = LocalDate.parse(digest.getDate());
        String title = siteTitle + " daily report, " + LONG_DATE.format(date);
        int count = digest.getGroups().stream().mapToInt(g -> g.getItems().size()).sum();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n")
                .append("<link rel=\"canonical\" href=\"").append(Markup.escape(links.absolute(SiteLinks.digest(digest.getDate())))).append("\">\n")
                .append("<link rel=\"alternate\" type=\"application/json\" href=\"")
                .append(Markup.escape(SiteLinks.digest(digest.getDate()) + ".json")).append("\">\n")
                .append("</head>\n<body style=\"margin:0;padding:0;background:#f4f4f4;\">\n")
                .append("<main>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f4f4;\">")
                .append("<tr><td align=\"center\" style=\"padding:16px;\">\n")
                .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;width:100%;background:#ffffff;")
                .append(FONT).append("color:#222222;\">\n")
                .append("<tr><td style=\"padding:24px 24px 8px 24px;border-bottom:3px solid #8a1c1c;\">")
                .append("<p style=\"margin:0;font-size:14px;letter-spacing:1px;text-transform:uppercase;color:#8a1c1c;\">")
                .append("<a href=\"").append(Markup.escape(links.absolute("/"))).append("\" style=\"color:#8a1c1c;text-decoration:none;\">")
                .append(Markup.escape(siteTitle)).append("</a></p>")
                .append("<h1 style=\"margin:8px 0 4px 0;font-size:26px;\">Daily report</h1>")
                .append("<p style=\"margin:0 0 8px 0;color:#555555;font-size:15px;\"><time datetime=\"").append(digest.getDate()).append("\">")
                .append(Markup.escape(LONG_DATE.format(date))).append("</time> · ")
                .append(count).append(count == 1 ? " article" : " articles").append("</p></td></tr>\n");
        if (count == 0) {
            h.append("<tr><td style=\"padding:24px;font-size:16px;\">Nothing was published on this day.</td></tr>\n");
        }
        for (DigestGroup group : digest.getGroups()) {
            h.append("<tr><td style=\"padding:20px 24px 4px 24px;\"><h2 style=\"margin:0;font-size:19px;color:#8a1c1c;\">")
                    .append(Markup.escape(group.getTopic().getLabel())).append("</h2></td></tr>\n");
            for (DigestItem item : group.getItems()) {
                String url = links.absolute(SiteLinks.article(item.getSlug()));
                h.append("<tr><td style=\"padding:8px 24px 12px 24px;border-bottom:1px solid #e5e5e5;\">")
                        .append("<h3 style=\"margin:0 0 4px 0;font-size:17px;\"><a href=\"").append(Markup.escape(url))
                        .append("\" style=\"color:#111111;\">").append(Markup.escape(item.getHeadline())).append("</a></h3>");
                if (item.getSummary() != null && !item.getSummary().isBlank()) {
                    h.append("<p style=\"margin:0;font-size:15px;line-height:1.5;\">").append(Markup.escape(item.getSummary())).append("</p>");
                }
                h.append("</td></tr>\n");
            }
        }
        h.append("<tr><td style=\"padding:16px 24px;font-size:12px;color:#777777;\">")
                .append(Markup.escape(siteTitle)).append(" · Dates in ").append(Markup.escape(digest.getTimeZone()))
                .append(" · <a href=\"").append(Markup.escape(links.absolute("/feeds/rss.xml"))).append("\" style=\"color:#777777;\">RSS</a>")
                .append("</td></tr>\n</table>\n</td></tr></table>\n</main>\n</body>\n</html>\n");
        return h.toString();
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
