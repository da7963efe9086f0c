package io.newsdesk.bench;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * The baseline's three hops: each turns its input into the next stage's record type without looking at
 * the text, so the baseline pays what the pipeline pays for Avro (decode one type, build and encode the
 * next, of about the same size) and nothing for analysis. The cleaned text and HTML are the body itself,
 * which is what the pipeline's cleaner gives for a plain-text submission, give or take markup.
 */
public final class PassThroughRecords {
    private PassThroughRecords() {
    }

    public static TaggedArticle tagged(Submission submission, Instant now) {
        ArticleContent content = ArticleContent.newBuilder()
                .setHeadline(submission.getHeadline())
                .setText(submission.getBody())
                .setHtml(submission.getBody())
                .setRemovedBoilerplate(new ArrayList<>())
                .build();
        return TaggedArticle.newBuilder()
                .setSubmission(submission)
                .setContent(content)
                .setTopics(new ArrayList<>())
                .setKeywords(new ArrayList<>())
                .setProcessors(new HashMap<>())
                .setTaggedAt(now)
                .build();
    }

    public static EnrichedArticle enriched(TaggedArticle tagged, Instant now) {
        return EnrichedArticle.newBuilder()
                .setSubmission(tagged.getSubmission())
                .setContent(tagged.getContent())
                .setTopics(tagged.getTopics())
                .setKeywords(tagged.getKeywords())
                .setSlug(tagged.getSubmission().getArticleId())
                .setSummary(null)
                .setWordCount(0)
                .setReadingTimeSeconds(0)
                .setLanguage(tagged.getSubmission().getLanguage())
                .setEntities(new ArrayList<>())
                .setQuotes(new ArrayList<>())
                .setCitedSources(new ArrayList<>())
                .setFigures(new ArrayList<>())
                .setProcessors(tagged.getProcessors())
                .setEnrichedAt(now)
                .build();
    }

    public static PublishedArticle published(EnrichedArticle article, Instant now) {
        return PublishedArticle.newBuilder()
                .setArticleId(article.getSubmission().getArticleId())
                .setVersion(article.getSubmission().getVersion())
                .setSlug(article.getSlug())
                .setFirstPublishedAt(now)
                .setPublishedAt(now)
                .setCorrections(new ArrayList<>())
                .setArticle(article)
                .build();
    }
}
