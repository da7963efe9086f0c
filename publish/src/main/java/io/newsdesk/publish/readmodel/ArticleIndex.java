package io.newsdesk.publish.readmodel;

import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site's read model of {@code articles.published}: an embedded Lucene index on local disk with one
 * document per article (its live version, or its removal), read by every page, feed, sitemap, the API
 * and search through {@link #queries()}, {@link #sitemaps()} and {@link #search()}. Nothing per article
 * is held in the heap: the archive can grow without the JVM growing with it.
 *
 * <p>Writes come from one thread, {@link PublishedTopicFollower}, in offset order; they become visible to
 * readers at the next {@link #refresh()} (near-real-time) and durable at the next {@link #commit}, which
 * stores the consumed offsets in the same Lucene commit as the documents. A restart opens the index and
 * continues from those offsets instead of replaying the topic; an empty directory, an index of another
 * {@link ArticleFields#SCHEMA_VERSION} or of another topic is rebuilt from offset 0.
 *
 * <p>Listings are ordered by <em>first</em> publication, newest first, so a corrected or updated article
 * keeps its place on the home page and in feeds instead of jumping to the top.
 */
public final class ArticleIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);
    static final String SCHEMA_KEY = "newsdesk.schema";
    static final String TOPIC_KEY = "newsdesk.topic";
    static final String OFFSETS_KEY = "newsdesk.offsets";
    /** Topic labels already written; bounded by the vocabulary, capped in case a writer invents codes. */
    private static final int LABEL_CACHE = 10_000;
    /** Neighbouring segments of a size merged at once ({@link #mergePolicy()}). */
    static final int MERGE_FACTOR = 4;
    /** No merge writes a segment larger than this ({@link #mergePolicy()}). */
    static final double MAX_MERGE_MB = 2048;

    /** What the writer last wrote for an article, until a refresh lets the searcher see it. */
    private record Known(boolean live, long version, String slug) {
    }

    private final Directory directory;
    private final String topic;
    private final Clock clock;
    private final IndexWriter writer;
    private final MergeActivity merges = new MergeActivity();
    private final SearcherManager searchers;
    private final AvroCodec<PublishedArticle> codec = AvroCodec.of(PublishedArticle.class);
    private final ArticleQueries queries;
    private final SitemapQueries sitemaps;
    private final ArticleSearch search;
    private final Map<String, Known> unrefreshed = new HashMap<>();
    private final Map<String, String> labelsWritten = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > LABEL_CACHE;
        }
    };
    private Map<Integer, Long> checkpoint;
    private final AtomicLong generation = new AtomicLong();

    private ArticleIndex(Directory directory, String topic, Clock clock, Freshness freshness) throws IOException {
        this.directory = directory;
        this.topic = topic;
        this.clock = clock;
        Map<String, String> committed = DirectoryReader.indexExists(directory)
                ? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
        String mismatch = mismatch(committed, topic);
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer())
                .setOpenMode(mismatch == null ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
                // Durability is the explicit commit with its offsets; closing must not commit documents
                // the recorded offsets do not cover.
                .setCommitOnClose(false)
                .setIndexSort(ArticleFields.NEWEST_FIRST)
                .setRAMBufferSizeMB(32)
                .setMergePolicy(mergePolicy())
                .setMergeScheduler(merges);
        this.writer = new IndexWriter(directory, config);
        this.checkpoint = mismatch == null ? Checkpoints.parse(committed.get(OFFSETS_KEY)) : Map.of();
        if (mismatch != null && !committed.isEmpty()) {
            LOG.warn("read model index {}: {}; rebuilding it from {} offset 0", directory, mismatch, topic);
        }
        this.searchers = new SearcherManager(writer, null);
        this.searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {
            }

            @Override
            public void afterRefresh(boolean didRefresh) {
                if (didRefresh) {
                    generation.incrementAndGet();
                }
            }
        });
        this.queries = new ArticleQueries(searchers, codec);
        this.sitemaps = new SitemapQueries(searchers);
        this.search = new ArticleSearch(searchers, codec, clock, freshness);
    }

    /**
     * Merges only neighbouring segments, Lucene's {@link LogByteSizeMergePolicy}: articles arrive about in
     * the order they were first published, so each segment then holds one stretch of time, and a newsroom's
     * trickle of new articles is merged among itself instead of into the archive. The tiered policy used
     * before merges segments of a size wherever they lie: on a 1,000,000-article archive its segments spanned
     * years each (one of 28,528 articles held 2021 to the last minute), and while a restarted instance served
     * readers and the newsroom added an article a second, its merges took 27 s of a core in two minutes.
     * Segments within a stretch of time also let the search visit the new articles first and the
     * archive after them ({@link FreshRelevanceCollector}).
     *
     * <p>At most 4 segments of a size ({@link #MERGE_FACTOR}; Lucene's default is 10): every search, slug
     * lookup and listing visits each segment. No merge writes a segment over {@link #MAX_MERGE_MB} (Lucene's
     * default, 2 GB), and a segment that size is finished: merged again only when deletions (corrected or
     * retracted articles) have shrunk it. So a settled archive is not rewritten: 1,000,000 articles settled
     * in 18 segments, 8 of them about 1.4 GB. At 512 MB they were 42 (36 of about 340 MB), and a search cost a
     * fifth more (BENCHMARKS.md, "Read side round 9").
     */
    private static LogByteSizeMergePolicy mergePolicy() {
        LogByteSizeMergePolicy policy = new LogByteSizeMergePolicy();
        policy.setMergeFactor(MERGE_FACTOR);
        policy.setMaxMergeMB(MAX_MERGE_MB);
        return policy;
    }

    /** Waits until no merge is under way or due (their result is visible after the next refresh). */
    void awaitMerges() {
        try {
            do {
                writer.maybeMerge();
                merges.sync();
            } while (writer.hasPendingMerges() || merges.mergeThreadCount() > 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the read model index", e);
        }
    }

    /**
     * Opens (or creates) the index in {@code directory} for {@code topic}. Only one process may hold it:
     * a second instance pointed at the same directory fails here with Lucene's lock error.
     */
    public static ArticleIndex open(Path directory, String topic, Clock clock) {
        return open(directory, topic, clock, Freshness.DEFAULT);
    }

    /** As {@link #open(Path, String, Clock)}, with how much search favours recent articles. */
    public static ArticleIndex open(Path directory, String topic, Clock clock, Freshness freshness) {
        try {
            return new ArticleIndex(FSDirectory.open(directory), topic, clock, freshness);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the read model index in " + directory, e);
        }
    }

    /** An index in memory, for tests and tools that need no restart. */
    public static ArticleIndex inMemory(Clock clock) {
        try {
            return new ArticleIndex(new ByteBuffersDirectory(), "in-memory", clock, Freshness.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mismatch(Map<String, String> committed, String topic) {
        if (committed.isEmpty()) {
            return "no committed index";
        }
        if (!ArticleFields.SCHEMA_VERSION.equals(committed.get(SCHEMA_KEY))) {
            return "index schema " + committed.get(SCHEMA_KEY) + " is not this version's " + ArticleFields.SCHEMA_VERSION;
        }
        if (!topic.equals(committed.get(TOPIC_KEY))) {
            return "index was built from topic " + committed.get(TOPIC_KEY) + ", not " + topic;
        }
        return null;
    }

    public ArticleQueries queries() {
        return queries;
    }

    public SitemapQueries sitemaps() {
        return sitemaps;
    }

    public ArticleSearch search() {
        return search;
    }

    /**
     * A number that grows each time readers see a new state of the index: what was rendered from one
     * state may be served again until it changes.
     */
    public long generation() {
        return generation.get();
    }

    /** Segments readers search now: every search, slug lookup and listing visits each. */
    int segments() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().leaves().size();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the read model index", e);
        }
    }

    /** What the index's merges have done and cost since it was opened. */
    MergeActivity merges() {
        return merges;
    }

    /** The index directory's files, including those of merges under way. */
    long bytesOnDisk() {
        long bytes = 0;
        try {
            for (String file : directory.listAll()) {
                try {
                    bytes += directory.fileLength(file);
                } catch (NoSuchFileException | FileNotFoundException deleted) {
                    // A merge finished and Lucene deleted the file between the listing and now.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the read model index", e);
        }
        return bytes;
    }

    /** Next offset to read per partition, as of the last commit; empty for a new or rebuilt index. */
    public Map<Integer, Long> checkpoint() {
        return checkpoint;
    }

    // ---------------------------------------------------------------- writes (one thread)

    /** value null = tombstone; tombstoneReason "RETRACTED" or "WITHHELD" (the record header), else null. */
    public void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason) {
        apply(articleId, valueOrNull, tombstoneReason, null);
    }

    /**
     * As {@link #apply(String, PublishedArticle, String)}, with the record's timestamp dating a removal, so
     * a replay reports the same retraction time as the instance that saw it happen.
     */
    public void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason, Instant recordTimestamp) {
        byte[] encoded = valueOrNull == null ? null : codec.encode(valueOrNull);
        apply(articleId, encoded, valueOrNull, tombstoneReason, null, recordTimestamp);
    }

    /**
     * One record of the topic.
     *
     * @param encoded   the value's bytes as read (stored as they are), null for a tombstone
     * @param decoded   those bytes decoded, null for a tombstone
     * @param slug      the tombstone's slug header, or null: names the address of an article whose last
     *                  value compaction has removed, so a rebuilt index still answers 410 there
     * @param timestamp the record's timestamp, or null to date a removal by the clock
     */
    void apply(String articleId, byte[] encoded, PublishedArticle decoded, String tombstoneReason, String slug,
               Instant timestamp) {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId is required");
        }
        if (decoded != null && !articleId.equals(decoded.getArticleId())) {
            throw new IllegalArgumentException("record key " + articleId + " does not match its value's articleId "
                    + decoded.getArticleId());
        }
        try {
            Known known = known(articleId);
            if (decoded == null) {
                remove(articleId, known, Removal.Reason.fromHeader(tombstoneReason), slug,
                        timestamp == null ? clock.instant() : timestamp);
            } else if (known == null || decoded.getVersion() > known.version()) {
                put(decoded, Objects.requireNonNull(encoded, "encoded"));
            }
            // else a late or duplicate record: the index already shows something at least as new.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + articleId + " to the read model index", e);
        }
    }

    private void put(PublishedArticle article, byte[] encoded) throws IOException {
        Map<String, String> labels = ArticleFields.topicLabels(article);
        writer.updateDocument(new Term(ArticleFields.ID, article.getArticleId()),
                ArticleFields.live(article, encoded, codec.encode(ArticleFields.withoutBody(article)), ArticleFields.codes(labels)));
        unrefreshed.put(article.getArticleId(), new Known(true, article.getVersion(), article.getSlug()));
        for (Map.Entry<String, String> label : labels.entrySet()) {
            // Labels outlive the articles filed under them, so a topic page keeps its name.
            if (!label.getValue().equals(labelsWritten.get(label.getKey()))) {
                writer.updateDocument(new Term(ArticleFields.LABEL_CODE, label.getKey()),
                        ArticleFields.topicLabel(label.getKey(), label.getValue()));
                labelsWritten.put(label.getKey(), label.getValue());
            }
        }
    }

    private void remove(String articleId, Known known, Removal.Reason reason, String slugHeader, Instant at)
            throws IOException {
        // Even a tombstone for an article this index never saw live (compaction dropped its value) is
        // kept, so the change list tells pull consumers to drop what they hold.
        String slug = known != null && known.slug() != null ? known.slug() : slugHeader;
        long lastVersion = known == null ? 0 : known.version();
        Removal removal = new Removal(articleId, slug, reason, at, lastVersion);
        writer.updateDocument(new Term(ArticleFields.ID, articleId), ArticleFields.removal(removal));
        unrefreshed.put(articleId, new Known(false, lastVersion, slug));
    }

    private Known known(String articleId) throws IOException {
        Known pending = unrefreshed.get(articleId);
        if (pending != null) {
            return pending;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(ArticleFields.ID, articleId)), 1);
            if (hits.scoreDocs.length == 0) {
                return null;
            }
            int[] doc = {hits.scoreDocs[0].doc};
            return new Known(ArticleFields.LIVE.equals(DocColumns.strings(searcher, doc, ArticleFields.KIND)[0]),
                    DocColumns.longs(searcher, doc, ArticleFields.VERSION, 0)[0],
                    DocColumns.strings(searcher, doc, ArticleFields.SLUG)[0]);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything written so far visible to readers (near-real-time, not yet durable). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            unrefreshed.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the read model index", e);
        }
    }

    /**
     * Makes everything written so far durable, together with where the topic is to be read from next:
     * {@code nextOffsets} must cover exactly the records applied.
     */
    public void commit(Map<Integer, Long> nextOffsets) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(SCHEMA_KEY, ArticleFields.SCHEMA_VERSION);
        data.put(TOPIC_KEY, topic);
        data.put(OFFSETS_KEY, Checkpoints.format(nextOffsets));
        try {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            checkpoint = Map.copyOf(nextOffsets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the read model index", e);
        }
    }

    /** Empties the index, to be rebuilt from the topic's beginning (the topic was recreated). */
    public void clear() {
        try {
            writer.deleteAll();
            unrefreshed.clear();
            labelsWritten.clear();
            checkpoint = Map.of();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the read model index", e);
        }
    }

    /** Closes without committing: what the last commit does not cover is read again from the topic. */
    @Override
    public void close() {
        try (directory; writer; searchers) {
            LOG.debug("closing the read model index {}", directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the read model index", e);
        }
    }
}
