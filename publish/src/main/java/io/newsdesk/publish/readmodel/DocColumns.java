package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Reads the small per-document values the index keeps in columns (doc values): ids, slugs, times,
 * versions. Listings and sitemaps read these instead of decoding whole stored articles. Doc values are
 * read forward only, so the documents are visited in id order and the answers put back in the
 * caller's order.
 */
final class DocColumns {
    private DocColumns() {
    }

    /** The value of a string column for each document, null where the document has none. */
    static String[] strings(IndexSearcher searcher, int[] docs, String field) throws IOException {
        String[] out = new String[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedDocValues values = null;
        int leafIndex = -1;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getSorted(leaves.get(leaf).reader(), field);
            }
            int local = docs[i] - leaves.get(leaf).docBase;
            out[i] = values.advanceExact(local) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        }
        return out;
    }

    /** The teaser column of each document (every live article has one). */
    static Teaser[] teasers(IndexSearcher searcher, int[] docs) throws IOException {
        Teaser[] out = new Teaser[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        BinaryDocValues values = null;
        int leafIndex = -1;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), ArticleFields.TEASER);
            }
            if (!values.advanceExact(docs[i] - leaves.get(leaf).docBase)) {
                throw new IllegalStateException("a live article without its teaser column");
            }
            out[i] = Teaser.decode(values.binaryValue());
        }
        return out;
    }

    /** The value of a {@link CompressedText} column for each document, null where the document has none. */
    static String[] texts(IndexSearcher searcher, int[] docs, String field) throws IOException {
        String[] out = new String[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        BinaryDocValues values = null;
        int leafIndex = -1;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getBinary(leaves.get(leaf).reader(), field);
            }
            out[i] = values.advanceExact(docs[i] - leaves.get(leaf).docBase) ? CompressedText.decode(values.binaryValue()) : null;
        }
        return out;
    }

    /** The value of a numeric column for each document, {@code missing} where the document has none. */
    static long[] longs(IndexSearcher searcher, int[] docs, String field, long missing) throws IOException {
        long[] out = new long[docs.length];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        NumericDocValues values = null;
        int leafIndex = -1;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = DocValues.getNumeric(leaves.get(leaf).reader(), field);
            }
            int local = docs[i] - leaves.get(leaf).docBase;
            out[i] = values.advanceExact(local) ? values.longValue() : missing;
        }
        return out;
    }

    /** Positions into {@code docs}, ordered by document id. */
    private static int[] inDocOrder(int[] docs) {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
