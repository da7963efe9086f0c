package io.newsdesk.publish.readmodel;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The live article document holding a unique key (its id or its slug), found by one seek in each
 * segment's terms dictionary. A term query asked for the same thing through the query machinery: term
 * statistics gathered over every segment first, then a second terms enumeration per segment to score,
 * and a filter clause for liveness: with it an article page allocated 430 KB, with this 247 KB (17
 * segments, the archive benchmark's allocation profile).
 * The answer is the same: the live document with the lowest doc id holding the term, none when no live
 * document holds it.
 */
final class LiveLookup {
    private static final BytesRef LIVE = new BytesRef(ArticleFields.LIVE);

    private LiveLookup() {
    }

    /** The live document's doc id in {@code searcher}'s reader, or -1. */
    static int liveDoc(IndexSearcher searcher, String field, String value) throws IOException {
        BytesRef term = new BytesRef(value);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int doc = liveDoc(leaf.reader(), field, term);
            if (doc >= 0) {
                return leaf.docBase + doc;
            }
        }
        return -1;
    }

    private static int liveDoc(LeafReader reader, String field, BytesRef term) throws IOException {
        Terms terms = reader.terms(field);
        if (terms == null) {
            return -1;
        }
        TermsEnum termsEnum = terms.iterator();
        if (!termsEnum.seekExact(term)) {
            return -1;
        }
        PostingsEnum docs = termsEnum.postings(null, PostingsEnum.NONE);
        Bits deleted = reader.getLiveDocs();
        SortedDocValues kinds = null;
        int liveOrd = -1;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (deleted != null && !deleted.get(doc)) {
                continue;
            }
            if (kinds == null) {
                kinds = reader.getSortedDocValues(ArticleFields.KIND);
                liveOrd = kinds == null ? -1 : kinds.lookupTerm(LIVE);
                if (liveOrd < 0) {
                    return -1;
                }
            }
            // Doc values iterate forwards only: the postings give doc ids in increasing order, so this holds.
            if (kinds.advanceExact(doc) && kinds.ordValue() == liveOrd) {
                return doc;
            }
        }
        return -1;
    }
}
