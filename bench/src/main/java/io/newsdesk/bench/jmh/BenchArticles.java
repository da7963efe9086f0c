package io.newsdesk.bench.jmh;

import io.newsdesk.bench.ArticleGenerator;
import io.newsdesk.bench.GeneratedArticle;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * The inputs of the microbenchmarks: {@value #COUNT} generated articles of one size (so no single text's
 * quirks decide a figure), each as a submission, as its cleaned content, and as a fully tagged and
 * enriched record (every step of the catalog applied), which is what an enricher's builder holds when the
 * enricher's turn comes.
 */
final class BenchArticles {
    static final int COUNT = 16;
    private static final Instant RECEIVED = Instant.parse("2025-06-02T08:00:00Z");

    final Submission[] submissions = new Submission[COUNT];
    final ArticleContent[] contents = new ArticleContent[COUNT];
    final EnrichedArticle[] enriched = new EnrichedArticle[COUNT];

    /** Articles of {@code kb} KB (up to 10% more: whole sentences). */
    BenchArticles(int kb, StepCatalog catalog) {
        int min = kb * 1024;
        int max = min + Math.max(400, min / 10);
        ArticleGenerator generator = new ArticleGenerator(20_240_611L);
        for (int i = 0; i < COUNT; i++) {
            GeneratedArticle article = generator.article(i, min, max);
            submissions[i] = article.toSubmission("bench-jmh", "jmh-" + i, RECEIVED);
            contents[i] = catalog.productionCleaner().clean(submissions[i]);
            TaggedArticle.Builder tagged = TaggedArticle.newBuilder()
                    .setSubmission(submissions[i]).setContent(contents[i])
                    .setTopics(new ArrayList<>()).setKeywords(new ArrayList<>())
                    .setProcessors(new HashMap<>()).setTaggedAt(RECEIVED);
            AnalyzedText text = AnalyzedText.of(contents[i].getText());
            for (Tagger tagger : catalog.taggers()) {
                tagger.tag(submissions[i], contents[i], text, tagged);
            }
            TaggedArticle t = tagged.build();
            EnrichedArticle.Builder builder = EnrichedArticle.newBuilder()
                    .setSubmission(t.getSubmission()).setContent(t.getContent())
                    .setTopics(t.getTopics()).setKeywords(t.getKeywords())
                    .setEntities(new ArrayList<>()).setQuotes(new ArrayList<>())
                    .setCitedSources(new ArrayList<>()).setFigures(new ArrayList<>())
                    .setProcessors(new HashMap<>()).setEnrichedAt(RECEIVED);
            for (Enricher enricher : catalog.enrichers()) {
                enricher.enrich(builder, text);
            }
            enriched[i] = builder.build();
        }
    }
}
