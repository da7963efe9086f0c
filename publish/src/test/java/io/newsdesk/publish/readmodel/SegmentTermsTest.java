package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Remembered lookups against Lucene's own, on an index that changes as the read model's does: new
 * segments at each refresh, deletions, merges. Any lookup kept past the segment it was made in, or counts
 * that are not the segment's own, shows as a different page or different scores.
 */
class SegmentTermsTest {
    private static final List<String> WORDS = List.of("council", "police", "court", "budget", "jury", "vote", "storm");

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final SegmentTerms terms = new SegmentTerms();
    private final Random random = new Random(7);

    @Test
    void aSearchFindsAndScoresExactlyWhatItWouldWithoutRememberedLookups() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleFields.analyzer()))) {
            for (int round = 0; round < 6; round++) {
                // Each round is what a refresh brings: new articles, some removed, now and then a merge.
                for (int i = 0; i < 150; i++) {
                    writer.addDocument(article(round * 150 + i));
                }
                writer.deleteDocuments(new Term("id", Integer.toString(random.nextInt((round + 1) * 150))));
                if (round == 3) {
                    writer.forceMerge(2);
                }
                writer.commit();
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    for (Query query : queries()) {
                        assertSamePage(searcher.search(query, 20), searcher.search(terms.resolve(query, searcher), 20), query);
                    }
                }
            }
        }
        assertTrue(terms.size() > 0, "lookups were remembered");
    }

    @Test
    void aWordNoSegmentHasFindsNothing() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleFields.analyzer()))) {
            writer.addDocument(article(1));
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Query query = new TermQuery(new Term(ArticleFields.TEXT, "lighthouse"));
            assertEquals(0, searcher.search(terms.resolve(query, searcher), 20).totalHits.value);
            assertEquals(0, searcher.search(terms.resolve(query, searcher), 20).totalHits.value, "remembered as absent");
        }
    }

    @Test
    void leavesQueriesItDoesNotLookUpAsTheyAre() throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ArticleFields.analyzer()))) {
            writer.addDocument(article(1));
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Query phrase = new PhraseQuery(ArticleFields.TEXT, "council", "vote");
            assertTrue(terms.resolve(phrase, new IndexSearcher(reader)) == phrase);
        }
    }

    private List<Query> queries() {
        Query two = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArticleFields.TEXT, "council")), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArticleFields.TEXT, "vote")), BooleanClause.Occur.MUST).build();
        Query either = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(ArticleFields.TEXT, "storm")), 2f), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ArticleFields.TEXT, "jury")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ArticleFields.TEXT, "police")), BooleanClause.Occur.MUST_NOT).build();
        Query nested = new BooleanQuery.Builder().add(two, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("kind", "live")), BooleanClause.Occur.FILTER).build();
        return List.of(new TermQuery(new Term(ArticleFields.TEXT, "budget")), two, either, nested);
    }

    private Document article(int id) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
        doc.add(new StringField("kind", "live", Field.Store.NO));
        StringBuilder text = new StringBuilder();
        for (int w = 0, n = 5 + random.nextInt(40); w < n; w++) {
            text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        doc.add(new TextField(ArticleFields.TEXT, text.toString(), Field.Store.NO));
        return doc;
    }

    private static void assertSamePage(TopDocs expected, TopDocs actual, Query query) {
        assertEquals(expected.totalHits, actual.totalHits, query.toString());
        assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, query.toString());
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, query + " #" + i);
            assertEquals(expected.scoreDocs[i].score, actual.scoreDocs[i].score, query + " #" + i);
        }
    }
}
