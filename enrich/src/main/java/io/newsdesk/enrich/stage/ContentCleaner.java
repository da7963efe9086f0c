package io.newsdesk.enrich.stage;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;

/**
 * Turns a submission's body into clean content: raw pages lose navigation, headers and footers, HTML is
 * sanitized to the publishing allowlist and rendered to plain text, the headline is found when a raw
 * page has one. Pure: no I/O, no shared mutable state; safe to call from several threads.
 */
public interface ContentCleaner extends Versioned {
    ArticleContent clean(Submission submission);
}
