package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the index's segments are merged: each holds one stretch of time, so new articles never mix into the
 * archive. A policy that merges segments by size wherever they lie (Lucene's tiered policy, as soon as the
 * segments are larger than its floor) fails this: tried with a floor below these segments' size, it left
 * segments that overlapped in time.
 */
class ArticleIndexMergeTest {
    private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");

    private final Random sizes = new Random(11);

    @TempDir
    Path dir;

    /** The first publications a segment holds, oldest to newest. */
    private record Stretch(String segment, int articles, long oldest, long newest) {
    }

    @Test
    void segmentsHoldStretchesOfTimeThatDoNotOverlapAfterAnArchiveAndATrickleAreMerged() throws IOException {
        int n = 0;
        try (ArticleIndex index = ArticleIndex.open(dir, "articles.published", Clock.systemUTC())) {
            // An archive read from the topic in batches (one segment each), then a newsroom's trickle, one
            // article per refresh: together enough segments for several rounds of merges.
            for (int batch = 0; batch < 48; batch++) {
                for (int i = 0; i < 25; i++, n++) {
                    apply(index, n);
                }
                index.refresh();
            }
            for (int i = 0; i < 64; i++, n++) {
                apply(index, n);
                index.refresh();
            }
            index.awaitMerges();
            index.commit(Map.of(0, (long) n));
        }

        List<Stretch> stretches = stretches();
        assertEquals(n, stretches.stream().mapToInt(Stretch::articles).sum());
        assertTrue(stretches.size() < 48 + 64, "merged: " + stretches.size() + " segments");
        stretches.sort(Comparator.comparingLong(Stretch::oldest));
        for (int i = 1; i < stretches.size(); i++) {
            Stretch before = stretches.get(i - 1);
            Stretch after = stretches.get(i);
            assertTrue(before.newest() < after.oldest(), "segments " + before + " and " + after + " overlap in time");
        }
    }

    /** Articles of 1 to 40 paragraphs, as news runs: segments of a batch then differ in size as they would. */
    private void apply(ArticleIndex index, int n) {
        String id = "a" + n;
        String paragraph = "The county board voted on the budget for schools and roads after a long public hearing. ";
        String text = paragraph.repeat(1 + sizes.nextInt(40));
        index.apply(id, article(id).firstPublished(START.plus(Duration.ofMinutes(30L * n)))
                .body("<p>" + text + "</p>", text).build(), null);
    }

    private List<Stretch> stretches() throws IOException {
        List<Stretch> stretches = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues published = leaf.reader().getNumericDocValues(ArticleFields.FIRST_PUBLISHED);
                if (published == null) {
                    continue; // a segment of removals or topic labels only
                }
                long oldest = Long.MAX_VALUE;
                long newest = Long.MIN_VALUE;
                int articles = 0;
                while (published.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
                    oldest = Math.min(oldest, published.longValue());
                    newest = Math.max(newest, published.longValue());
                    articles++;
                }
                if (articles > 0) {
                    stretches.add(new Stretch(((SegmentReader) leaf.reader()).getSegmentName(), articles, oldest, newest));
                }
            }
        }
        return stretches;
    }
}
