package io.newsdesk.publish.readmodel;

import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSortSortedNumericDocValuesRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Everything the site reads from the {@link ArticleIndex} but search and sitemaps: articles by id and
 * slug, removals, listings (home, topic, entity) a page at a time, topic labels, a span of first
 * publications (digest, news sitemap) and the change list. Every read is bounded by the page or limit
 * it asks for, and each runs on one consistent point-in-time view of the index; no lock is held while
 * the writer works.
 */
public final class ArticleQueries {
    static final Sort NEWEST_FIRST = ArticleFields.NEWEST_FIRST;
    /** {@link #NEWEST_FIRST} turned round exactly, for the page before a cursor. */
    static final Sort OLDEST_FIRST = new Sort(new SortField(ArticleFields.FIRST_PUBLISHED, SortField.Type.LONG),
            new SortField(ArticleFields.TIEBREAK, SortField.Type.LONG, true));
    static final Sort EARLIEST_FIRST = new Sort(new SortField(ArticleFields.FIRST_PUBLISHED, SortField.Type.LONG),
            new SortField(ArticleFields.TIEBREAK, SortField.Type.LONG));
    private static final Sort CHANGE_ORDER = new Sort(new SortField(ArticleFields.CHANGED, SortField.Type.LONG),
            new SortField(ArticleFields.TIEBREAK, SortField.Type.LONG));
    private static final Set<String> ARTICLE_FIELD = Set.of(ArticleFields.ARTICLE);

    private record TotalKey(Object reader, Query query) {
    }

    /** One read against one point-in-time searcher. */
    @FunctionalInterface
    interface Read<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    /** Listing totals kept per state of the index: topics and entities are many, but not unbounded here. */
    private static final int MAX_TOTALS = 10_000;

    private final SearcherManager searchers;
    private final AvroCodec<PublishedArticle> codec;
    private final Map<TotalKey, Integer> totals = new ConcurrentHashMap<>();
    private volatile Object totalsReader;

    ArticleQueries(SearcherManager searchers, AvroCodec<PublishedArticle> codec) {
        this.searchers = searchers;
        this.codec = codec;
    }

    static <T> T read(SearcherManager searchers, Read<T> read) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return read.on(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the read model index", e);
        }
    }

    private <T> T read(Read<T> read) {
        return read(searchers, read);
    }

    static Query kind(String kind) {
        return new TermQuery(new Term(ArticleFields.KIND, kind));
    }

    /** Live articles matching every filter (none for all of them). */
    static Query live(Query... filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(kind(ArticleFields.LIVE), BooleanClause.Occur.FILTER);
        for (Query filter : filters) {
            query.add(filter, BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /** The stored record of a live article document, decoded. */
    static PublishedArticle decode(StoredFields stored, int doc, AvroCodec<PublishedArticle> codec) throws IOException {
        IndexableField field = stored.document(doc, ARTICLE_FIELD).getField(ArticleFields.ARTICLE);
        BytesRef bytes = field.binaryValue();
        // Lucene reads a stored binary field into an array of its own, exactly its length: decoded from
        // that array, the record is not copied a second time (14 KB on average, for each article read).
        boolean whole = bytes.offset == 0 && bytes.length == bytes.bytes.length;
        return codec.decode(whole ? bytes.bytes : Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
    }

    private List<PublishedArticle> decodeAll(IndexSearcher searcher, List<ScoreDoc> hits) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<PublishedArticle> out = new ArrayList<>(hits.size());
        for (ScoreDoc hit : hits) {
            out.add(decode(stored, hit.doc, codec));
        }
        return out;
    }

    // ---------------------------------------------------------------- single articles

    public Optional<PublishedArticle> byId(String articleId) {
        return read(s -> {
            int doc = LiveLookup.liveDoc(s, ArticleFields.ID, articleId);
            return doc < 0 ? Optional.empty() : Optional.of(decode(s.storedFields(), doc, codec));
        });
    }

    /** The removal of an article that is not live now, if it was ever removed. */
    public Optional<Removal> removal(String articleId) {
        return read(s -> {
            Query query = new BooleanQuery.Builder()
                    .add(kind(ArticleFields.REMOVED), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ArticleFields.ID, articleId)), BooleanClause.Occur.FILTER).build();
            TopDocs hits = s.search(query, 1);
            return hits.scoreDocs.length == 0 ? Optional.empty() : Optional.of(removal(s, hits.scoreDocs[0].doc));
        });
    }

    /** The live article at this address; else the latest removal of one that was there. */
    public SlugLookup bySlug(String slug) {
        return read(s -> {
            int live = LiveLookup.liveDoc(s, ArticleFields.SLUG, slug);
            if (live >= 0) {
                // The page shows the body cleaned when indexed, never the record's: the record is read without
                // it (decoding the stored one, its body three times over, was a third of an article page's CPU).
                int[] doc = {live};
                return new SlugLookup(IndexedArticle.withoutBody(
                        codec.decode(DocColumns.bytes(s, doc, ArticleFields.ARTICLE_WITHOUT_BODY)[0]),
                        DocColumns.texts(s, doc, ArticleFields.BODY_HTML)[0]), null);
            }
            Query query = new TermQuery(new Term(ArticleFields.SLUG, slug));
            Query removed = new BooleanQuery.Builder().add(kind(ArticleFields.REMOVED), BooleanClause.Occur.FILTER)
                    .add(query, BooleanClause.Occur.FILTER).build();
            TopDocs latest = s.search(removed, 1, new Sort(new SortField(ArticleFields.CHANGED, SortField.Type.LONG, true)));
            return latest.scoreDocs.length == 0 ? new SlugLookup(null, null)
                    : new SlugLookup(null, removal(s, latest.scoreDocs[0].doc));
        });
    }

    static Removal removal(IndexSearcher s, int doc) throws IOException {
        int[] docs = {doc};
        String reason = s.storedFields().document(doc, Set.of(ArticleFields.REASON)).get(ArticleFields.REASON);
        return new Removal(DocColumns.strings(s, docs, ArticleFields.ID)[0], DocColumns.strings(s, docs, ArticleFields.SLUG)[0],
                Removal.Reason.valueOf(reason), Instant.ofEpochMilli(DocColumns.longs(s, docs, ArticleFields.CHANGED, 0)[0]),
                DocColumns.longs(s, docs, ArticleFields.VERSION, 0)[0]);
    }

    /** How many articles are live. */
    public int size() {
        return read(s -> s.count(live()));
    }

    // ---------------------------------------------------------------- listings

    /** Live articles, newest first publication first. */
    public Slice recent(PageRequest page) {
        return listing(page);
    }

    /** Live articles filed under the topic or under a narrower one; empty for what is no topic code. */
    public Slice byTopic(String code, PageRequest page) {
        Optional<String> normalized = TopicCodes.normalize(code);
        return normalized.isEmpty() ? Slice.empty()
                : listing(page, new TermQuery(new Term(ArticleFields.TOPIC, normalized.get())));
    }

    public Slice byEntity(EntityKey key, PageRequest page) {
        return listing(page, new TermQuery(new Term(ArticleFields.ENTITY, key.path())));
    }

    /**
     * The newest {@code limit} live articles, whole, for feeds; with a topic code only those filed under it
     * (or a narrower topic), none for what is no topic code.
     */
    public List<PublishedArticle> newest(String topicCodeOrNull, int limit) {
        Query query = newestQuery(topicCodeOrNull);
        return query == null ? List.of() : read(s -> decodeAll(s, List.of(uncounted(s, query, limit, NEWEST_FIRST, null))));
    }

    /**
     * The id and version of each article {@link #newest} gives now, in its order ({@code "id@version"}), read
     * from the index's columns without decoding an article: what a feed made of them changes with.
     */
    public List<String> newestVersions(String topicCodeOrNull, int limit) {
        Query query = newestQuery(topicCodeOrNull);
        return query == null ? List.of() : read(s -> {
            ScoreDoc[] top = uncounted(s, query, limit, NEWEST_FIRST, null);
            int[] docs = new int[top.length];
            for (int i = 0; i < top.length; i++) {
                docs[i] = top[i].doc;
            }
            String[] ids = DocColumns.strings(s, docs, ArticleFields.ID);
            long[] versions = DocColumns.longs(s, docs, ArticleFields.VERSION, -1);
            List<String> out = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                out.add(ids[i] + "@" + versions[i]);
            }
            return out;
        });
    }

    /** Live articles, or those filed under a topic; null for what is no topic code. */
    private static Query newestQuery(String topicCodeOrNull) {
        if (topicCodeOrNull == null) {
            return live();
        }
        Optional<String> code = TopicCodes.normalize(topicCodeOrNull);
        return code.map(c -> live(new TermQuery(new Term(ArticleFields.TOPIC, c)))).orElse(null);
    }

    /** The label of a topic any article (live or since removed) was filed under. */
    public Optional<String> topicLabel(String code) {
        Optional<String> normalized = TopicCodes.normalize(code);
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return read(s -> {
            TopDocs hits = s.search(new TermQuery(new Term(ArticleFields.LABEL_CODE, normalized.get())), 1);
            return hits.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.ofNullable(s.storedFields().document(hits.scoreDocs[0].doc, Set.of(ArticleFields.LABEL))
                    .get(ArticleFields.LABEL));
        });
    }

    /** A page of the live articles matching every filter (none for all of them). */
    private Slice listing(PageRequest page, Query... filters) {
        Query query = live(filters);
        return read(s -> {
            int total = total(s, query);
            List<ScoreDoc> hits;
            // With a cursor, the articles on the far side of it are left out by a range on the index's own
            // order (a binary search), so the page after the 500,000th article costs what the second does.
            // Only live articles have a first publication, so the range alone keeps to them: the "is live"
            // clause was a posting list per segment to open and step through (without it, a page by cursor
            // allocates 243 instead of 423 KB at 100,000 articles).
            if (page.after() != null) {
                Query older = filtered(firstPublished(Long.MIN_VALUE, page.after().firstPublishedMillis()), filters);
                hits = List.of(uncounted(s, older, page.size(), NEWEST_FIRST, after(s, page.after())));
            } else if (page.before() != null) {
                Query newer = filtered(firstPublished(page.before().firstPublishedMillis(), Long.MAX_VALUE), filters);
                hits = new ArrayList<>(List.of(uncounted(s, newer, page.size(), OLDEST_FIRST, after(s, page.before()))));
                Collections.reverse(hits);
            } else if (page.reachable() && page.offset() < total) {
                ScoreDoc[] top = uncounted(s, query, page.offset() + page.size(), NEWEST_FIRST, null);
                hits = List.of(top).subList(Math.min(page.offset(), top.length), top.length);
            } else {
                hits = List.of();
            }
            if (hits.isEmpty()) {
                return new Slice(List.of(), total, null, null);
            }
            Teaser[] teasers = DocColumns.teasers(s, hits.stream().mapToInt(h -> h.doc).toArray());
            return new Slice(List.of(teasers), total, cursor(hits.get(0)), cursor(hits.get(hits.size() - 1)));
        });
    }

    private static Query filtered(Query query, Query... filters) {
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, BooleanClause.Occur.FILTER);
        for (Query filter : filters) {
            all.add(filter, BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    /**
     * The first {@code n} documents in {@code sort} order (after {@code after}, when given), without counting
     * the rest: a listing's total comes from {@link #total}, counted once per state of the index. Lucene's
     * own {@code search} counts the first thousand matches exactly before it stops early at the end of the
     * page in the index's order; that count was most of what a page by cursor or a feed cost.
     */
    static ScoreDoc[] uncounted(IndexSearcher s, Query query, int n, Sort sort, FieldDoc after) throws IOException {
        int wanted = Math.max(1, n);
        return s.search(query, new TopFieldCollectorManager(sort, wanted, after, wanted)).scoreDocs;
    }

    /** First publication in [from, to] (milliseconds): found by binary search in the index's sorted order. */
    static Query firstPublished(long from, long to) {
        return new IndexSortSortedNumericDocValuesRangeQuery(ArticleFields.FIRST_PUBLISHED, from, to,
                LongPoint.newRangeQuery(ArticleFields.FIRST_PUBLISHED, from, to));
    }

    /**
     * How many live articles a listing holds, counted once per state of the index: every page of a
     * listing shows the same total, and counting the home page's visits every live article.
     */
    private int total(IndexSearcher s, Query query) throws IOException {
        Object reader = s.getIndexReader().getReaderCacheHelper().getKey();
        if (totalsReader != reader) {
            // A new state of the index: the old counts can never match again (their key names their reader).
            totalsReader = reader;
            totals.clear();
        }
        TotalKey key = new TotalKey(reader, query);
        Integer known = totals.get(key);
        if (known != null) {
            return known;
        }
        int counted = s.count(query);
        if (totals.size() < MAX_TOTALS) {
            totals.put(key, counted);
        }
        return counted;
    }

    /**
     * A search-after position from a cursor: both sorts read the same two values. The highest document
     * number makes Lucene treat an article with exactly these values (the cursor's own) as already seen.
     */
    private static FieldDoc after(IndexSearcher searcher, Cursor cursor) {
        return new FieldDoc(Math.max(0, searcher.getIndexReader().maxDoc() - 1), Float.NaN,
                new Object[] {cursor.firstPublishedMillis(), cursor.tiebreak()});
    }

    private static Cursor cursor(ScoreDoc hit) {
        Object[] values = ((FieldDoc) hit).fields;
        return new Cursor((Long) values[0], (Long) values[1]);
    }

    // ---------------------------------------------------------------- time spans and changes

    /**
     * Live articles first published in [from, to): the day's digest (oldest first) or the news sitemap
     * (newest first), at most {@code limit} of them.
     */
    public List<PublishedArticle> firstPublishedBetween(Instant fromInclusive, Instant toExclusive, int limit,
                                                        boolean newestFirst) {
        if (!fromInclusive.isBefore(toExclusive) || limit < 1) {
            return List.of();
        }
        Query span = firstPublished(fromInclusive.toEpochMilli(), toExclusive.toEpochMilli() - 1);
        return read(s -> decodeAll(s, List.of(uncounted(s, live(span), limit, newestFirst ? NEWEST_FIRST : EARLIEST_FIRST, null))));
    }

    /**
     * Changes strictly after the cursor ({@code since}, {@code afterId}), oldest first: each article at
     * most once, in its latest state. {@code afterId}, the last article of the page before, breaks ties
     * between changes at the same instant (by its tie-break number, as listings do); pass null to start
     * after {@code since}.
     */
    public List<Change> changesAfter(Instant since, String afterId, int limit) {
        long sinceMillis;
        try {
            sinceMillis = since.toEpochMilli();
        } catch (ArithmeticException e) {
            // An instant beyond what milliseconds hold: nothing changed after it, everything after its mirror.
            sinceMillis = since.isBefore(Instant.EPOCH) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        if (sinceMillis == Long.MAX_VALUE) {
            return List.of();
        }
        boolean whole = since.getNano() % 1_000_000 == 0;
        BooleanQuery.Builder position = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(ArticleFields.CHANGED, sinceMillis + 1, Long.MAX_VALUE), BooleanClause.Occur.SHOULD);
        long afterTiebreak = afterId == null ? Long.MAX_VALUE : ArticleFields.tiebreak(afterId);
        if (whole && afterTiebreak < Long.MAX_VALUE) {
            position.add(new BooleanQuery.Builder()
                    .add(LongPoint.newExactQuery(ArticleFields.CHANGED, sinceMillis), BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(ArticleFields.TIEBREAK, afterTiebreak + 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        Query articles = new BooleanQuery.Builder()
                .add(kind(ArticleFields.LIVE), BooleanClause.Occur.SHOULD)
                .add(kind(ArticleFields.REMOVED), BooleanClause.Occur.SHOULD).build();
        Query query = new BooleanQuery.Builder().add(articles, BooleanClause.Occur.FILTER)
                .add(position.build(), BooleanClause.Occur.FILTER).build();
        return read(s -> {
            ScoreDoc[] hits = s.search(query, limit, CHANGE_ORDER).scoreDocs;
            int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
            String[] kinds = DocColumns.strings(s, docs, ArticleFields.KIND);
            String[] ids = DocColumns.strings(s, docs, ArticleFields.ID);
            // A consumer catching up reads the whole archive through this list: bodies cleaned when
            // indexed spare it a jsoup cleaning per article.
            String[] bodies = DocColumns.texts(s, docs, ArticleFields.BODY_HTML);
            StoredFields stored = s.storedFields();
            List<Change> out = new ArrayList<>(hits.length);
            for (int i = 0; i < hits.length; i++) {
                Object[] values = ((FieldDoc) hits[i]).fields;
                String id = ids[i];
                Instant at = Instant.ofEpochMilli((Long) values[0]);
                out.add(ArticleFields.LIVE.equals(kinds[i])
                        ? new Change(id, at, new IndexedArticle(decode(stored, docs[i], codec), bodies[i]), null)
                        : new Change(id, at, null, removal(s, docs[i])));
            }
            return out;
        });
    }
}
