package io.newsdesk.bench;

import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.platform.json.Json;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One article from {@link ArticleGenerator}, in the three shapes the benchmark submits it in: a
 * {@link ParsedSubmission} for ingest's plain-Java intake, a {@link Submission} record for the
 * pass-through baseline (what ingest would have written), and the JSON body a client posts over HTTP.
 * The same article gives the same bytes in every shape, so both systems move the same records.
 *
 * @param externalId the source's id of the article; with the source it makes the articleId
 */
public record GeneratedArticle(String externalId, String headline, String byline, String section, String body,
                               Instant firstCreated) {

    public GeneratedArticle {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(body, "body");
    }

    /** Size of the body in UTF-8 bytes: what "a 4 KB article" means throughout the benchmark. */
    public int bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8).length;
    }

    public String articleId(String source) {
        return ArticleIds.of(source, externalId);
    }

    /** The same article under another external id: a distinct article with the same text. */
    public GeneratedArticle withExternalId(String newExternalId) {
        return new GeneratedArticle(newExternalId, headline, byline, section, body, firstCreated);
    }

    public ParsedSubmission toParsed(String source) {
        return new ParsedSubmission(source, externalId, SubmissionChannel.API, headline, body, BodyFormat.TEXT, byline,
                null, "en", section, firstCreated, null, PubStatus.USABLE, null, OptionalLong.empty());
    }

    /** The record ingest writes for this article as version 1, received at {@code receivedAt}. */
    public Submission toSubmission(String source, String submissionId, Instant receivedAt) {
        return Submission.newBuilder()
                .setArticleId(articleId(source))
                .setVersion(1)
                .setSubmissionId(submissionId)
                .setSource(source)
                .setExternalId(externalId)
                .setChannel(SubmissionChannel.API)
                .setHeadline(headline)
                .setBody(body)
                .setBodyFormat(BodyFormat.TEXT)
                .setByline(byline)
                .setUrl(null)
                .setLanguage("en")
                .setSection(section)
                .setFirstCreated(firstCreated)
                .setEmbargoedUntil(null)
                .setPubStatus(PubStatus.USABLE)
                .setCorrectionNote(null)
                .setReceivedAt(receivedAt)
                .build();
    }

    /** The JSON body of {@code POST /v1/articles}. */
    public byte[] toJson(String source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("externalId", externalId);
        json.put("headline", headline);
        json.put("body", body);
        json.put("bodyFormat", "TEXT");
        json.put("byline", byline);
        json.put("language", "en");
        json.put("section", section);
        json.put("firstCreated", firstCreated);
        return Json.writeBytes(json);
    }
}
