package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The skipping collector against the same collector scoring every match, on an index kept newest first as
 * the read model's is: several segments, two years of articles with few and common words (the case where
 * skipping matters), so any block skipped that held a result shows as a different page.
 */
class FreshRelevanceCollectorTest {
    private static final long NOW = Instant.parse("2026-12-04T10:00:00Z").toEpochMilli();
    /** Besides these, one article in 25 has "lighthouse". */
    private static final List<String> WORDS = List.of("council", "police", "court", "budget", "school", "jury", "vote",
            "storm", "river", "harbor", "mayor", "fire");
    private static final int ARTICLES = 6_000;
    private static final Duration SPAN = Duration.ofDays(730);
    private static final ByteBuffersDirectory DIRECTORY = new ByteBuffersDirectory();
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer())
                .setIndexSort(new Sort(new SortField(ArticleFields.FIRST_PUBLISHED, SortField.Type.LONG, true)))
                .setMergePolicy(NoMergePolicy.INSTANCE);
        Random random = new Random(42);
        try (IndexWriter writer = new IndexWriter(DIRECTORY, config)) {
            for (int i = 0; i < ARTICLES; i++) {
                // Oldest first, as a topic is read, over the last two years; a third up to a month out of order.
                long published = NOW - SPAN.toMillis() + i * (SPAN.toMillis() / ARTICLES)
                        - (random.nextInt(3) == 0 ? Duration.ofHours(random.nextInt(24 * 30)).toMillis() : 0);
                StringBuilder text = new StringBuilder();
                for (int w = 0, n = 5 + random.nextInt(120); w < n; w++) {
                    // Skewed: the first words are in most articles, several times.
                    text.append(WORDS.get(Math.min(random.nextInt(WORDS.size()), random.nextInt(WORDS.size())))).append(' ');
                }
                if (random.nextInt(25) == 0) {
                    text.append("lighthouse");
                }
                Document doc = new Document();
                doc.add(new TextField(ArticleFields.TEXT, text.toString(), Field.Store.NO));
                doc.add(new NumericDocValuesField(ArticleFields.FIRST_PUBLISHED, published));
                writer.addDocument(doc);
                if (i % 700 == 699) {
                    writer.commit();
                }
            }
            writer.commit();
        }
        reader = DirectoryReader.open(DIRECTORY);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        DIRECTORY.close();
    }

    /** Every word must match, analysed (stemmed) as the index is. */
    private static Query words(String... words) {
        return new QueryBuilder(ArticleFields.analyzer()).createBooleanQuery(ArticleFields.TEXT, String.join(" ", words),
                BooleanClause.Occur.MUST);
    }

    private static TopDocs search(Query query, int wanted, boolean skip) throws IOException {
        return new FreshRelevanceCollector(wanted, 1_000, Freshness.DEFAULT, NOW, skip).search(new IndexSearcher(reader), query);
    }

    @Test
    void theIndexHasSeveralSegments() {
        assertTrue(reader.leaves().size() >= 5, "segments: " + reader.leaves().size());
    }

    @Test
    void skippingFindsTheSamePageAsScoringEveryMatch() throws IOException {
        for (int a = 0; a < WORDS.size(); a++) {
            for (int b = a; b < WORDS.size(); b++) {
                Query query = a == b ? words(WORDS.get(a)) : words(WORDS.get(a), WORDS.get(b));
                for (int wanted : new int[] {1, 20, 200}) {
                    TopDocs everything = search(query, wanted, false);
                    TopDocs skipping = search(query, wanted, true);
                    String what = query + " top " + wanted;
                    assertTrue(everything.scoreDocs.length > 0, what + " finds nothing");
                    assertArrayEquals(Arrays.stream(everything.scoreDocs).mapToInt(d -> d.doc).toArray(),
                            Arrays.stream(skipping.scoreDocs).mapToInt(d -> d.doc).toArray(), what);
                    for (int i = 0; i < everything.scoreDocs.length; i++) {
                        assertEquals(everything.scoreDocs[i].score, skipping.scoreDocs[i].score, what);
                    }
                }
            }
        }
    }

    /**
     * Whole segments of the archive are passed over once the page is full and no match of theirs could reach
     * it, by their postings' best text score at their newest article's freshness. Here the archive's segment
     * mentions "harbor" once in long articles, this month's twice in short ones: the page fills with this
     * month's, and the archive's cannot reach it even at its best.
     */
    @Test
    void aSegmentWhoseBestMatchCannotReachThePageIsNotWalked() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(ArticleFields.analyzer())
                    .setIndexSort(new Sort(new SortField(ArticleFields.FIRST_PUBLISHED, SortField.Type.LONG, true)))
                    .setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < 50; i++) {
                    writer.addDocument(dated("the harbor " + "budget council vote ".repeat(30), NOW - Duration.ofDays(700 + i).toMillis()));
                }
                writer.commit();
                for (int i = 0; i < 50; i++) {
                    writer.addDocument(dated("harbor harbor storm", NOW - Duration.ofDays(1 + i % 20).toMillis()));
                }
                writer.commit();
            }
            try (DirectoryReader twoSegments = DirectoryReader.open(directory)) {
                assertEquals(2, twoSegments.leaves().size());
                FreshRelevanceCollector skipping = new FreshRelevanceCollector(10, 20, Freshness.DEFAULT, NOW, true);
                TopDocs page = skipping.search(new IndexSearcher(twoSegments), words("harbor"));
                FreshRelevanceCollector everything = new FreshRelevanceCollector(10, 20, Freshness.DEFAULT, NOW, false);
                TopDocs reference = everything.search(new IndexSearcher(twoSegments), words("harbor"));
                assertArrayEquals(Arrays.stream(reference.scoreDocs).mapToInt(d -> d.doc).toArray(),
                        Arrays.stream(page.scoreDocs).mapToInt(d -> d.doc).toArray());
                assertEquals(1, skipping.segmentsSkipped(), "the archive's segment");
                assertEquals(0, everything.segmentsSkipped(), "the reference walks every segment");
                assertEquals(50, page.totalHits.value, "this month's matches only");
                assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, page.totalHits.relation);
                assertEquals(new TotalHits(100, TotalHits.Relation.EQUAL_TO), reference.totalHits);
            }
        }
    }

    private static Document dated(String text, long published) {
        Document doc = new Document();
        doc.add(new TextField(ArticleFields.TEXT, text, Field.Store.NO));
        doc.add(new NumericDocValuesField(ArticleFields.FIRST_PUBLISHED, published));
        return doc;
    }

    @Test
    void theFirstThousandMatchesAreCountedExactlyThenSkippingStartsForCommonWords() throws IOException {
        Query common = words("council", "police");
        TopDocs everything = search(common, 20, false);
        TopDocs skipping = search(common, 20, true);
        assertEquals(TotalHits.Relation.EQUAL_TO, everything.totalHits.relation);
        assertTrue(everything.totalHits.value > 2_000, "common words match most articles: " + everything.totalHits);
        System.out.printf("[fresh-relevance] council police: scored %d of %d matches%n", skipping.totalHits.value,
                everything.totalHits.value);
        assertEquals(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, skipping.totalHits.relation);
        assertTrue(skipping.totalHits.value >= 1_000 && skipping.totalHits.value < everything.totalHits.value / 2,
                "skipping visited " + skipping.totalHits.value + " of " + everything.totalHits.value + " matches");
        Query rare = words("lighthouse", "council");
        TopDocs few = search(rare, 20, true);
        assertEquals(TotalHits.Relation.EQUAL_TO, few.totalHits.relation, "under a thousand matches: " + few.totalHits);
        assertEquals(search(rare, 20, false).totalHits, few.totalHits);
    }

    @Test
    void theScoreIsTheTextScoreTimesFreshness() throws IOException {
        Query query = words("jury");
        TopDocs plain = new IndexSearcher(reader).search(query, ARTICLES);
        TopDocs fresh = search(query, 1, false);
        int best = fresh.scoreDocs[0].doc;
        float text = Arrays.stream(plain.scoreDocs).filter(d -> d.doc == best).findFirst().orElseThrow().score;
        long published = reader.leaves().stream()
                .filter(leaf -> best >= leaf.docBase && best < leaf.docBase + leaf.reader().maxDoc())
                .mapToLong(leaf -> {
                    try {
                        var values = leaf.reader().getNumericDocValues(ArticleFields.FIRST_PUBLISHED);
                        values.advanceExact(best - leaf.docBase);
                        return values.longValue();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }).findFirst().orElseThrow();
        assertEquals(text * Freshness.DEFAULT.factor(published, NOW), fresh.scoreDocs[0].score, 1e-6);
    }
}
