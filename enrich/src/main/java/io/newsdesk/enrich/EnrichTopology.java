package io.newsdesk.enrich;

import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich service's two stages, each its own topic hop so that each can be replayed, inspected and
 * scaled on its own:
 * <pre>
 *  articles.submitted ─▶ tagging-version ─▶ tagging-tag ─▶ articles.tagged ─▶ enrichment-enrich ─▶ articles.enriched
 * </pre>
 * Both are stateless record-by-record maps; the key (the articleId) is kept, so every version of an
 * article stays on one partition and in order. The tagging hop first gives a submission written with
 * version 0 its version from its offset ({@link LogOrderedVersioning}): the log orders versions. A record that cannot be decoded, or on which a step
 * throws, is not caught here: the platform's Streams exception handlers send it to {@code articles.dlq}
 * with its original bytes and the reason, in the same transaction, and the stream goes on.
 *
 * <p>A pure factory: no I/O and no state outside the returned {@link Topology}.
 */
public final class EnrichTopology {
    public static final String TAGGING_SOURCE = "tagging-source";
    public static final String TAGGING_SKIP_TOMBSTONES = "tagging-skip-tombstones";
    public static final String TAGGING_VERSION = "tagging-version";
    public static final String TAGGING_TAG = "tagging-tag";
    public static final String TAGGING_SINK = "tagging-sink";
    public static final String ENRICHMENT_SOURCE = "enrichment-source";
    public static final String ENRICHMENT_SKIP_TOMBSTONES = "enrichment-skip-tombstones";
    public static final String ENRICHMENT_ENRICH = "enrichment-enrich";
    public static final String ENRICHMENT_SINK = "enrichment-sink";

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, ArticleProcessor processor) {
        StreamsBuilder builder = new StreamsBuilder();
        Topic<String, Submission> submitted = topics.submitted();
        Topic<String, TaggedArticle> tagged = topics.tagged();
        Topic<String, EnrichedArticle> enriched = topics.enriched();

        builder.stream(submitted.name(), Consumed.with(submitted.keySerde(), submitted.valueSerde()).withName(TAGGING_SOURCE))
                // These topics are not compacted and nobody writes tombstones to them: a retraction is a
                // submission with pubStatus CANCELED. A null value carries no article, so there is nothing
                // to tag or to dead-letter; passing it on would hand publish a tombstone it would read as
                // "retracted". It is skipped on purpose.
                .filter((articleId, submission) -> submission != null, Named.as(TAGGING_SKIP_TOMBSTONES))
                // Right after the source, where the record's offset is its own: the version is its place in the log.
                .processValues(LogOrderedVersioning::new, Named.as(TAGGING_VERSION))
                .mapValues((articleId, submission) -> processor.tag(requireKeyedByArticleId(articleId,
                        submission.getArticleId(), submission)), Named.as(TAGGING_TAG))
                .to(tagged.name(), Produced.with(tagged.keySerde(), tagged.valueSerde()).withName(TAGGING_SINK));

        builder.stream(tagged.name(), Consumed.with(tagged.keySerde(), tagged.valueSerde()).withName(ENRICHMENT_SOURCE))
                // As above: articles.tagged holds no tombstones by contract; a null value is skipped on purpose.
                .filter((articleId, article) -> article != null, Named.as(ENRICHMENT_SKIP_TOMBSTONES))
                .mapValues((articleId, article) -> processor.enrich(requireKeyedByArticleId(articleId,
                        article.getSubmission().getArticleId(), article)), Named.as(ENRICHMENT_ENRICH))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(ENRICHMENT_SINK));

        return builder.build();
    }

    /**
     * Publish keeps the latest version per key, and ordering holds per partition; a record keyed by
     * anything but its articleId would break both silently, so it fails here and is dead-lettered.
     */
    static <V> V requireKeyedByArticleId(String key, String articleId, V value) {
        if (key == null || !key.equals(articleId)) {
            throw new IllegalArgumentException("record key " + (key == null ? "null" : "'" + key + "'")
                    + " is not its articleId '" + articleId + "'; article topics are keyed by articleId");
        }
        return value;
    }
}
