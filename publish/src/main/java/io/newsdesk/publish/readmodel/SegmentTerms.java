package io.newsdesk.publish.readmodel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Where each searched word is in each segment's term dictionary, remembered while the segment lives.
 *
 * <p>Before a search scores anything, Lucene looks every word of it up in every segment (its
 * {@link TermStates}): on 1,000,000 articles in 14-20 segments, two words cost some 30 dictionary seeks,
 * about a tenth of a search's CPU. A segment never changes once written, so what a lookup finds in it (the
 * word's place in the postings and its counts) holds until the segment is merged away; the index refreshes
 * every second, but only its newest small segments are new. Lookups are kept per segment core and word,
 * absent words too, for {@value #MAX_ENTRIES} pairs at most (a few megabytes of heap, bounded whatever the
 * archive's size); the counts are the segment's own, as Lucene's lookup gives them, so scores do not change.
 */
final class SegmentTerms {
    static final int MAX_ENTRIES = 20_000;

    private record Key(Object segment, Term term) {
    }

    /** What a lookup found in one segment; {@link #ABSENT} where the word is not in it. */
    private record Found(TermState state, int docFreq, long totalTermFreq) {
    }

    private static final Found ABSENT = new Found(null, 0, 0);

    private final Cache<Key, Found> found = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    /**
     * The query with each {@link TermQuery} (within Boolean and boost queries) given its per-segment lookups
     * for {@code searcher}'s reader; other queries (phrases, ranges) are left to look their terms up themselves.
     */
    Query resolve(Query query, IndexSearcher searcher) throws IOException {
        try {
            return resolve(query, searcher.getTopReaderContext());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Query resolve(Query query, IndexReaderContext top) throws IOException {
        if (query instanceof TermQuery term) {
            return new TermQuery(term.getTerm(), states(top, term.getTerm()));
        }
        if (query instanceof BoostQuery boost) {
            return new BoostQuery(resolve(boost.getQuery(), top), boost.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder copy = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                copy.add(resolve(clause.getQuery(), top), clause.getOccur());
            }
            return copy.build();
        }
        return query;
    }

    /** Lookups remembered so far (for tests). */
    long size() {
        found.cleanUp();
        return found.estimatedSize();
    }

    private TermStates states(IndexReaderContext top, Term term) throws IOException {
        TermStates states = new TermStates(top);
        List<LeafReaderContext> leaves = top.leaves();
        for (LeafReaderContext leaf : leaves) {
            IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
            Found here = core == null ? lookUp(leaf, term) : found.get(new Key(core.getKey(), term), k -> {
                try {
                    return lookUp(leaf, term);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (here != ABSENT) {
                states.register(here.state(), leaf.ord, here.docFreq(), here.totalTermFreq());
            }
        }
        return states;
    }

    private static Found lookUp(LeafReaderContext leaf, Term term) throws IOException {
        Terms terms = leaf.reader().terms(term.field());
        if (terms == null) {
            return ABSENT;
        }
        TermsEnum words = terms.iterator();
        if (!words.seekExact(term.bytes())) {
            return ABSENT;
        }
        // termState() is a copy the enum no longer touches: safe to share between searches.
        return new Found(words.termState(), words.docFreq(), words.totalTermFreq());
    }
}
