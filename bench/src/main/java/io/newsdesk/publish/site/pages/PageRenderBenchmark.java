package io.newsdesk.publish.site.pages;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.publish.readmodel.Teaser;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.site.Markup;
import io.newsdesk.publish.site.SafeBody;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one render of the article page and of the home page costs: through the jte templates the site
 * uses ({@code template}), and through the {@code StringBuilder} code they replaced, kept here frozen as
 * the baseline ({@code stringBuilder}). A page is rendered once per refresh of the index and then served
 * from the cache, so this is the cost of a cache miss; the two should be within noise of each other.
 *
 * <p>The class sits in publish's {@code site.pages} package (in the bench jar) because the page classes are
 * package-private: the benchmark calls them exactly as {@code HtmlRoutes} does, without an API made for it.
 *
 * <pre>
 * java -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" org.openjdk.jmh.Main PageRender
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas", "-Xmx512m"})
public class PageRenderBenchmark {
    private static final Instant T0 = Instant.parse("2025-03-14T14:00:00Z");

    private SitePages pages;
    private StringBuilderPages baseline;
    private ArticleView article;
    private List<Teaser> recent;
    private List<Teaser> homeItems;
    private SitePages.Pagination pagination;

    @Setup
    public void setUp() {
        SiteConfig config = new SiteConfig("Harlow Courts Daily", "https://news.example.org", ZoneId.of("America/New_York"), 20);
        PageLayout layout = new PageLayout(config);
        pages = new SitePages(layout);
        baseline = new StringBuilderPages(config);
        article = new ArticleView(article("a0", 0));
        recent = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            recent.add(Teaser.of(new ArticleView(article("a" + i, i))));
        }
        homeItems = List.copyOf(recent);
        pagination = new SitePages.Pagination(1, 50, "/", null, "/?page=2&after=123.abc");
        String viaTemplate = pages.article(article, recent);
        String viaBuilder = baseline.article(article, recent);
        if (!viaTemplate.equals(viaBuilder) || !pages.home(homeItems, pagination).equals(baseline.home(homeItems, pagination))) {
            throw new IllegalStateException("the template and the baseline render different pages");
        }
    }

    @Benchmark
    public String articleTemplate() {
        return pages.article(article, recent);
    }

    @Benchmark
    public String articleStringBuilder() {
        return baseline.article(article, recent);
    }

    @Benchmark
    public String homeTemplate() {
        return pages.home(homeItems, pagination);
    }

    @Benchmark
    public String homeStringBuilder() {
        return baseline.home(homeItems, pagination);
    }

    /** A court story of about 3 KB with what enrich finds in one: people, places, quotes, a correction. */
    private static PublishedArticle article(String id, int i) {
        Instant first = T0.plusSeconds(600L * i);
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            String paragraph = "A Harlow County jury on Friday convicted a delivery driver of operating two pill presses "
                    + "from a rented garage, the District Attorney's office said & the defence will appeal <soon>. " + p;
            text.append(paragraph).append("\n\n");
            html.append("<p>").append(Markup.escape(paragraph)).append("</p>");
        }
        Submission submission = Submission.newBuilder()
                .setArticleId(id).setVersion(2).setSubmissionId("sub-" + id).setSource("ledger-cms").setExternalId("ext-" + id)
                .setHeadline("County jury convicts courier in pill-press case " + i).setBody(text.toString())
                .setByline("Morgan Reyes").setUrl("https://ledger.example/courts/" + id).setLanguage("en").setSection("courts")
                .setFirstCreated(first.minusSeconds(3600)).setReceivedAt(first.minusSeconds(5)).build();
        Subject crime = Subject.newBuilder().setCode("medtop:20000082").setLabel("crime").setScore(80)
                .setBroader(List.of(SubjectRef.newBuilder().setCode("medtop:02000000").setLabel("crime, law and justice").build()))
                .build();
        EnrichedArticle enriched = EnrichedArticle.newBuilder()
                .setSubmission(submission)
                .setContent(ArticleContent.newBuilder().setHeadline(submission.getHeadline()).setText(text.toString())
                        .setHtml(html.toString()).build())
                .setTopics(List.of(crime)).setKeywords(List.of("pill press", "verdict"))
                .setSlug("pill-press-verdict-" + id)
                .setSummary("A Harlow County jury found a delivery driver guilty of running pill presses.")
                .setWordCount(240).setReadingTimeSeconds(63).setLanguage("en")
                .setEntities(List.of(entity(EntityType.PERSON, "Lena Ortiz", null, List.of("District Attorney")),
                        entity(EntityType.PERSON, "Morgan Reyes", null, List.of()),
                        entity(EntityType.PLACE, "Ohio", "US-OH", List.of()),
                        entity(EntityType.ORGANIZATION, "Harlow County Sheriff's Office", null, List.of())))
                .setQuotes(List.of(Quote.newBuilder().setText("The evidence was overwhelming,").setSpeaker("Lena Ortiz")
                                .setAttribution("said District Attorney Lena Ortiz").build(),
                        Quote.newBuilder().setText("We will appeal.").setSpeaker(null).setAttribution("the defence said").build()))
                .setCitedSources(List.of(CitedSource.newBuilder().setName("Riverside Ledger").setMentionCount(2)
                        .setPhrases(List.of("the Riverside Ledger reported")).build()))
                .setProcessors(Map.of("bench", "1"))
                .setEnrichedAt(first.minusSeconds(1)).build();
        return PublishedArticle.newBuilder()
                .setArticleId(id).setVersion(2).setSlug("pill-press-verdict-" + id)
                .setFirstPublishedAt(first).setPublishedAt(first.plusSeconds(3600))
                .setCorrections(List.of(Correction.newBuilder().setVersion(2).setNote("An earlier version misspelled the driver's name.")
                        .setAt(first.plusSeconds(3600)).build()))
                .setArticle(enriched).build();
    }

    private static Entity entity(EntityType type, String name, String isoCode, List<String> titles) {
        return Entity.newBuilder().setType(type).setName(name).setIsoCode(isoCode).setTitles(titles)
                .setMentionCount(1).setSalience(0.5).build();
    }

    /** The site's page code before the templates (publish at d5e9ec4), frozen: the baseline. */
    static final class StringBuilderPages {
        private static final int RECENT_POSTS = SitePages.RECENT_POSTS;

        private record OldPage(String title, String lang, String canonicalPath, String description, String prevPath,
                               String nextPath, String feedTopicCode, String mainHtml) {
        }

        private final StringBuilderPages layout = this;
        private final SiteConfig config;
        private final SiteLinks links;
        private final DateTimeFormatter readable;
        private final DateTimeFormatter machine;

        StringBuilderPages(SiteConfig config) {
            this.config = config;
            this.links = new SiteLinks(config.baseUrl());
            this.readable = DateTimeFormatter.ofPattern("MMMM d, yyyy, h:mm a z", Locale.ENGLISH).withZone(config.timeZone());
            this.machine = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(config.timeZone());
        }

        private SiteConfig config() {
            return config;
        }

        String home(List<Teaser> items, SitePages.Pagination p) {
            StringBuilder m = new StringBuilder();
            m.append("<h1>").append(p.page() == 1 ? "Latest news" : "Latest news, page " + p.page()).append("</h1>\n");
            if (items.isEmpty()) {
                m.append("<p class=\"empty\">Nothing has been published yet.</p>\n");
            } else {
                teaserList(m, items);
            }
            pager(m, p);
            return layout.render(new OldPage(p.page() == 1 ? null : "Page " + p.page(), "en", p.self(),
                    "The latest news from " + layout.config().title(), p.newer(), p.older(), null, m.toString()));
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
            return layout.render(new OldPage(a.headline(), a.language(), SiteLinks.article(a.slug()),
                    a.summary().orElse(null), null, null, null, m.toString()));
        }



        // ---------------------------------------------------------------- parts

        private void teaserList(StringBuilder m, List<Teaser> items) {
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

        private static void pager(StringBuilder m, SitePages.Pagination p) {
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
        private static String byline(String raw) {
            String b = raw.strip();
            return b.regionMatches(true, 0, "by ", 0, 3) ? b : "By " + b;
        }

        /** A {@code <time>} element: machine-readable instant, human date in the newsroom's zone. */
        String time(Instant instant) {
            return "<time datetime=\"" + machine.format(instant) + "\">" + Markup.escape(readable.format(instant)) + "</time>";
        }

        String render(OldPage page) {
            StringBuilder h = new StringBuilder(8192);
            String pageTitle = page.title() == null ? config.title() : page.title() + " · " + config.title();
            h.append("<!DOCTYPE html>\n<html lang=\"").append(Markup.escape(page.lang() == null ? "en" : page.lang())).append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(Markup.escape(pageTitle)).append("</title>\n");
            if (page.description() != null && !page.description().isBlank()) {
                h.append("<meta name=\"description\" content=\"").append(Markup.escape(page.description())).append("\">\n");
            }
            if (page.canonicalPath() != null) {
                h.append("<link rel=\"canonical\" href=\"").append(Markup.escape(links.absolute(page.canonicalPath()))).append("\">\n");
            }
            if (page.prevPath() != null) {
                h.append("<link rel=\"prev\" href=\"").append(Markup.escape(page.prevPath())).append("\">\n");
            }
            if (page.nextPath() != null) {
                h.append("<link rel=\"next\" href=\"").append(Markup.escape(page.nextPath())).append("\">\n");
            }
            h.append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
            feedLinks(h, null, config.title());
            if (page.feedTopicCode() != null) {
                feedLinks(h, page.feedTopicCode(), page.title() + " · " + config.title());
            }
            h.append("</head>\n<body>\n")
                    .append("<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n")
                    .append("<header class=\"site-header\">\n<p class=\"site-title\"><a href=\"/\">")
                    .append(Markup.escape(config.title())).append("</a></p>\n")
                    .append("<nav aria-label=\"Site\"><ul>")
                    .append("<li><a href=\"/\">Latest</a></li>")
                    .append("<li><a href=\"/digest\">Daily report</a></li>")
                    .append("<li><a href=\"/feeds/rss.xml\">RSS</a></li>")
                    .append("<li><a href=\"/feeds/atom.xml\">Atom</a></li>")
                    .append("<li><a href=\"/feeds/feed.json\">JSON Feed</a></li>")
                    .append("</ul></nav>\n")
                    // A plain GET form: search works without any script, and form-action 'self' allows it.
                    .append("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
                    .append("<label for=\"site-search-q\">Search</label>")
                    .append("<input id=\"site-search-q\" type=\"search\" name=\"q\" maxlength=\"300\" required>")
                    .append("<button type=\"submit\">Search</button></form>\n")
                    .append("</header>\n")
                    .append("<main id=\"main\" tabindex=\"-1\">\n")
                    .append(page.mainHtml())
                    .append("\n</main>\n<footer class=\"site-footer\"><p>")
                    .append(Markup.escape(config.title()))
                    .append(" · <a href=\"/sitemap.xml\">Sitemap</a></p></footer>\n</body>\n</html>\n");
            return h.toString();
        }

        private static void feedLinks(StringBuilder h, String topicCode, String title) {
            h.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(Markup.escape(title + " (RSS)"))
                    .append("\" href=\"").append(Markup.escape(SiteLinks.feed(topicCode, "rss.xml"))).append("\">\n")
                    .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(Markup.escape(title + " (Atom)"))
                    .append("\" href=\"").append(Markup.escape(SiteLinks.feed(topicCode, "atom.xml"))).append("\">\n")
                    .append("<link rel=\"alternate\" type=\"application/feed+json\" title=\"").append(Markup.escape(title + " (JSON Feed)"))
                    .append("\" href=\"").append(Markup.escape(SiteLinks.feed(topicCode, "feed.json"))).append("\">\n");
        }
    }
}
