package io.newsdesk.enrich.stage;

import io.newsdesk.enrich.text.AnalyzedText;
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

    /**
     * The same, with {@code text} the analysis of {@code content.text}: {@link ArticleProcessor} analyses
     * the text once per article and hands it to every step, so that the steps that read tokens, sentences
     * or paragraphs do not each tokenise the same text again. Such a step overrides this; the default
     * ignores the analysis.
     */
    default void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out) {
        tag(submission, content, out);
    }
}
