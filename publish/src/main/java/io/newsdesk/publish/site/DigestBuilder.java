package io.newsdesk.publish.site;

import io.newsdesk.publish.readmodel.ArticleQueries;
import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.DigestGroup;
import io.newsdesk.schemas.DigestItem;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.SubjectRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily report: the live articles first published on one day in the newsroom's time zone,
 * grouped under the top-level IPTC Media Topic of each article's best subject ("other" when it has
 * none). Groups with more articles come first, "other" always last; articles within a group keep
 * publication order, as the day unfolded. Used for {@code /digest/{date}} and for the record publish
 * writes to the {@code digests} topic, so both say the same. A day holds at most {@link #MAX_ITEMS}
 * articles: a report is read by people, and its size must not grow with a wire service's output.
 */
public final class DigestBuilder {
    /** The first this many articles of the day; more than any newsroom's readers go through. */
    public static final int MAX_ITEMS = 2_000;

    private DigestBuilder() {
    }

    public static Digest build(ArticleQueries articles, LocalDate date, ZoneId zone, Instant now) {
        Instant from = date.atStartOfDay(zone).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, SubjectRef> topics = new LinkedHashMap<>();
        Map<String, List<DigestItem>> items = new LinkedHashMap<>();
        for (PublishedArticle article : articles.firstPublishedBetween(from, to, MAX_ITEMS, false)) {
            ArticleView a = new ArticleView(article);
            SubjectRef top = a.topLevelTopic();
            topics.putIfAbsent(top.getCode(), top);
            items.computeIfAbsent(top.getCode(), k -> new ArrayList<>()).add(DigestItem.newBuilder()
                    .setArticleId(a.articleId())
                    .setVersion(a.version())
                    .setHeadline(a.headline())
                    .setSlug(a.slug())
                    .setSummary(a.summary().orElse(null))
                    .build());
        }
        List<DigestGroup> groups = new ArrayList<>();
        items.forEach((code, list) -> groups.add(DigestGroup.newBuilder().setTopic(topics.get(code)).setItems(list).build()));
        groups.sort(Comparator
                .comparing((DigestGroup g) -> ArticleView.OTHER_TOPIC.getCode().equals(g.getTopic().getCode()))
                .thenComparing(g -> -g.getItems().size())
                .thenComparing(g -> g.getTopic().getLabel()));
        return Digest.newBuilder()
                .setDate(date.toString())
                .setTimeZone(zone.getId())
                .setGeneratedAt(now)
                .setGroups(groups)
                .build();
    }
}
