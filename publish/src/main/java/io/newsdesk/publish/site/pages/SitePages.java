package io.newsdesk.publish.site.pages;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.publish.readmodel.Teaser;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader-facing HTML pages: home, article, topic, entity, and the pages for removed and unknown
 * articles. Each method gathers what its template ({@code src/main/jte/site/pages}) shows and returns the
 * whole document; the template escapes every value, except the body, which comes from {@link SafeBody}.
 */
final class SitePages {
    static final int RECENT_POSTS = 5;

    private final PageLayout layout;

    SitePages(PageLayout layout) {
        this.layout = layout;
    }

    /**
     * Where a listing page sits among its siblings, and the links to them: by cursor, so an older page
     * costs what the first one does (see {@code PageRequest}).
     *
     * @param self  this page's own address (its canonical link)
     * @param newer the page before it, or null on the first
     * @param older the page after it, or null on the last
     */
    record Pagination(int page, int pages, String self, String newer, String older) {
    }

    /** A listing page: home, topic or entity (see {@code home.jte}, {@code topic.jte}, {@code entity.jte}). */
    record Listing(PageLayout.Frame frame, PageLayout layout, String heading, String detail, List<Teaser> items,
                   Pagination pagination) {
    }

    /** The article page ({@code article.jte}); {@code bodyHtml} is sanitized markup, written as it is. */
    record ArticlePage(PageLayout.Frame frame, PageLayout layout, ArticleView article, String bodyHtml, int minutes,
                       List<QuoteLine> quotes, List<EntityGroup> entityGroups, List<Line> cited, List<Line> topics,
                       List<Teaser> others) {
    }

    /** A quote, who said it (or null), and that person's page (or null). */
    record QuoteLine(String text, String who, String href) {
    }

    record EntityGroup(String id, String heading, List<EntityLine> entities) {
    }

    /** One person, place or organisation: its page (or null), an ISO code for places, a detail for the others. */
    record EntityLine(String name, String href, String isoCode, String detail) {
    }

    /** A line of text with a detail: the phrases of a cited source, the link of a topic (null when none). */
    record Line(String text, String detail) {
    }

    /** A page that says one thing ({@code not-found.jte}). */
    record Message(PageLayout.Frame frame, String text) {
    }

    String home(List<Teaser> items, Pagination p) {
        PageLayout.Frame frame = layout.frame(new PageLayout.Page(p.page() == 1 ? null : "Page " + p.page(), "en", p.self(),
                "The latest news from " + layout.config().title(), p.newer(), p.older(), null));
        String heading = p.page() == 1 ? "Latest news" : "Latest news, page " + p.page();
        return PageLayout.render("home.jte", new Listing(frame, layout, heading, null, items, p));
    }

    String topic(String code, String label, List<Teaser> items, Pagination p) {
        PageLayout.Frame frame = layout.frame(new PageLayout.Page(label, "en", p.self(), "Articles about " + label,
                p.newer(), p.older(), code));
        return PageLayout.render("topic.jte", new Listing(frame, layout, label, code, items, p));
    }

    String entity(EntityKey key, String name, List<Teaser> items, Pagination p) {
        PageLayout.Frame frame = layout.frame(new PageLayout.Page(name, "en", p.self(), "Articles mentioning " + name,
                p.newer(), p.older(), null));
        return PageLayout.render("entity.jte", new Listing(frame, layout, name, typeLabel(key.type()), items, p));
    }

    /** @param body the article's body as {@link SafeBody} cleans it (the read model keeps it so) */
    String article(ArticleView a, String body, List<Teaser> recent) {
        PageLayout.Frame frame = layout.frame(new PageLayout.Page(a.headline(), a.language(), SiteLinks.article(a.slug()),
                a.summary().orElse(null), null, null, null));
        int minutes = Math.max(1, (a.enriched().getReadingTimeSeconds() + 59) / 60);
        List<Teaser> others = recent.stream()
                .filter(r -> !r.articleId().equals(a.articleId()))
                .limit(RECENT_POSTS).toList();
        return PageLayout.render("article.jte", new ArticlePage(frame, layout, a, body, minutes,
                quotes(a.enriched().getQuotes(), a.enriched().getEntities()), entities(a),
                citedSources(a.enriched().getCitedSources()), topics(a.topics()), others));
    }

    /** 410 Gone: the newsroom withdrew the article; say so rather than pretend it never existed. */
    String retracted() {
        return PageLayout.render("retracted.jte",
                layout.frame(new PageLayout.Page("Article retracted", "en", null, null, null, null, null)));
    }

    String notFound(String what) {
        return PageLayout.render("not-found.jte",
                new Message(layout.frame(new PageLayout.Page("Not found", "en", null, null, null, null, null)), what));
    }

    // ---------------------------------------------------------------- parts

    private static List<QuoteLine> quotes(List<Quote> quotes, List<Entity> entities) {
        List<QuoteLine> lines = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Optional<String> who = Optional.ofNullable(q.getSpeaker()).filter(s -> !s.isBlank())
                    .or(() -> Optional.ofNullable(q.getAttribution()).filter(s -> !s.isBlank()));
            // Link the speaker only to a page that exists: a person entity of this article.
            boolean isPerson = q.getSpeaker() != null && entities.stream().anyMatch(
                    e -> e.getType() == EntityType.PERSON && e.getName().equals(q.getSpeaker()));
            Optional<EntityKey> key = isPerson ? EntityKey.of(EntityType.PERSON, q.getSpeaker()) : Optional.empty();
            lines.add(new QuoteLine(q.getText(), who.orElse(null),
                    key.map(k -> SiteLinks.entity(EntityType.PERSON, k.key())).orElse(null)));
        }
        return lines;
    }

    private static List<EntityGroup> entities(ArticleView a) {
        List<EntityGroup> groups = new ArrayList<>(3);
        entityGroup(groups, "People", a.entities(EntityType.PERSON),
                e -> e.getTitles().isEmpty() ? null : String.join(", ", e.getTitles()));
        entityGroup(groups, "Places", a.entities(EntityType.PLACE), Entity::getIsoCode);
        entityGroup(groups, "Organizations", a.entities(EntityType.ORGANIZATION),
                e -> e.getAliases().isEmpty() ? null : String.join(", ", e.getAliases()));
        return groups;
    }

    private interface Detail {
        String of(Entity e);
    }

    private static void entityGroup(List<EntityGroup> groups, String heading, List<Entity> entities, Detail detail) {
        if (entities.isEmpty()) {
            return;
        }
        List<EntityLine> lines = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String href = EntityKey.of(e.getType(), e.getName()).map(k -> SiteLinks.entity(e.getType(), k.key())).orElse(null);
            String d = detail.of(e);
            boolean shown = d != null && !d.isBlank();
            boolean place = e.getType() == EntityType.PLACE;
            lines.add(new EntityLine(e.getName(), href, shown && place ? d : null, shown && !place ? d : null));
        }
        groups.add(new EntityGroup("entities-" + heading.toLowerCase(Locale.ROOT), heading, lines));
    }

    private static List<Line> citedSources(List<CitedSource> sources) {
        return sources.stream().map(s -> new Line(s.getName(), s.getPhrases().isEmpty() ? null
                : String.join("; ", s.getPhrases().stream().map(p -> "\u201c" + p + "\u201d").toList()))).toList();
    }

    private static List<Line> topics(List<Subject> subjects) {
        return subjects.stream().map(s -> new Line(s.getLabel(),
                TopicCodes.normalize(s.getCode()).map(SiteLinks::topic).orElse(null))).toList();
    }

    private static String typeLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
        };
    }

    /** Bylines arrive both as "Jane Roe" and "By Jane Roe"; show one "By". */
    static String byline(String raw) {
        String b = raw.strip();
        return b.regionMatches(true, 0, "by ", 0, 3) ? b : "By " + b;
    }
}
