package io.newsdesk.publish.readmodel;

import java.time.Instant;

/**
 * The latest change to one article, for pull-based consumers: either its live version
 * ({@code article}, with its body as the index keeps it) or its removal.
 */
public record Change(String articleId, Instant at, IndexedArticle article, Removal removal) {
}
