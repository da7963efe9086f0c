package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class LiveFilterSearchersTest {
    @Test
    void theLiveArticleFilterIsCachedOnLargeSegmentsAndAnswersTheSame() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 12_000; i++) {
                Document doc = new Document();
                doc.add(new StringField(ArticleFields.KIND, i % 10 == 0 ? ArticleFields.REMOVED : ArticleFields.LIVE,
                        Field.Store.NO));
                doc.add(new NumericDocValuesField("n", i));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new LiveFilterSearchers(1024 * 1024).newSearcher(reader, null);
                Sort byN = new Sort(new SortField("n", SortField.Type.LONG, true));
                // A term query Lucene's own policy would never cache, asked for as every listing asks.
                long before = searcher.search(ArticleQueries.live(), 20, byN).totalHits.value;
                long after = searcher.search(ArticleQueries.live(), 20, byN).totalHits.value;
                LRUQueryCache cache = (LRUQueryCache) searcher.getQueryCache();
                assertEquals(1, cache.getCacheCount(), "the live filter's bit set for the one large segment");
                assertEquals(10_800, searcher.count(ArticleQueries.live()));
                assertEquals(before, after);
                assertEquals(true, cache.getHitCount() >= 1, "the next queries read the bit set");
            }
        }
    }
}
