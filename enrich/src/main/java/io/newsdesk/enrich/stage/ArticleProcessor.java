package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.platform.articles.SubmissionRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The two stages of enrich as plain functions, without Kafka: {@link #tag} turns a submission into a
 * tagged article (clean, then every tagger in order) and {@link #enrich} turns a tagged article into an
 * enriched one (every enricher in order). The Streams topology calls these, and so does the offline
 * {@code ./newsdesk enrich FILE}, so both give the same result for the same input.
 *
 * <p>Each output records the name and version of every step that produced it in its {@code processors}
 * map; the enriched record carries the tagging steps too, so one record tells the whole story.
 * Thread-safe as long as the steps are (they are pure by contract); the clock gives the stage timestamps.
 *
 * <p>A {@link StageObserver} (see {@link #observedBy}) hears how long each stage took and whether it
 * produced its output: the service counts and times the stages with it, without the steps knowing.
 */
public final class ArticleProcessor {
    /** The stage names a {@link StageObserver} is told. */
    public static final String TAG_STAGE = "tag";
    public static final String ENRICH_STAGE = "enrich";

    /** Told after each stage; runs on the caller's thread, so it must be quick and must not throw. */
    @FunctionalInterface
    public interface StageObserver {
        StageObserver NONE = (stage, nanos, failure) -> { };

        /** @param failure what the stage threw, or null when it produced its output */
        void finished(String stage, long nanos, Throwable failure);
    }

    private final ContentCleaner cleaner;
    private final List<Tagger> taggers;
    private final List<Enricher> enrichers;
    private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);
    private final Clock clock;
    private final StageObserver observer;

    public ArticleProcessor(ContentCleaner cleaner, List<? extends Tagger> taggers,
                            List<? extends Enricher> enrichers, Clock clock) {
        this(cleaner, taggers, enrichers, clock, StageObserver.NONE);
    }

    private ArticleProcessor(ContentCleaner cleaner, List<? extends Tagger> taggers,
                             List<? extends Enricher> enrichers, Clock clock, StageObserver observer) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.taggers = List.copyOf(taggers);
        this.enrichers = List.copyOf(enrichers);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
        requireDistinctNames();
    }

    /** The same steps, with {@code observer} told about every stage (in place of any earlier one). */
    public ArticleProcessor observedBy(StageObserver observer) {
        return new ArticleProcessor(cleaner, taggers, enrichers, clock, observer);
    }

    /**
     * The tagging stage: check the record against the contract's rules (it may have been written to
     * Kafka directly, not through ingest), clean the body, then run the taggers in order. A record that
     * breaks the rules throws {@link InvalidSubmissionException}, which sends it to the dead-letter topic.
     */
    public TaggedArticle tag(Submission submission) {
        long start = System.nanoTime();
        try {
            List<String> problems = SubmissionRules.problems(submission, clock.instant());
            if (!problems.isEmpty()) {
                throw new InvalidSubmissionException(submission.getArticleId(), problems);
            }
            TaggedArticle tagged = runTaggers(submission);
            observer.finished(TAG_STAGE, System.nanoTime() - start, null);
            LOG.info("tagged articleId={} version={} submissionId={} topic={}", submission.getArticleId(),
                    submission.getVersion(), submission.getSubmissionId(),
                    tagged.getTopics().isEmpty() ? "none" : tagged.getTopics().get(0).getCode());
            return tagged;
        } catch (RuntimeException | Error e) {
            observer.finished(TAG_STAGE, System.nanoTime() - start, e);
            throw e;
        }
    }

    /** The enrichment stage: copy what tagging found, then run the enrichers in order. */
    public EnrichedArticle enrich(TaggedArticle tagged) {
        long start = System.nanoTime();
        try {
            EnrichedArticle enriched = runEnrichers(tagged);
            observer.finished(ENRICH_STAGE, System.nanoTime() - start, null);
            LOG.info("enriched articleId={} version={} entities={} quotes={}", enriched.getSubmission().getArticleId(),
                    enriched.getSubmission().getVersion(), enriched.getEntities().size(), enriched.getQuotes().size());
            return enriched;
        } catch (RuntimeException | Error e) {
            observer.finished(ENRICH_STAGE, System.nanoTime() - start, e);
            throw e;
        }
    }

    private TaggedArticle runTaggers(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        ArticleContent content = Objects.requireNonNull(cleaner.clean(submission),
                () -> "cleaner " + cleaner.name() + " returned no content");
        Map<String, String> processors = new LinkedHashMap<>();
        processors.put(cleaner.name(), cleaner.version());
        TaggedArticle.Builder out = TaggedArticle.newBuilder()
                .setSubmission(submission)
                .setContent(content)
                .setTopics(new ArrayList<>())
                .setKeywords(new ArrayList<>());
        // One analysis of the clean text for every tagger (see AnalyzedText).
        AnalyzedText text = AnalyzedText.of(content.getText());
        for (Tagger tagger : taggers) {
            tagger.tag(submission, content, text, out);
            processors.put(tagger.name(), tagger.version());
        }
        return out.setProcessors(processors).setTaggedAt(now()).build();
    }

    private EnrichedArticle runEnrichers(TaggedArticle tagged) {
        Objects.requireNonNull(tagged, "tagged");
        Map<String, String> processors = new LinkedHashMap<>(tagged.getProcessors());
        EnrichedArticle.Builder out = EnrichedArticle.newBuilder()
                .setSubmission(tagged.getSubmission())
                .setContent(tagged.getContent())
                .setTopics(new ArrayList<>(tagged.getTopics()))
                .setKeywords(new ArrayList<>(tagged.getKeywords()))
                .setEntities(new ArrayList<>())
                .setQuotes(new ArrayList<>())
                .setCitedSources(new ArrayList<>())
                .setFigures(new ArrayList<>());
        // One analysis of the clean text for every enricher; valid throughout, as no enricher changes the content.
        AnalyzedText text = AnalyzedText.of(tagged.getContent().getText());
        for (Enricher enricher : enrichers) {
            enricher.enrich(out, text);
            processors.put(enricher.name(), enricher.version());
        }
        return out.setProcessors(processors).setEnrichedAt(now()).build();
    }

    /** Both stages at once: what the offline command does with a file. */
    public EnrichedArticle process(Submission submission) {
        return enrich(tag(submission));
    }

    /** Name and version of every step, cleaner first, in the order they run. */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put(cleaner.name(), cleaner.version());
        taggers.forEach(t -> versions.put(t.name(), t.version()));
        enrichers.forEach(e -> versions.put(e.name(), e.version()));
        return versions;
    }

    // Avro timestamps hold milliseconds; truncating here keeps a record equal to itself after a round trip.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // The processors map is keyed by name: two steps with one name would hide one of them from the archive.
    private void requireDistinctNames() {
        Set<String> seen = new HashSet<>();
        List<Versioned> steps = new ArrayList<>();
        steps.add(cleaner);
        steps.addAll(taggers);
        steps.addAll(enrichers);
        for (Versioned step : steps) {
            if (step.name() == null || step.name().isBlank() || step.version() == null || step.version().isBlank()) {
                throw new IllegalArgumentException(step.getClass().getName() + " must have a name and a version");
            }
            if (!seen.add(step.name())) {
                throw new IllegalArgumentException("two processing steps are named '" + step.name()
                        + "'; names must be unique because the processors map is keyed by them");
            }
        }
    }
}
