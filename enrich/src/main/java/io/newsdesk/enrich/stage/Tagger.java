package io.newsdesk.enrich.stage;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;

/**
 * One step of the tagging stage (IPTC Media Topics, keywords). Reads the submission and its clean
 * content, and sets its own fields on the record being built ({@code setTopics}, {@code setKeywords}).
 * Pure and thread-safe, like every stage step.
 */
public interface Tagger extends Versioned {
    void tag(Submission submission, ArticleContent content, TaggedArticle.Builder out);
}
