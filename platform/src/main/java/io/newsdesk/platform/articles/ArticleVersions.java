package io.newsdesk.platform.articles;

/**
 * How an article's versions are numbered: by the log. Every record of an article is keyed by its
 * articleId and so lands on one partition of {@code articles.submitted}, where the broker gives it an
 * offset higher than any before it. A submission written with version {@link #ASSIGNED_BY_THE_LOG}
 * gets its record's offset + 1 as its version: ingest answers that number in its 202 (it reads the
 * offset from the broker's acknowledgement) and enrich writes it into the record it passes on. So
 * versions of one article are distinct and strictly increasing in log order whichever ingest instance,
 * or whichever direct Kafka writer, wrote them, and no writer needs to know any other.
 *
 * <p>A writer may still number its own versions (1 or more); such a version is kept as written, and
 * publish drops a lower one than it already applied. Records of release v1 carry the versions its
 * ingest counted per article (1, 2, 3...): an article's n-th record sits at offset n - 1 or later, so
 * any record after it has an offset of at least n and its log-ordered version (offset + 1) is at least
 * n + 1, above every counted one. This holds as long as the topic never gets more partitions, which
 * would move articles to other partitions with lower offsets.
 */
public final class ArticleVersions {
    /** The version a writer puts on a submission to have the log number it. */
    public static final long ASSIGNED_BY_THE_LOG = 0L;

    private ArticleVersions() {
    }

    /** The version of a submission written with {@link #ASSIGNED_BY_THE_LOG} at this offset. */
    public static long fromOffset(long offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("an offset is never negative: " + offset);
        }
        return offset + 1;
    }

    /** The version a submission carries from here on: its own when it has one, else the log's. */
    public static long effective(long writtenVersion, long offset) {
        return writtenVersion == ASSIGNED_BY_THE_LOG ? fromOffset(offset) : writtenVersion;
    }
}
