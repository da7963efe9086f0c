package io.newsdesk.publish.readmodel;

import static io.newsdesk.publish.site.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index on disk: what a restart finds, and when it is rebuilt instead. */
class ArticleIndexOnDiskTest {
    private static final String TOPIC = "articles.published";
    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path dir;

    private void writeTwoAndCommit() {
        try (ArticleIndex index = ArticleIndex.open(dir, TOPIC, clock)) {
            index.apply("a", article("a").slug("slug-a").build(), null);
            index.apply("b", article("b").slug("slug-b").build(), null);
            index.apply("b", null, "RETRACTED");
            index.commit(Map.of(0, 3L, 1, 0L));
            index.apply("c", article("c").build(), null);
            // not committed: a restart reads it again from the topic
        }
    }

    @Test
    void aRestartFindsTheCommittedArticlesAndWhereToContinue() {
        writeTwoAndCommit();
        try (ArticleIndex reopened = ArticleIndex.open(dir, TOPIC, clock)) {
            assertEquals(Map.of(0, 3L, 1, 0L), reopened.checkpoint());
            assertEquals("a", reopened.queries().bySlug("slug-a").live().article().getArticleId());
            assertTrue(reopened.queries().bySlug("slug-b").isRetracted());
            assertTrue(reopened.queries().byId("c").isEmpty(), "what the checkpoint does not cover is not there");
            assertEquals(1, reopened.queries().size());
        }
    }

    @Test
    void anIndexOfAnotherTopicIsRebuilt() {
        writeTwoAndCommit();
        try (ArticleIndex other = ArticleIndex.open(dir, "test." + TOPIC, clock)) {
            assertEquals(Map.of(), other.checkpoint());
            assertEquals(0, other.queries().size());
            assertTrue(other.queries().bySlug("slug-b").removal() == null);
        }
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsRebuilt() throws Exception {
        writeTwoAndCommit();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            writer.setLiveCommitData(Map.of(ArticleIndex.SCHEMA_KEY, "0", ArticleIndex.TOPIC_KEY, TOPIC,
                    ArticleIndex.OFFSETS_KEY, data.get(ArticleIndex.OFFSETS_KEY)).entrySet());
            writer.commit();
        }
        try (ArticleIndex rebuilt = ArticleIndex.open(dir, TOPIC, clock)) {
            assertEquals(Map.of(), rebuilt.checkpoint(), "read again from offset 0");
            assertEquals(0, rebuilt.queries().size());
        }
    }

    @Test
    void clearEmptiesTheIndexForARebuild() throws Exception {
        writeTwoAndCommit();
        try (ArticleIndex index = ArticleIndex.open(dir, TOPIC, clock)) {
            index.clear();
            assertEquals(0, index.queries().size());
            assertEquals(Map.of(), index.checkpoint());
            index.commit(Map.of(0, 0L));
        }
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(0, reader.numDocs());
        }
    }

    @Test
    void aSecondInstanceCannotOpenTheSameDirectory() {
        try (ArticleIndex first = ArticleIndex.open(dir, TOPIC, clock)) {
            var e = assertThrows(RuntimeException.class, () -> ArticleIndex.open(dir, TOPIC, clock));
            assertTrue(e.getCause() instanceof LockObtainFailedException, String.valueOf(e.getCause()));
        }
    }

    @Test
    void checkpointsAreTextAndAMalformedOneIsNoCheckpoint() {
        assertEquals("0=12,1=40", Checkpoints.format(Map.of(1, 40L, 0, 12L)));
        assertEquals(Map.of(0, 12L, 1, 40L), Checkpoints.parse("0=12,1=40"));
        assertEquals(Map.of(), Checkpoints.parse("0=12,x"));
        assertEquals(Map.of(), Checkpoints.parse("0=-1"));
        assertEquals(Map.of(), Checkpoints.parse(null));
    }
}
