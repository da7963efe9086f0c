package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.LanguageDetector;
import io.newsdesk.enrich.article.LanguageEnricher;
import io.newsdesk.enrich.article.ReadingStatsEnricher;
import io.newsdesk.enrich.text.SentenceSplitter;
import io.newsdesk.enrich.article.SlugEnricher;
import io.newsdesk.enrich.article.SummaryEnricher;
import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.enrich.figures.FigureEnricher;
import io.newsdesk.enrich.quotes.QuoteEnricher;
import io.newsdesk.enrich.sources.CitedSourceEnricher;
import io.newsdesk.enrich.keywords.KeywordTagger;
import io.newsdesk.enrich.topics.MediaTopicTagger;
import io.newsdesk.enrich.topics.MediaTopicVocabulary;
import io.newsdesk.enrich.page.NewsPageCleaner;
import java.time.Clock;
import java.util.List;

/**
 * The production line-up of cleaner, taggers and enrichers: the one place that says which steps run and
 * in which order, used by the service and by the offline command alike. Adding a step is one line in
 * {@link #taggers} or {@link #enrichers}; replacing the cleaner is one line in {@link #cleaner}.
 */
public final class StandardProcessors {
    private StandardProcessors() {
    }

    public static ArticleProcessor create(AnalysisSettings settings, Clock clock) {
        return new ArticleProcessor(cleaner(settings), taggers(settings), enrichers(settings), clock);
    }

    /** With the default settings and the system clock: for the offline command and demos. */
    public static ArticleProcessor create() {
        return create(AnalysisSettings.defaults(), Clock.systemUTC());
    }

    public static ContentCleaner cleaner(AnalysisSettings settings) {
        return new NewsPageCleaner();
    }

    /** Run in this order on every submission; each sets its own fields of the tagged article. */
    public static List<Tagger> taggers(AnalysisSettings settings) {
        return List.of(
                new MediaTopicTagger(MediaTopicVocabulary.load(System.getenv())),
                new KeywordTagger(settings.maxKeywords()));
    }

    /**
     * Run in this order on every tagged article. Order matters where one step reads another's output
     * (quotes after entities, so a speaker resolves to a person).
     */
    public static List<Enricher> enrichers(AnalysisSettings settings) {
        return List.of(
                new LanguageEnricher(new LanguageDetector()),
                new ReadingStatsEnricher(),
                new SummaryEnricher(settings.summaryWords(), new SentenceSplitter()),
                new SlugEnricher(),
                new EntityEnricher(),
                new QuoteEnricher(),
                new CitedSourceEnricher(),
                new FigureEnricher());
    }
}
