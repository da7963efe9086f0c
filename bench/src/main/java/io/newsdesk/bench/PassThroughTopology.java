package io.newsdesk.bench;

import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline as two pure topology factories shaped like the pipeline's two Streams applications, so the
 * comparison holds the process layout fixed and varies only the work:
 * <pre>
 *  app 1 (as enrich):  submitted ─▶ passthrough-tag ─▶ tagged ─▶ passthrough-enrich ─▶ enriched
 *  app 2 (as publish): enriched ─▶ passthrough-publish ─▶ published
 * </pre>
 * Three hops after the producer, every value decoded and re-encoded as the same record types the
 * pipeline writes (see {@link PassThroughRecords}); no filtering, no state stores, no extra outputs.
 */
public final class PassThroughTopology {
    public static final String TAG_SOURCE = "passthrough-tag-source";
    public static final String TAG = "passthrough-tag";
    public static final String TAG_SINK = "passthrough-tag-sink";
    public static final String ENRICH_SOURCE = "passthrough-enrich-source";
    public static final String ENRICH = "passthrough-enrich";
    public static final String ENRICH_SINK = "passthrough-enrich-sink";
    public static final String PUBLISH_SOURCE = "passthrough-publish-source";
    public static final String PUBLISH = "passthrough-publish";
    public static final String PUBLISH_SINK = "passthrough-publish-sink";

    private PassThroughTopology() {
    }

    /** The two hops the enrich service makes: submitted to tagged, tagged to enriched. */
    public static Topology tagAndEnrichHops(Topics topics, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, Submission> submitted = topics.submitted();
        Topic<String, TaggedArticle> tagged = topics.tagged();
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        builder.stream(submitted.name(), Consumed.with(submitted.keySerde(), submitted.valueSerde()).withName(TAG_SOURCE))
                .mapValues(s -> PassThroughRecords.tagged(s, now(clock)), Named.as(TAG))
                .to(tagged.name(), Produced.with(tagged.keySerde(), tagged.valueSerde()).withName(TAG_SINK));
        builder.stream(tagged.name(), Consumed.with(tagged.keySerde(), tagged.valueSerde()).withName(ENRICH_SOURCE))
                .mapValues(t -> PassThroughRecords.enriched(t, now(clock)), Named.as(ENRICH))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(ENRICH_SINK));
        return builder.build();
    }

    /** The hop the publish service makes: enriched to published. */
    public static Topology publishHop(Topics topics, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        Topic<String, PublishedArticle> published = topics.published();
        builder.stream(enriched.name(), Consumed.with(enriched.keySerde(), enriched.valueSerde()).withName(PUBLISH_SOURCE))
                .mapValues(e -> PassThroughRecords.published(e, now(clock)), Named.as(PUBLISH))
                .to(published.name(), Produced.with(published.keySerde(), published.valueSerde()).withName(PUBLISH_SINK));
        return builder.build();
    }

    // Avro timestamps hold milliseconds, as in the pipeline's own records.
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
