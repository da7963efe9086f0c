package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.article.LanguageEnricher;
import io.newsdesk.enrich.article.ReadingStatsEnricher;
import io.newsdesk.enrich.article.SlugEnricher;
import io.newsdesk.enrich.article.SummaryEnricher;
import io.newsdesk.enrich.entities.Acronyms;
import io.newsdesk.enrich.entities.CapitalisedRuns;
import io.newsdesk.enrich.entities.DatelinePlace;
import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.enrich.entities.EntityPass;
import io.newsdesk.enrich.entities.Gazetteer;
import io.newsdesk.enrich.entities.GazetteerNames;
import io.newsdesk.enrich.entities.HeadlineMentions;
import io.newsdesk.enrich.entities.NameAgreement;
import io.newsdesk.enrich.entities.Surnames;
import io.newsdesk.enrich.figures.FigureEnricher;
import io.newsdesk.enrich.keywords.KeywordTagger;
import io.newsdesk.enrich.page.NewsPageCleaner;
import io.newsdesk.enrich.quotes.QuotationMarks;
import io.newsdesk.enrich.quotes.QuoteEnricher;
import io.newsdesk.enrich.quotes.SpeakerAttribution;
import io.newsdesk.enrich.sources.CitedSourceEnricher;
import io.newsdesk.enrich.text.LanguageDetector;
import io.newsdesk.enrich.text.SentenceSplitter;
import io.newsdesk.enrich.topics.MediaTopicTagger;
import io.newsdesk.enrich.topics.MediaTopicVocabulary;
import java.time.Clock;
import java.util.List;

/**
 * The production line-up of cleaner, taggers and enrichers, and of the passes inside the entity and quote
 * enrichers: the one place that says which steps and passes run and in which order, used by the service and
 * by the offline command alike. Adding a step is one line in {@link #taggers} or {@link #enrichers}; adding
 * an entity pass is one line in {@link #entityPasses}; replacing the cleaner is one line in {@link #cleaner}.
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
     * (quotes and cited sources after entities, so a speaker resolves to a person and an outlet is an organisation).
     */
    public static List<Enricher> enrichers(AnalysisSettings settings) {
        Gazetteer gazetteer = Gazetteer.standard();
        return List.of(
                new LanguageEnricher(new LanguageDetector()),
                new ReadingStatsEnricher(),
                new SummaryEnricher(settings.summaryWords(), new SentenceSplitter()),
                new SlugEnricher(),
                new EntityEnricher(gazetteer, entityPasses(gazetteer)),
                new QuoteEnricher(new QuotationMarks(), new SpeakerAttribution()),
                new CitedSourceEnricher(gazetteer),
                new FigureEnricher());
    }

    /**
     * The entity recognizer's passes, in order, over one shared recognition of the text: each finds mentions
     * of people, organisations and places, or resolves what the passes before it left open.
     */
    public static List<EntityPass> entityPasses(Gazetteer gazetteer) {
        return List.of(
                new DatelinePlace(),       // "NEW YORK, Feb 26 -": the dateline's city
                new GazetteerNames(),      // names the gazetteer knows, and "the Mexican government"
                new CapitalisedRuns(),     // other runs of capitals, typed by their words and context
                new Acronyms(),            // "DEA": the organisation spelt out before, or one of its own
                new Surnames(),            // "Trone" is David Trone; a lone word that speaks is a person
                new NameAgreement(),       // one name, one entity: surnames and heads joined, one type per name
                new HeadlineMentions());   // the names the headline carries
    }
}
