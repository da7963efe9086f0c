package io.newsdesk.bench.jmh;

import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.ContentCleaner;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.stage.Versioned;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.TaggedArticle;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost per article of each cleaner, tagger and enricher, and of the two whole stages, as the article's
 * length doubles from 1 to 8 KB. Linear steps double their time with each doubling; anything steeper
 * (a regex that backtracks, a pairwise comparison) shows as a larger factor.
 *
 * <p>An enricher runs on a fresh copy of a fully enriched record's builder, made before each call and
 * not timed, so only the enricher's own work is measured. A tagger or enricher run on its own analyses the
 * text itself (about a fifth of a stage's time), which the two stages do once for all their steps. {@code tag-stage} and {@code enrich-stage} are
 * {@link ArticleProcessor#tag} and {@link ArticleProcessor#enrich} of the production line-up: what the
 * enrich service's two hops do per record, less Kafka.
 *
 * <pre>
 * java -cp bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/* org.openjdk.jmh.Main StepCost
 * java -cp ... org.openjdk.jmh.Main StepCost -p step=entities,quotes -p kb=1,8
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas", "-Xmx1g"})
public class StepCostBenchmark {

    // The production line-up's step names (StandardProcessors); a name that is not in it fails with the list.
    @Param({"news-page-cleaner", "media-topics", "keywords", "language", "reading-stats", "lede-summary", "slug",
            "entities", "quotes", "cited-sources", "figures", "tag-stage", "enrich-stage"})
    public String step;

    @Param({"1", "2", "4", "8"})
    public int kb;

    private BenchArticles articles;
    private Versioned target;
    private ArticleProcessor production;
    private int next;
    private int current;
    private EnrichedArticle.Builder builder;
    private TaggedArticle taggedInput;

    @Setup(Level.Trial)
    public void prepare() {
        StepCatalog catalog = new StepCatalog();
        articles = new BenchArticles(kb, catalog);
        production = StandardProcessors.create();
        target = step.endsWith("-stage") ? null : catalog.step(step);
        if (step.endsWith("-stage") && !step.equals("tag-stage") && !step.equals("enrich-stage")) {
            throw new IllegalArgumentException("stages are tag-stage and enrich-stage, not " + step);
        }
    }

    @Setup(Level.Invocation)
    public void nextArticle() {
        current = next;
        next = (next + 1) % BenchArticles.COUNT;
        if (target instanceof Enricher) {
            builder = EnrichedArticle.newBuilder(articles.enriched[current]);
        } else if (step.equals("enrich-stage")) {
            taggedInput = tagged(current);
        }
    }

    @Benchmark
    public Object run() {
        if (target == null) {
            return step.equals("tag-stage")
                    ? production.tag(articles.submissions[current])
                    : production.enrich(taggedInput);
        }
        if (target instanceof ContentCleaner cleaner) {
            return cleaner.clean(articles.submissions[current]);
        }
        if (target instanceof Tagger tagger) {
            TaggedArticle.Builder out = TaggedArticle.newBuilder()
                    .setTopics(new ArrayList<>()).setKeywords(new ArrayList<>());
            tagger.tag(articles.submissions[current], articles.contents[current],
                    AnalyzedText.of(articles.contents[current].getText()), out);
            return out;
        }
        ((Enricher) target).enrich(builder, AnalyzedText.of(builder.getContent().getText()));
        return builder;
    }

    private TaggedArticle tagged(int i) {
        EnrichedArticle e = articles.enriched[i];
        return TaggedArticle.newBuilder().setSubmission(e.getSubmission()).setContent(e.getContent())
                .setTopics(e.getTopics()).setKeywords(e.getKeywords()).setProcessors(e.getProcessors())
                .setTaggedAt(e.getEnrichedAt()).build();
    }
}
