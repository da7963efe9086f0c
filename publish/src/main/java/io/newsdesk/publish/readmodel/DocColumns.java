package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
        return read(searcher, docs, new String[docs.length], leaf -> DocValues.getSorted(leaf, field),
                (values, doc) -> values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null);
    }

    /** The teaser column of each document (every live article has one). */
    static Teaser[] teasers(IndexSearcher searcher, int[] docs) throws IOException {
        return read(searcher, docs, new Teaser[docs.length], leaf -> DocValues.getBinary(leaf, ArticleFields.TEASER),
                (values, doc) -> {
                    if (!values.advanceExact(doc)) {
                        throw new IllegalStateException("a live article without its teaser column");
                    }
                    return Teaser.decode(values.binaryValue());
                });
    }

    /** The value of a {@link CompressedText} column for each document, null where the document has none. */
    static String[] texts(IndexSearcher searcher, int[] docs, String field) throws IOException {
        return read(searcher, docs, new String[docs.length], leaf -> DocValues.getBinary(leaf, field),
                (values, doc) -> values.advanceExact(doc) ? CompressedText.decode(values.binaryValue()) : null);
    }

    /** The bytes of a column {@link CompressedText} encoded, null where the document has none. */
    static byte[][] bytes(IndexSearcher searcher, int[] docs, String field) throws IOException {
        return read(searcher, docs, new byte[docs.length][], leaf -> DocValues.getBinary(leaf, field),
                (values, doc) -> values.advanceExact(doc) ? CompressedText.decodeBytes(values.binaryValue()) : null);
    }

    /** The value of a numeric column for each document, {@code missing} where the document has none. */
    static long[] longs(IndexSearcher searcher, int[] docs, String field, long missing) throws IOException {
        Long[] values = read(searcher, docs, new Long[docs.length], leaf -> DocValues.getNumeric(leaf, field),
                (column, doc) -> column.advanceExact(doc) ? column.longValue() : missing);
        return Arrays.stream(values).mapToLong(Long::longValue).toArray();
    }

    /** Opens a column in one segment. */
    @FunctionalInterface
    private interface Open<C> {
        C in(LeafReader leaf) throws IOException;
    }

    /** Reads one document's value from a segment's column (by the document's number within the segment). */
    @FunctionalInterface
    private interface Value<C, T> {
        T of(C column, int doc) throws IOException;
    }

    /** Fills {@code out} with each document's value, visiting the documents in id order, a column per segment. */
    private static <C, T> T[] read(IndexSearcher searcher, int[] docs, T[] out, Open<C> open, Value<C, T> value)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        C column = null;
        int leafIndex = -1;
        for (int i : inDocOrder(docs)) {
            int leaf = ReaderUtil.subIndex(docs[i], leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                column = open.in(leaves.get(leaf).reader());
            }
            out[i] = value.of(column, docs[i] - leaves.get(leaf).docBase);
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
