package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;

/**
 * One step of the tagging stage (IPTC Media Topics, keywords). Reads the submission, its clean content and
 * {@code text}, the one analysis of {@code content.text} that {@link ArticleProcessor} makes per article for
 * every step, and sets its own fields on the record being built ({@code setTopics}, {@code setKeywords}).
 * Pure and thread-safe, like every stage step.
 */
public interface Tagger extends Versioned {
    void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out);
}
