package io.newsdesk.publish.readmodel;

import io.newsdesk.platform.articles.SubmissionRules;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import io.newsdesk.schemas.Submission;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One published article as every output reads it: the headline readers see, its byline, summary,
 * body text, entities by type and top-level topic, decided once here so the index, the page, the feeds,
 * the digest and the API never disagree. Values are raw (unescaped); each writer escapes for its format
 * (the site's {@code SafeBody} makes the body's HTML).
 */
public record ArticleView(PublishedArticle published) {
    public static final SubjectRef OTHER_TOPIC = SubjectRef.newBuilder().setCode("other").setLabel("Other").build();

    public String articleId() {
        return published.getArticleId();
    }

    public long version() {
        return published.getVersion();
    }

    public String slug() {
        return published.getSlug();
    }

    public Instant firstPublishedAt() {
        return published.getFirstPublishedAt();
    }

    public Instant publishedAt() {
        return published.getPublishedAt();
    }

    public boolean updated() {
        return published.getPublishedAt().isAfter(published.getFirstPublishedAt());
    }

    public EnrichedArticle enriched() {
        return published.getArticle();
    }

    public Submission submission() {
        return published.getArticle().getSubmission();
    }

    /** The cleaned headline, else the submitted one, else the slug: a page is never untitled. */
    public String headline() {
        ArticleContent content = enriched().getContent();
        if (content != null && content.getHeadline() != null && !content.getHeadline().isBlank()) {
            return content.getHeadline().strip();
        }
        String submitted = submission().getHeadline();
        if (submitted != null && !submitted.isBlank()) {
            return submitted.strip();
        }
        return slug();
    }

    /**
     * The submitted byline, else the author line enrichment found in a raw page: a newsroom's own byline
     * always wins over what a scraper's page printed.
     */
    public Optional<String> byline() {
        Optional<String> submitted = nonBlank(submission().getByline());
        if (submitted.isPresent()) {
            return submitted;
        }
        ArticleContent content = enriched().getContent();
        return content == null ? Optional.empty() : nonBlank(content.getByline());
    }

    public Optional<String> summary() {
        return nonBlank(enriched().getSummary());
    }

    /** BCP 47 tag: enrichment's, else the submission's, else English. */
    public String language() {
        return nonBlank(enriched().getLanguage())
                .or(() -> nonBlank(submission().getLanguage()))
                .orElse("en");
    }

    /** The cleaned HTML of the body as enrichment left it, or null: untrusted, see the site's SafeBody. */
    public String rawBodyHtml() {
        ArticleContent content = enriched().getContent();
        return content == null ? null : content.getHtml();
    }

    public String bodyText() {
        ArticleContent content = enriched().getContent();
        return content == null ? "" : content.getText();
    }

    public List<Correction> corrections() {
        return published.getCorrections();
    }

    public List<Subject> topics() {
        return enriched().getTopics();
    }

    public List<Entity> entities(EntityType type) {
        return enriched().getEntities().stream().filter(e -> e.getType() == type).toList();
    }

    /** The top-level Media Topic of the best subject, or "other": the digest's grouping. */
    public SubjectRef topLevelTopic() {
        List<Subject> topics = topics();
        if (topics.isEmpty()) {
            return OTHER_TOPIC;
        }
        Subject best = topics.get(0);
        List<SubjectRef> broader = best.getBroader();
        SubjectRef top = broader.isEmpty()
                ? SubjectRef.newBuilder().setCode(best.getCode()).setLabel(best.getLabel()).build()
                : broader.get(broader.size() - 1);
        String code = TopicCodes.normalize(top.getCode()).orElse(top.getCode());
        return SubjectRef.newBuilder().setCode(code).setLabel(top.getLabel()).build();
    }

    /** The source's own URL, only if it is a plain http(s) link: never a {@code javascript:} one. */
    public Optional<String> sourceUrl() {
        // the rule every submission's url was held to on the way in (SubmissionRules), asked again here
        // because this is where the link is written into a page
        return nonBlank(submission().getUrl()).filter(SubmissionRules::isWebUrl);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
