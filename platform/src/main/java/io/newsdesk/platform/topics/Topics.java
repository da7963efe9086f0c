package io.newsdesk.platform.topics;

import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.FeedItemState;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline with its typed contract. Immutable: {@link #standard()} gives the
 * production names; {@link #withPrefix(String)} gives the same catalogue under unique names, which is
 * how integration tests keep their topics apart on a shared broker.
 *
 * <pre>
 *  HTTP/pages/feeds ─▶ ingest ─▶ articles.submitted ─▶ enrich(tag) ─▶ articles.tagged ─▶ enrich(enrich)
 *          (ingest.feed-items)                                                              │
 *                                            articles.enriched ◀──────────────────────┘
 *                                                   │
 *                                                publish ─▶ articles.published, articles.events, digests
 *  any stage's unprocessable record ─▶ articles.dlq
 * </pre>
 */
public final class Topics {
    public static final String SUBMITTED = "articles.submitted";
    /**
     * Retired: release v1's ingest kept its version table here. Versions are ordered by the log now
     * (see {@code Submission.version}); nothing writes or reads this topic, and an upgraded cluster may
     * delete it. The name stays so that nothing else ever takes it.
     */
    public static final String RETIRED_VERSIONS = "articles.versions";
    public static final String FEED_ITEMS = "ingest.feed-items";
    public static final String TAGGED = "articles.tagged";
    public static final String ENRICHED = "articles.enriched";
    public static final String PUBLISHED = "articles.published";
    public static final String EVENTS = "articles.events";
    public static final String DLQ = "articles.dlq";
    public static final String DIGESTS = "digests";

    private final String prefix;
    private final Topic<String, Submission> submitted;
    private final Topic<String, FeedItemState> feedItems;
    private final Topic<String, TaggedArticle> tagged;
    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<String, PublishedArticle> published;
    private final Topic<String, ArticleEvent> events;
    private final Topic<byte[], DeadLetter> deadLetters;
    private final Topic<String, Digest> digests;

    private Topics(String prefix) {
        this.prefix = prefix;
        this.submitted = new Topic<>(prefix + SUBMITTED, Serdes.String(), AvroSerde.of(Submission.class));
        this.feedItems = new Topic<>(prefix + FEED_ITEMS, Serdes.String(), AvroSerde.of(FeedItemState.class));
        this.tagged = new Topic<>(prefix + TAGGED, Serdes.String(), AvroSerde.of(TaggedArticle.class));
        this.enriched = new Topic<>(prefix + ENRICHED, Serdes.String(), AvroSerde.of(EnrichedArticle.class));
        this.published = new Topic<>(prefix + PUBLISHED, Serdes.String(), AvroSerde.of(PublishedArticle.class));
        this.events = new Topic<>(prefix + EVENTS, Serdes.String(), AvroSerde.of(ArticleEvent.class));
        this.deadLetters = new Topic<>(prefix + DLQ, Serdes.ByteArray(), AvroSerde.of(DeadLetter.class));
        this.digests = new Topic<>(prefix + DIGESTS, Serdes.String(), AvroSerde.of(Digest.class));
    }

    /** The production topic names. */
    public static Topics standard() {
        return new Topics("");
    }

    /** The same catalogue with every name prefixed, e.g. for a test or a second pipeline on one cluster. */
    public static Topics withPrefix(String prefix) {
        return new Topics(prefix == null ? "" : prefix);
    }

    public String prefix() {
        return prefix;
    }

    public Topic<String, Submission> submitted() {
        return submitted;
    }

    /** What ingest's feed pollers handed over per feed item; see {@link #FEED_ITEMS_RETENTION}. */
    public Topic<String, FeedItemState> feedItems() {
        return feedItems;
    }

    public Topic<String, TaggedArticle> tagged() {
        return tagged;
    }

    public Topic<String, EnrichedArticle> enriched() {
        return enriched;
    }

    public Topic<String, PublishedArticle> published() {
        return published;
    }

    public Topic<String, ArticleEvent> events() {
        return events;
    }

    public Topic<byte[], DeadLetter> deadLetters() {
        return deadLetters;
    }

    public Topic<String, Digest> digests() {
        return digests;
    }

    /** Name of a routed slice of the published topic, e.g. {@code articles.published.crime-law-justice}. */
    public String publishedSlice(String slice) {
        return prefix + PUBLISHED + "." + slice;
    }

    /**
     * How long {@link #feedItems()} keeps an item's state after it was last written. Compacted and
     * deleted: the latest state per item is kept, but not forever, or the topic (and every owner's
     * rebuild) would grow with every item any feed ever carried. Ingest rewrites the state of an item
     * still in its feed well within this time, so only items gone from their feeds expire.
     */
    public static final Duration FEED_ITEMS_RETENTION = Duration.ofDays(90);

    /** Layout and users of every fixed topic: what topic creation and the catalogue read. */
    public List<TopicSpec> specs() {
        Duration month = Duration.ofDays(30);
        return List.of(
                new TopicSpec(submitted.name(), "articleId (string)", "Submission", false, month,
                        "Every accepted submission, every version; an article's version is its record's offset + 1 "
                                + "(or the writer's own). Never add partitions: an article would move to another "
                                + "partition and its versions could go backwards.", List.of("ingest", "direct Kafka writers"),
                        List.of("enrich (tagging)")),
                new TopicSpec(tagged.name(), "articleId (string)", "TaggedArticle", false, Duration.ofDays(7),
                        "Cleaned and tagged articles.", List.of("enrich (tagging)"), List.of("enrich (enrichment)")),
                new TopicSpec(enriched.name(), "articleId (string)", "EnrichedArticle", false, month,
                        "Tagged and enriched articles, every version.", List.of("enrich (enrichment)"),
                        List.of("publish")),
                new TopicSpec(published.name(), "articleId (string)",
                        "PublishedArticle; tombstone = retracted or withheld (reason and slug in its headers)",
                        true, null, "Latest published version of every live article: the source of truth for readers.",
                        List.of("publish"), List.of("publish (site, feeds)", "downstream consumers")),
                new TopicSpec(events.name(), "articleId (string)", "ArticleEvent", false, Duration.ofDays(365),
                        "One event per published change: PUBLISHED, UPDATED, CORRECTED, WITHHELD, RETRACTED.",
                        List.of("publish"), List.of("downstream consumers")),
                new TopicSpec(deadLetters.name(), "original key (bytes)", "DeadLetter", false, month,
                        "Records a stage could not process, with their original bytes and the reason.",
                        List.of("ingest (feed items)", "enrich", "publish"), List.of("operators (./newsdesk tail articles.dlq)")),
                new TopicSpec(digests.name(), "date (string, yyyy-mm-dd)", "Digest", true, null,
                        "The daily report, one per day.", List.of("publish"), List.of("newsletter senders")),
                new TopicSpec(feedItems.name(), "source:itemId (string)", "FeedItemState", true, FEED_ITEMS_RETENTION,
                        "What ingest last handed over per feed item (fingerprint, version), so that no unchanged item "
                                + "is submitted twice; partitioned by source, each partition's feeds polled by the ingest "
                                + "instance that owns it. Adding partitions moves sources: their items are submitted "
                                + "once more.",
                        List.of("ingest (feed pollers)"), List.of("ingest (feed pollers)")));
    }
}
