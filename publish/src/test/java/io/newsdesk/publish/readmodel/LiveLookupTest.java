package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LiveLookupTest {
    private static Document doc(String kind, String id, String slug) {
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.KIND, kind, Field.Store.NO));
        doc.add(new SortedDocValuesField(ArticleFields.KIND, new BytesRef(kind)));
        doc.add(new StringField(ArticleFields.ID, id, Field.Store.YES));
        doc.add(new StringField(ArticleFields.SLUG, slug, Field.Store.NO));
        return doc;
    }

    private static String idAt(IndexSearcher s, int doc) throws IOException {
        return doc < 0 ? null : s.storedFields().document(doc).get(ArticleFields.ID);
    }

    @Test
    void findsTheLiveDocumentAcrossSegmentsAndSkipsRemovedAndReplacedOnes() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            // One segment per commit, so the lookup has to go through several.
            writer.addDocument(doc(ArticleFields.REMOVED, "a", "court-hears-appeal"));
            writer.commit();
            writer.addDocument(doc(ArticleFields.LIVE, "b", "court-hears-appeal"));
            writer.addDocument(doc(ArticleFields.LIVE, "c", "bail-refused"));
            writer.commit();
            // "c" corrected under a new slug: the old document is deleted, not gone from its segment's terms.
            writer.updateDocument(new Term(ArticleFields.ID, "c"), doc(ArticleFields.LIVE, "c", "bail-refused-again"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(reader);
                assertEquals(3, reader.leaves().size());
                assertEquals("b", idAt(s, LiveLookup.liveDoc(s, ArticleFields.SLUG, "court-hears-appeal")));
                assertEquals(-1, LiveLookup.liveDoc(s, ArticleFields.SLUG, "bail-refused"), "replaced");
                assertEquals("c", idAt(s, LiveLookup.liveDoc(s, ArticleFields.SLUG, "bail-refused-again")));
                assertEquals(-1, LiveLookup.liveDoc(s, ArticleFields.ID, "a"), "removed, not live");
                assertEquals("c", idAt(s, LiveLookup.liveDoc(s, ArticleFields.ID, "c")));
                assertEquals(-1, LiveLookup.liveDoc(s, ArticleFields.ID, "unknown"));
                assertEquals(-1, LiveLookup.liveDoc(s, "no-such-field", "b"));
            }
        }
    }
}
