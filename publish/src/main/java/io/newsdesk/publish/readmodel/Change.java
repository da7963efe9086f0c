package io.newsdesk.publish.readmodel;

import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;

/**
 * The latest change to one article, for pull-based consumers: either its live version
 * ({@code article}) or its removal.
 */
public record Change(String articleId, Instant at, PublishedArticle article, Removal removal) {
}
