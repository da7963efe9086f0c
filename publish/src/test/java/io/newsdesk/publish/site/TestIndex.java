package io.newsdesk.publish.site;

import io.newsdesk.publish.readmodel.ArticleIndex;
import io.newsdesk.publish.readmodel.ArticleQueries;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Clock;
import java.time.Instant;

/**
 * An in-memory read model for tests that fill it by hand: each record is applied and made visible at
 * once, as the follower would within its refresh interval.
 */
public final class TestIndex implements AutoCloseable {
    public final ArticleIndex index;

    public TestIndex(Clock clock) {
        this.index = ArticleIndex.inMemory(clock);
    }

    public void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason) {
        index.apply(articleId, valueOrNull, tombstoneReason);
        index.refresh();
    }

    public void apply(String articleId, PublishedArticle valueOrNull, String tombstoneReason, Instant recordTimestamp) {
        index.apply(articleId, valueOrNull, tombstoneReason, recordTimestamp);
        index.refresh();
    }

    public ArticleQueries queries() {
        return index.queries();
    }

    @Override
    public void close() {
        index.close();
    }
}
