package io.newsdesk.publish.readmodel;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Searchers whose query cache always keeps "is a live article" per segment. Every listing, cursor page,
 * topic page and search filters on it, and Lucene's default policy never caches a term query ("fast
 * enough"): each query then walked that term's postings over the whole archive, allocating the postings
 * readers' buffers once per segment and query (most of what a page by cursor allocated, about 400 KB,
 * in the archive benchmark's allocation profile). Cached, the filter is a bit set per segment, shared
 * by every query until the segment is merged away. Other queries are cached as Lucene decides.
 */
final class LiveFilterSearchers extends SearcherFactory {
    private static final Query LIVE = ArticleQueries.kind(ArticleFields.LIVE);
    /** Segments below this many documents are new and small: a walk over their postings is cheap. */
    private static final int MIN_SEGMENT_DOCS = 10_000;

    private final QueryCache cache;
    private final QueryCachingPolicy policy = new QueryCachingPolicy() {
        private final QueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

        @Override
        public void onUse(Query query) {
            usage.onUse(query);
        }

        @Override
        public boolean shouldCache(Query query) throws IOException {
            return LIVE.equals(query) || usage.shouldCache(query);
        }
    };

    /** @param maxBytes the cache's bound (a live-article bit set is an eighth of a byte per document) */
    LiveFilterSearchers(long maxBytes) {
        // Lucene's skip factor (10): a query led by a much rarer clause (a topic) does not stop to build the
        // bit set, but uses it once a listing has built it.
        this.cache = new LRUQueryCache(1_000, maxBytes, leaf -> leaf.reader().maxDoc() >= MIN_SEGMENT_DOCS, 10f);
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(cache);
        searcher.setQueryCachingPolicy(policy);
        return searcher;
    }
}
