package io.newsdesk.platform.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleVersionsTest {

    @Test
    void aVersionAssignedByTheLogIsTheOffsetPlusOne() {
        assertEquals(1, ArticleVersions.effective(ArticleVersions.ASSIGNED_BY_THE_LOG, 0));
        assertEquals(57, ArticleVersions.effective(ArticleVersions.ASSIGNED_BY_THE_LOG, 56));
    }

    @Test
    void aWriterOwnVersionIsKept() {
        assertEquals(3, ArticleVersions.effective(3, 900));
    }

    @Test
    void laterRecordsOfAnArticleGetHigherVersionsThanEveryEarlierOne() {
        // Offsets 4, 9 and 10 of one partition hold three records of one article: versions only rise.
        long[] offsets = {4, 9, 10};
        long previous = 0;
        for (long offset : offsets) {
            long version = ArticleVersions.effective(ArticleVersions.ASSIGNED_BY_THE_LOG, offset);
            assertTrue(version > previous, version + " after " + previous);
            previous = version;
        }
    }

    @Test
    void aLogOrderedVersionIsAboveEveryVersionTheOldIngestCounted() {
        // Release v1's ingest counted versions per article: the article's n-th record carries version n.
        // Here an article has three such records among other articles' records in one partition; the
        // worst case is a partition holding nothing else (offsets 0, 1, 2).
        long[][] partitions = {{0, 1, 2}, {3, 8, 20}};
        for (long[] oldOffsets : partitions) {
            long lastCounted = oldOffsets.length;
            long nextOffset = oldOffsets[oldOffsets.length - 1] + 1;
            long next = ArticleVersions.effective(ArticleVersions.ASSIGNED_BY_THE_LOG, nextOffset);
            assertTrue(next > lastCounted, "next version " + next + " must be above the counted " + lastCounted);
        }
    }

    @Test
    void aNegativeOffsetIsABug() {
        assertThrows(IllegalArgumentException.class, () -> ArticleVersions.fromOffset(-1));
    }
}
