package io.newsdesk.publish.site.pages;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.publish.readmodel.Teaser;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.site.Markup;
import io.newsdesk.publish.site.SafeBody;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader-facing HTML pages: home, article, topic, entity, and the pages for removed and unknown
 * articles. Each method returns a whole document; every value from an article is escaped here or
 * comes from {@link SafeBody}.
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

    String home(List<Teaser> items, Pagination p) {
        StringBuilder m = new StringBuilder();
        m.append("<h1>").append(p.page() == 1 ? "Latest news" : "Latest news, page " + p.page()).append("</h1>\n");
        if (items.isEmpty()) {
            m.append("<p class=\"empty\">Nothing has been published yet.</p>\n");
        } else {
            teaserList(m, items);
        }
        pager(m, p);
        return layout.render(new PageLayout.Page(p.page() == 1 ? null : "Page " + p.page(), "en", p.self(),
                "The latest news from " + layout.config().title(), p.newer(), p.older(), null, m.toString()));
    }

    String topic(String code, String label, List<Teaser> items, Pagination p) {
        StringBuilder m = new StringBuilder();
        m.append("<h1>").append(Markup.escape(label)).append("</h1>\n")
                .append("<p class=\"topic-code\">IPTC Media Topic <code>").append(Markup.escape(code)).append("</code></p>\n");
        if (items.isEmpty()) {
            m.append("<p class=\"empty\">No articles on this topic right now.</p>\n");
        } else {
            teaserList(m, items);
        }
        pager(m, p);
        return layout.render(new PageLayout.Page(label, "en", p.self(), "Articles about " + label, p.newer(), p.older(),
                code, m.toString()));
    }

    String entity(EntityKey key, String name, List<Teaser> items, Pagination p) {
        StringBuilder m = new StringBuilder();
        m.append("<h1>").append(Markup.escape(name)).append("</h1>\n")
                .append("<p class=\"entity-type\">").append(typeLabel(key.type())).append("</p>\n");
        teaserList(m, items);
        pager(m, p);
        return layout.render(new PageLayout.Page(name, "en", p.self(), "Articles mentioning " + name, p.newer(), p.older(),
                null, m.toString()));
    }

    String article(ArticleView a, List<Teaser> recent) {
        StringBuilder m = new StringBuilder(16384);
        m.append("<article class=\"story\" lang=\"").append(Markup.escape(a.language())).append("\">\n<header>\n")
                .append("<h1>").append(Markup.escape(a.headline())).append("</h1>\n");
        a.byline().ifPresent(b -> m.append("<p class=\"byline\">").append(Markup.escape(byline(b))).append("</p>\n"));
        m.append("<p class=\"dateline\">Published ").append(layout.time(a.firstPublishedAt()));
        if (a.updated()) {
            m.append(" · Updated ").append(layout.time(a.publishedAt()));
        }
        m.append("</p>\n");
        int minutes = Math.max(1, (a.enriched().getReadingTimeSeconds() + 59) / 60);
        if (a.enriched().getWordCount() > 0) {
            m.append("<p class=\"reading-time\">").append(minutes).append(" min read</p>\n");
        }
        if (!a.corrections().isEmpty()) {
            m.append("<p class=\"correction-notice\"><a href=\"#corrections\">This article has been corrected.</a></p>\n");
        }
        m.append("</header>\n<div class=\"story-body\">\n").append(SafeBody.html(a)).append("\n</div>\n");
        corrections(m, a.corrections());
        quotes(m, a.enriched().getQuotes(), a.enriched().getEntities());
        entities(m, a);
        citedSources(m, a.enriched().getCitedSources());
        topics(m, a.topics());
        a.sourceUrl().ifPresent(url -> m.append("<p class=\"source-link\">Original: <a rel=\"nofollow noopener noreferrer\" href=\"")
                .append(Markup.escape(url)).append("\">").append(Markup.escape(url)).append("</a></p>\n"));
        m.append("</article>\n");
        m.append("<aside class=\"recent-posts\" aria-labelledby=\"recent-posts\">\n<h2 id=\"recent-posts\">Recent Posts</h2>\n");
        List<Teaser> others = recent.stream()
                .filter(r -> !r.articleId().equals(a.articleId()))
                .limit(RECENT_POSTS).toList();
        if (others.isEmpty()) {
            m.append("<p class=\"empty\">No other posts yet.</p>\n");
        } else {
            m.append("<ul>\n");
            for (Teaser r : others) {
                m.append("<li><a href=\"").append(Markup.escape(SiteLinks.article(r.slug()))).append("\">")
                        .append(Markup.escape(r.headline())).append("</a> ").append(layout.time(r.firstPublishedAt())).append("</li>\n");
            }
            m.append("</ul>\n");
        }
        m.append("<p><a href=\"/\">See all</a></p>\n</aside>\n");
        return layout.render(new PageLayout.Page(a.headline(), a.language(), SiteLinks.article(a.slug()),
                a.summary().orElse(null), null, null, null, m.toString()));
    }

    /** 410 Gone: the newsroom withdrew the article; say so rather than pretend it never existed. */
    String retracted() {
        String m = "<h1>This article has been retracted</h1>\n"
                + "<p>The article you are looking for was withdrawn by the newsroom and is no longer available.</p>\n"
                + "<p><a href=\"/\">Go to the latest news</a></p>\n";
        return layout.render(new PageLayout.Page("Article retracted", "en", null, null, null, null, null, m));
    }

    String notFound(String what) {
        String m = "<h1>Page not found</h1>\n<p>" + Markup.escape(what) + "</p>\n"
                + "<p><a href=\"/\">Go to the latest news</a></p>\n";
        return layout.render(new PageLayout.Page("Not found", "en", null, null, null, null, null, m));
    }

    // ---------------------------------------------------------------- parts

    void teaserList(StringBuilder m, List<Teaser> items) {
        m.append("<ol class=\"teasers\">\n");
        for (Teaser v : items) {
            m.append("<li><article class=\"teaser\" lang=\"").append(Markup.escape(v.language())).append("\">")
                    .append("<h2><a href=\"").append(Markup.escape(SiteLinks.article(v.slug()))).append("\">")
                    .append(Markup.escape(v.headline())).append("</a></h2>")
                    .append("<p class=\"meta\">").append(layout.time(v.firstPublishedAt()));
            if (v.byline() != null) {
                m.append(" · <span class=\"byline\">").append(Markup.escape(byline(v.byline()))).append("</span>");
            }
            if (v.corrected()) {
                m.append(" · <span class=\"corrected\">Corrected</span>");
            }
            m.append("</p>");
            if (v.summary() != null) {
                m.append("<p class=\"summary\">").append(Markup.escape(v.summary())).append("</p>");
            }
            m.append("</article></li>\n");
        }
        m.append("</ol>\n");
    }

    private static void pager(StringBuilder m, Pagination p) {
        if (p.newer() == null && p.older() == null) {
            return;
        }
        m.append("<nav class=\"pagination\" aria-label=\"Pagination\"><ul>");
        if (p.newer() != null) {
            m.append("<li><a rel=\"prev\" href=\"").append(Markup.escape(p.newer())).append("\">Newer</a></li>");
        }
        m.append("<li aria-current=\"page\">Page ").append(p.page()).append(" of ").append(p.pages()).append("</li>");
        if (p.older() != null) {
            m.append("<li><a rel=\"next\" href=\"").append(Markup.escape(p.older())).append("\">Older</a></li>");
        }
        m.append("</ul></nav>\n");
    }

    private void corrections(StringBuilder m, List<Correction> corrections) {
        if (corrections.isEmpty()) {
            return;
        }
        m.append("<section class=\"corrections\" id=\"corrections\" aria-labelledby=\"corrections-heading\">\n")
                .append("<h2 id=\"corrections-heading\">Corrections</h2>\n<ul>\n");
        for (Correction c : corrections) {
            m.append("<li>").append(layout.time(c.getAt())).append(": ").append(Markup.escape(c.getNote())).append("</li>\n");
        }
        m.append("</ul>\n</section>\n");
    }

    private static void quotes(StringBuilder m, List<Quote> quotes, List<io.newsdesk.schemas.Entity> entities) {
        if (quotes.isEmpty()) {
            return;
        }
        m.append("<section class=\"quotes\" aria-labelledby=\"quotes-heading\">\n<h2 id=\"quotes-heading\">Quotes</h2>\n");
        for (Quote q : quotes) {
            m.append("<figure class=\"quote\"><blockquote><p>").append(Markup.escape(q.getText())).append("</p></blockquote>");
            Optional<String> who = Optional.ofNullable(q.getSpeaker()).filter(s -> !s.isBlank())
                    .or(() -> Optional.ofNullable(q.getAttribution()).filter(s -> !s.isBlank()));
            who.ifPresent(w -> {
                m.append("<figcaption>— ");
                // Link the speaker only to a page that exists: a person entity of this article.
                boolean isPerson = q.getSpeaker() != null && entities.stream().anyMatch(
                        e -> e.getType() == EntityType.PERSON && e.getName().equals(q.getSpeaker()));
                Optional<EntityKey> key = isPerson ? EntityKey.of(EntityType.PERSON, q.getSpeaker()) : Optional.empty();
                if (key.isPresent()) {
                    m.append("<a href=\"").append(Markup.escape(SiteLinks.entity(EntityType.PERSON, key.get().key()))).append("\">")
                            .append("<cite>").append(Markup.escape(w)).append("</cite></a>");
                } else {
                    m.append("<cite>").append(Markup.escape(w)).append("</cite>");
                }
                m.append("</figcaption>");
            });
            m.append("</figure>\n");
        }
        m.append("</section>\n");
    }

    private static void entities(StringBuilder m, ArticleView a) {
        List<Entity> people = a.entities(EntityType.PERSON);
        List<Entity> places = a.entities(EntityType.PLACE);
        List<Entity> orgs = a.entities(EntityType.ORGANIZATION);
        if (people.isEmpty() && places.isEmpty() && orgs.isEmpty()) {
            return;
        }
        m.append("<section class=\"entities\" aria-labelledby=\"entities-heading\">\n<h2 id=\"entities-heading\">In this story</h2>\n");
        entityList(m, "People", people, e -> e.getTitles().isEmpty() ? null : String.join(", ", e.getTitles()));
        entityList(m, "Places", places, Entity::getIsoCode);
        entityList(m, "Organizations", orgs, e -> e.getAliases().isEmpty() ? null : String.join(", ", e.getAliases()));
        m.append("</section>\n");
    }

    private interface Detail {
        String of(Entity e);
    }

    private static void entityList(StringBuilder m, String heading, List<Entity> entities, Detail detail) {
        if (entities.isEmpty()) {
            return;
        }
        String id = "entities-" + heading.toLowerCase(Locale.ROOT);
        m.append("<h3 id=\"").append(id).append("\">").append(heading).append("</h3>\n<ul aria-labelledby=\"").append(id).append("\">\n");
        for (Entity e : entities) {
            m.append("<li>");
            Optional<EntityKey> key = EntityKey.of(e.getType(), e.getName());
            if (key.isPresent()) {
                m.append("<a href=\"").append(Markup.escape(SiteLinks.entity(e.getType(), key.get().key()))).append("\">")
                        .append(Markup.escape(e.getName())).append("</a>");
            } else {
                m.append(Markup.escape(e.getName()));
            }
            String d = detail.of(e);
            if (d != null && !d.isBlank()) {
                if (e.getType() == EntityType.PLACE) {
                    m.append(" <abbr class=\"iso-code\" title=\"ISO 3166 code\">").append(Markup.escape(d)).append("</abbr>");
                } else {
                    m.append(" <span class=\"detail\">(").append(Markup.escape(d)).append(")</span>");
                }
            }
            m.append("</li>\n");
        }
        m.append("</ul>\n");
    }

    private static void citedSources(StringBuilder m, List<CitedSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        m.append("<section class=\"cited\" aria-labelledby=\"cited-heading\">\n<h2 id=\"cited-heading\">Reporting cited</h2>\n<ul>\n");
        for (CitedSource s : sources) {
            m.append("<li>").append(Markup.escape(s.getName()));
            if (!s.getPhrases().isEmpty()) {
                m.append(" <span class=\"detail\">(")
                        .append(Markup.escape(String.join("; ", s.getPhrases().stream().map(p -> "\u201c" + p + "\u201d").toList())))
                        .append(")</span>");
            }
            m.append("</li>\n");
        }
        m.append("</ul>\n</section>\n");
    }

    private static void topics(StringBuilder m, List<Subject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        m.append("<nav class=\"topics\" aria-labelledby=\"topics-heading\">\n<h2 id=\"topics-heading\">Topics</h2>\n<ul>\n");
        for (Subject s : subjects) {
            Optional<String> code = TopicCodes.normalize(s.getCode());
            m.append("<li>");
            if (code.isPresent()) {
                m.append("<a rel=\"tag\" href=\"").append(Markup.escape(SiteLinks.topic(code.get()))).append("\">")
                        .append(Markup.escape(s.getLabel())).append("</a>");
            } else {
                m.append(Markup.escape(s.getLabel()));
            }
            m.append("</li>\n");
        }
        m.append("</ul>\n</nav>\n");
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
