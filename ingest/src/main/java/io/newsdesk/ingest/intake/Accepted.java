package io.newsdesk.ingest.intake;

/** A submission the broker acknowledged: the article, the version it got and the id to trace it by. */
public record Accepted(String articleId, long version, String submissionId) {
}
