package io.newsdesk.publish;

import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.rules.PublishRules;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The publish stage as a pure factory: {@code articles.enriched} in; {@code articles.published}
 * (compacted, key articleId; a tombstone with header {@code newsdesk.tombstone} = RETRACTED or WITHHELD
 * when an article leaves the site), {@code articles.events} and the routed slices
 * {@code articles.published.<slice>} out.
 *
 * <pre>
 *  publish-enriched-source ─▶ publish-rules ─┬▶ publish-published-sink      (articles.published)
 *                              │ stores:     ├▶ publish-events-sink         (articles.events)
 *                              │  versions   └▶ publish-slice-&lt;name&gt;-sink  (articles.published.&lt;name&gt;)
 *                              │  live
 *                              │  embargo   (+ wall-clock punctuator releasing ended embargoes)
 * </pre>
 *
 * One processor with three stores rather than a DSL chain: a version's effects on every output and
 * every store must be decided together (a stale version must touch none of them), and the embargo
 * punctuator must publish through the same path. All stores are persistent and changelogged, so a
 * restarted or moved task resumes with its versions, live records and held embargoes. The input is
 * keyed by articleId already, so there is no repartition topic; the internal topics are the three
 * changelogs {@code <application.id>-publish-*-store-changelog}.
 */
public final class PublishTopology {
    public static final String SOURCE = "publish-enriched-source";
    public static final String PROCESSOR = "publish-rules";
    public static final String VERSIONS_STORE = "publish-versions-store";
    public static final String LIVE_STORE = "publish-live-store";
    public static final String EMBARGO_STORE = "publish-embargo-store";
    public static final String PUBLISHED_SINK = "publish-published-sink";
    public static final String EVENTS_SINK = "publish-events-sink";

    /** Releases must happen within a second of an embargo's end. */
    public static final Duration MAX_EMBARGO_CHECK_INTERVAL = Duration.ofSeconds(1);

    private PublishTopology() {
    }

    public static String sliceSink(String slice) {
        return "publish-slice-" + slice + "-sink";
    }

    /** The changelog topic Streams keeps for one of the stores. */
    public static String changelog(String applicationId, String store) {
        return applicationId + "-" + store + "-changelog";
    }

    /**
     * @param embargoCheckInterval how often held embargoes are checked against the wall clock; at most 1 s
     */
    public static Topology build(Topics topics, PublishRules rules, Duration embargoCheckInterval) {
        if (embargoCheckInterval.isZero() || embargoCheckInterval.isNegative()
                || embargoCheckInterval.compareTo(MAX_EMBARGO_CHECK_INTERVAL) > 0) {
            throw new IllegalArgumentException("embargo check interval must be above 0 and at most "
                    + MAX_EMBARGO_CHECK_INTERVAL + ", not " + embargoCheckInterval);
        }
        Topology topology = new Topology();
        topology.addSource(SOURCE, topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer(), topics.enriched().name());
        topology.addProcessor(PROCESSOR, () -> new PublishProcessor(topics, rules, embargoCheckInterval), SOURCE);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(VERSIONS_STORE), Serdes.String(), Serdes.Long()), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(LIVE_STORE), Serdes.String(), new LiveArticleSerde()), PROCESSOR);
        topology.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(EMBARGO_STORE), Serdes.String(), AvroSerde.of(EnrichedArticle.class)),
                PROCESSOR);
        // One serializer for the published topic and every slice: the same record goes to each of them.
        Serializer<PublishedArticle> publishedValues =
                new EncodedOnceSerializer<>(topics.published().valueSerde().serializer());
        topology.addSink(PUBLISHED_SINK, topics.published().name(), topics.published().keySerde().serializer(),
                publishedValues, PROCESSOR);
        topology.addSink(EVENTS_SINK, topics.events().name(), topics.events().keySerde().serializer(),
                topics.events().valueSerde().serializer(), PROCESSOR);
        for (String slice : rules.routes().slices()) {
            topology.addSink(sliceSink(slice), topics.publishedSlice(slice), topics.published().keySerde().serializer(),
                    publishedValues, PROCESSOR);
        }
        return topology;
    }
}
