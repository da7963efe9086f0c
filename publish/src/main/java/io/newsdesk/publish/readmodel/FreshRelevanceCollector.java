package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

/**
 * The top documents of a search by text score times {@link Freshness}, counted exactly up to
 * {@code countExactlyUpTo} matches like Lucene's own top-score collector, and then allowed to skip.
 *
 * <p>Why this is fast on a large archive: the index keeps each segment's documents newest first, so while a
 * segment is walked, freshness only falls. Once the page is full with its weakest result at {@code min},
 * a later document of the segment, no fresher than the current one ({@code f}), needs a text score above
 * {@code min / f} to get in; the collector tells the scorer so ({@link Scorable#setMinCompetitiveScore}),
 * and Lucene skips the blocks of postings whose best possible score is below it. For two common words on
 * generated news text, plain BM25 could skip almost nothing (every block holds some short article that
 * uses both words); with freshness, the blocks of articles a few weeks older than the page's weakest
 * result are skipped. {@link #search} visits the segments newest first, so the page fills with fresh,
 * strong results before the old segments are reached (Lucene's own order puts the large, old, merged
 * segments first: their results would set a low bar for everything after them). Before a segment is walked,
 * its best possible text score (from its postings' per-term maxima) times the freshness of its newest article
 * is checked against the page: a segment that cannot reach it is not walked at all, and one that is starts
 * with the bar its newest article sets.
 *
 * <p>Ties go to the lower document id, the newer article within a segment, as Lucene's collectors do.
 */
final class FreshRelevanceCollector implements CollectorManager<FreshRelevanceCollector.Top, TopDocs> {
    /** Worst first: lower score, then (on a tie) the higher document id, which loses. */
    private static final Comparator<ScoreDoc> WORST_FIRST =
            Comparator.<ScoreDoc>comparingDouble(d -> d.score).thenComparing(d -> d.doc, Comparator.reverseOrder());
    /** Set the scorer's bar again only when it rose by this much: each raise makes Lucene re-read block maxima. */
    private static final float RAISE_STEP = 1.005f;
    /** Below the exact quotient, so a float rounding of {@code text * f} never hides a competitive document. */
    private static final float SAFETY = 1 - 1e-5f;

    private final int wanted;
    private final int countExactlyUpTo;
    private final Freshness freshness;
    private final long nowMillis;
    private final boolean skip;
    private int segmentsSkipped;

    /**
     * @param skip false to score every match (the reference the skipping is tested against)
     */
    FreshRelevanceCollector(int wanted, int countExactlyUpTo, Freshness freshness, long nowMillis, boolean skip) {
        if (wanted < 1) {
            throw new IllegalArgumentException("wanted must be at least 1");
        }
        this.wanted = wanted;
        this.countExactlyUpTo = countExactlyUpTo;
        this.freshness = freshness;
        this.nowMillis = nowMillis;
        this.skip = skip;
    }

    /**
     * Searches the segments newest first (the order changes what is skipped, never what is found) and
     * returns the top documents.
     */
    TopDocs search(IndexSearcher searcher, Query query) throws IOException {
        Top top = newCollector();
        Weight weight = searcher.createWeight(searcher.rewrite(query), top.scoreMode(), 1f);
        List<LeafReaderContext> leaves = new ArrayList<>(searcher.getIndexReader().leaves());
        long[] newest = new long[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            NumericDocValues published = DocValues.getNumeric(leaf.reader(), ArticleFields.FIRST_PUBLISHED);
            // A segment's first document is its newest: the index is sorted that way.
            newest[leaf.ord] = published.advanceExact(0) ? published.longValue() : Long.MIN_VALUE;
        }
        leaves.sort(Comparator.comparingLong((LeafReaderContext leaf) -> newest[leaf.ord]).reversed());
        for (LeafReaderContext leaf : leaves) {
            // A segment without a first document dated has no article dated at all: each counts the floor.
            float freshest = newest[leaf.ord] == Long.MIN_VALUE ? freshness.floor() : freshness.factor(newest[leaf.ord], nowMillis);
            if (skip && top.settled() && !top.canRank(weight, leaf, freshest)) {
                segmentsSkipped++;
                continue;
            }
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            LeafCollector collector = top.getLeafCollector(leaf, freshest);
            try {
                scorer.score(collector, leaf.reader().getLiveDocs());
            } catch (CollectionTerminatedException segmentDone) {
                // Nothing more of this segment can rank.
            }
            collector.finish();
        }
        return reduce(List.of(top));
    }

    /** Segments the last {@link #search} did not walk because none of their matches could reach the page. */
    int segmentsSkipped() {
        return segmentsSkipped;
    }

    @Override
    public Top newCollector() {
        return new Top();
    }

    @Override
    public TopDocs reduce(Collection<Top> collectors) {
        List<ScoreDoc> all = new ArrayList<>();
        long total = 0;
        boolean lowerBound = false;
        for (Top top : collectors) {
            all.addAll(top.queue);
            total += top.totalHits;
            lowerBound |= top.skipped;
        }
        all.sort(WORST_FIRST.reversed());
        ScoreDoc[] best = all.subList(0, Math.min(wanted, all.size())).toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(total, lowerBound ? TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO
                : TotalHits.Relation.EQUAL_TO), best);
    }

    /** One collector, over the segments of one slice in document order. */
    final class Top implements Collector {
        private final PriorityQueue<ScoreDoc> queue = new PriorityQueue<>(wanted, WORST_FIRST);
        private long totalHits;
        private boolean skipped;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.TOP_SCORES;
        }

        /** Skipping has begun: the page is full and the exact count is done. */
        boolean settled() {
            return skip && totalHits > countExactlyUpTo && queue.size() == wanted;
        }

        /**
         * Whether any match in the segment could still reach the page, by the best text score its postings allow
         * (Lucene keeps it per term) at the freshness of its newest article. Asked once per segment, this skips
         * whole segments of the archive: on 1,000,000 articles, 4.7 of 11.6 per search over the benchmark's
         * word pairs, and a search scores in 0.70 instead of 0.90 ms (BENCHMARKS.md, "Read side round 10").
         */
        boolean canRank(Weight weight, LeafReaderContext leaf, float freshest) throws IOException {
            Scorer bounds = weight.scorer(leaf);
            if (bounds == null) {
                return false;
            }
            bounds.advanceShallow(0);
            if (bounds.getMaxScore(DocIdSetIterator.NO_MORE_DOCS) * freshest >= queue.peek().score * SAFETY) {
                return true;
            }
            skipped = true;
            return false;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return getLeafCollector(context, 1f);
        }

        /** @param freshest the freshness of the segment's newest article: no match of it is fresher */
        LeafCollector getLeafCollector(LeafReaderContext context, float freshest) throws IOException {
            NumericDocValues published = DocValues.getNumeric(context.reader(), ArticleFields.FIRST_PUBLISHED);
            int docBase = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;
                private float bar;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    this.scorer = scorer;
                    if (settled()) {
                        // The bar this segment starts with, before its first match is scored.
                        raise(queue.peek().score / freshest * SAFETY);
                    }
                }

                private void raise(float needed) throws IOException {
                    if (needed > bar * RAISE_STEP) {
                        bar = needed;
                        scorer.setMinCompetitiveScore(needed);
                        skipped = true;
                    }
                }

                @Override
                public void collect(int doc) throws IOException {
                    totalHits++;
                    float fresh = published.advanceExact(doc)
                            ? freshness.factor(published.longValue(), nowMillis) : freshness.floor();
                    float score = scorer.score() * fresh;
                    if (queue.size() < wanted) {
                        queue.add(new ScoreDoc(docBase + doc, score));
                    } else if (score > queue.peek().score) {
                        ScoreDoc worst = queue.poll();
                        worst.doc = docBase + doc;
                        worst.score = score;
                        queue.add(worst);
                    }
                    if (settled()) {
                        // Later documents of this segment are no fresher than this one.
                        raise(queue.peek().score / fresh * SAFETY);
                    }
                }
            };
        }
    }
}
