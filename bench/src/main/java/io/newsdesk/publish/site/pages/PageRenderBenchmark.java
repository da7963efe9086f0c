package io.newsdesk.publish.site.pages;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.Teaser;
import io.newsdesk.publish.html.Markup;
import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.site.SiteConfig;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * What one render of the article page and of the home page through the site's jte templates costs. A page
 * is rendered once per refresh of the index and then served from the cache, so this is the cost of a cache
 * miss. The comparison with the {@code StringBuilder} code the templates replaced (BENCHMARKS.md) ran at
 * commit c9b6984, where that code was kept here as a frozen baseline; it is gone since, so that a change to
 * a page edits one template and not a twin.
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
    private ArticleView article;
    /** Cleaned when the article is indexed, not when its page is rendered. */
    private String body;
    private List<Teaser> recent;
    private List<Teaser> homeItems;
    private SitePages.Pagination pagination;

    @Setup
    public void setUp() {
        SiteConfig config = new SiteConfig("Harlow Courts Daily", "https://news.example.org", ZoneId.of("America/New_York"), 20);
        PageLayout layout = new PageLayout(config);
        pages = new SitePages(layout);
        article = new ArticleView(article("a0", 0));
        body = SafeBody.clean(article.rawBodyHtml(), article.bodyText());
        recent = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            recent.add(Teaser.of(new ArticleView(article("a" + i, i))));
        }
        homeItems = List.copyOf(recent);
        pagination = new SitePages.Pagination(1, 50, "/", null, "/?page=2&after=123.abc");
    }

    @Benchmark
    public String articleTemplate() {
        return pages.article(article, body, recent);
    }

    @Benchmark
    public String homeTemplate() {
        return pages.home(homeItems, pagination);
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
}
