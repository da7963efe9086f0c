package io.newsdesk.publish;

import io.newsdesk.platform.metrics.PipelineMeters;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.rules.Decision;
import io.newsdesk.publish.rules.EmbargoGate;
import io.newsdesk.publish.rules.LiveArticle;
import io.newsdesk.publish.rules.PublishRules;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.publish.rules.VersionGate;
import io.newsdesk.publish.rules.VersionRefusedException;
import io.newsdesk.schemas.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out {@link PublishRules}' decisions on the stores and outputs of {@link PublishTopology}:
 * gates each incoming version by the versions store ({@link VersionGate}: a redelivery is dropped, a stale
 * version or an update based on an out-of-date version is dead-lettered with the reason and counted in
 * {@code newsdesk_versions_refused_total}), asks the rules, writes the result; and releases
 * ended embargoes on a wall-clock punctuator. Time is the task's wall clock
 * ({@link ProcessorContext#currentSystemTimeMs()}), which TopologyTestDriver lets tests drive.
 */
final class PublishProcessor implements Processor<String, EnrichedArticle, String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(PublishProcessor.class);

    private final Topics topics;
    private final PublishRules rules;
    private final Duration embargoCheckInterval;
    private final Set<String> configuredSlices;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, Long> versions;
    private KeyValueStore<String, LiveArticle> live;
    private KeyValueStore<String, EnrichedArticle> embargo;
    /** Null when the Streams properties carry no registry (most unit tests). */
    private PipelineMeters meters;

    PublishProcessor(Topics topics, PublishRules rules, Duration embargoCheckInterval) {
        this.topics = topics;
        this.rules = rules;
        this.embargoCheckInterval = embargoCheckInterval;
        this.configuredSlices = Set.copyOf(rules.routes().slices());
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.versions = context.getStateStore(PublishTopology.VERSIONS_STORE);
        this.live = context.getStateStore(PublishTopology.LIVE_STORE);
        this.embargo = context.getStateStore(PublishTopology.EMBARGO_STORE);
        // The service's registry reaches processors as it reaches the dead-letter handlers: in the Streams properties.
        this.meters = PipelineMeters.fromStreamsConfig(context.appConfigs());
        // Wall-clock, not stream time: an embargo must end on time even when no new article arrives.
        context.schedule(embargoCheckInterval, PunctuationType.WALL_CLOCK_TIME, this::releaseEndedEmbargoes);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String articleId = record.key();
        EnrichedArticle version = record.value();
        // Thrown before any store or output is touched; the processing exception handler dead-letters it.
        if (version == null) {
            throw new IllegalArgumentException("tombstone on " + topics.enriched().name() + " for key " + articleId
                    + ": publish needs an article version; retract with pubStatus CANCELED instead");
        }
        String idInValue = version.getSubmission().getArticleId();
        if (articleId == null || !articleId.equals(idInValue)) {
            throw new IllegalArgumentException("record key " + articleId + " does not match articleId " + idInValue
                    + " in the value (version " + version.getSubmission().getVersion() + ")");
        }
        long v = version.getSubmission().getVersion();
        Long expected = version.getSubmission().getExpectedVersion();
        Long latest = versions.get(articleId);
        VersionGate.Verdict verdict = VersionGate.check(latest, v, expected);
        if (verdict.refused()) {
            String reason = VersionGate.reason(verdict, articleId, latest, v, expected);
            LOG.info("refusing {} (submission {})", reason, version.getSubmission().getSubmissionId());
            if (meters != null) {
                meters.versionsRefused(verdict.name().toLowerCase(Locale.ROOT)).increment();
            }
            // Before any store or output is touched: the processing exception handler dead-letters the record.
            throw new VersionRefusedException(verdict, reason);
        }
        if (!verdict.accepted()) {
            LOG.info("dropping {} version {} of article {} (latest seen {}), submission {}", verdict, v, articleId,
                    latest, version.getSubmission().getSubmissionId());
            return;
        }
        versions.put(articleId, v);
        Instant now = now();
        carryOut(articleId, version, rules.decide(live.get(articleId), version, now), now);
    }

    private void releaseEndedEmbargoes(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        // Collect first: the store must not change under an open iterator. Held embargoes are few (a
        // newsroom holds dozens at a time), so a full scan each interval costs nothing worth an index.
        List<EnrichedArticle> ended = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedArticle> held = embargo.all()) {
            held.forEachRemaining(kv -> {
                if (EmbargoGate.due(kv.value, now)) {
                    ended.add(kv.value);
                }
            });
        }
        for (EnrichedArticle version : ended) {
            String articleId = version.getSubmission().getArticleId();
            long v = version.getSubmission().getVersion();
            embargo.delete(articleId);
            Long latest = versions.get(articleId);
            // A newer version always replaces or drops the hold, so this is a guard, not a path.
            if (latest != null && latest > v) {
                LOG.info("not releasing superseded embargoed version {} of article {} (latest seen {})", v,
                        articleId, latest);
                continue;
            }
            LOG.info("embargo of article {} version {} ended at {}; publishing", articleId, v,
                    version.getSubmission().getEmbargoedUntil());
            carryOut(articleId, version, rules.decide(live.get(articleId), version, now), now);
        }
    }

    private void carryOut(String articleId, EnrichedArticle version, Decision decision, Instant now) {
        long v = version.getSubmission().getVersion();
        long timestamp = now.toEpochMilli();
        switch (decision.action()) {
            case HOLD -> {
                embargo.put(articleId, version);
                LOG.info("holding article {} version {}: {}", articleId, v, decision.why());
            }
            case NOTHING -> {
                dropHold(articleId, decision);
                LOG.info("article {} version {}: no output ({})", articleId, v, decision.why());
            }
            case PUBLISH -> {
                dropHold(articleId, decision);
                live.put(articleId, decision.live());
                context.forward(new Record<>(articleId, decision.published(), timestamp), PublishTopology.PUBLISHED_SINK);
                for (String slice : decision.slices()) {
                    forwardToSlice(articleId, slice, decision.published(), null, null, timestamp);
                }
                for (String slice : decision.leftSlices()) {
                    forwardToSlice(articleId, slice, null, TombstoneReason.UNROUTED, decision.published().getSlug(), timestamp);
                }
                context.forward(new Record<>(articleId, decision.event(), timestamp), PublishTopology.EVENTS_SINK);
                LOG.info("published article {} version {} as {} (slices {})", articleId, v, decision.event().getType(),
                        decision.slices());
            }
            case UNPUBLISH -> {
                dropHold(articleId, decision);
                live.put(articleId, decision.live());
                String slug = decision.live().slug();
                context.forward(tombstone(articleId, decision.tombstone(), slug, timestamp), PublishTopology.PUBLISHED_SINK);
                for (String slice : decision.slices()) {
                    forwardToSlice(articleId, slice, null, decision.tombstone(), slug, timestamp);
                }
                context.forward(new Record<>(articleId, decision.event(), timestamp), PublishTopology.EVENTS_SINK);
                LOG.info("unpublished article {} at version {}: {}", articleId, v, decision.tombstone());
            }
        }
    }

    private void dropHold(String articleId, Decision decision) {
        // Check first: a delete of nothing would still write a changelog tombstone for every publication.
        if (decision.dropHold() && embargo.get(articleId) != null) {
            embargo.delete(articleId);
            LOG.info("dropped the held embargoed version of article {}: a newer version supersedes it", articleId);
        }
    }

    private void forwardToSlice(String articleId, String slice, Object value, TombstoneReason reason, String slug,
                                long timestamp) {
        // The live store remembers slices across restarts; a slice removed from NEWSDESK_ROUTES has no sink.
        if (!configuredSlices.contains(slice)) {
            LOG.info("article {}: slice {} is no longer configured; not writing to it", articleId, slice);
            return;
        }
        Record<String, Object> out = value != null
                ? new Record<>(articleId, value, timestamp)
                : tombstone(articleId, reason, slug, timestamp);
        context.forward(out, PublishTopology.sliceSink(slice));
    }

    /**
     * A tombstone with its reason and the article's slug: the value the slug was in is compacted away,
     * and a read side rebuilt later must still answer 410 at that address.
     */
    private static Record<String, Object> tombstone(String articleId, TombstoneReason reason, String slug, long timestamp) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TombstoneReason.HEADER, reason.name().getBytes(StandardCharsets.UTF_8));
        headers.add(TombstoneReason.SLUG_HEADER, slug.getBytes(StandardCharsets.UTF_8));
        return new Record<>(articleId, null, timestamp, headers);
    }

    private Instant now() {
        return Instant.ofEpochMilli(context.currentSystemTimeMs());
    }
}
