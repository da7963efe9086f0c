package io.newsdesk.launcher.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import java.util.List;

/**
 * What a person wants to see of an enriched or published article: the findings of each enrichment
 * step, without the body, offsets and mention lists that {@link io.newsdesk.platform.json.AvroJson} would print in full.
 * Used by {@code ./newsdesk enrich} (one object per file) and {@code ./newsdesk demo}.
 */
public final class ArticleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ArticleJson() {
    }

    /** The findings of enrichment: headline, byline, topics, keywords, entities, quotes, sources, figures, summary, basics. */
    public static ObjectNode enriched(EnrichedArticle article) {
        ObjectNode json = NODES.objectNode();
        json.put("headline", article.getContent().getHeadline());
        json.put("byline", byline(article));
        if (!article.getSlug().isEmpty()) {
            json.put("slug", article.getSlug());
        }
        ArrayNode topics = json.putArray("topics");
        for (Subject subject : article.getTopics()) {
            topics.addObject().put("code", subject.getCode()).put("label", subject.getLabel()).put("score", subject.getScore());
        }
        strings(json.putArray("keywords"), article.getKeywords());
        ArrayNode entities = json.putArray("entities");
        for (Entity entity : article.getEntities()) {
            ObjectNode e = entities.addObject().put("type", entity.getType().name()).put("name", entity.getName());
            if (!entity.getAliases().isEmpty()) {
                strings(e.putArray("aliases"), entity.getAliases());
            }
            if (!entity.getTitles().isEmpty()) {
                strings(e.putArray("titles"), entity.getTitles());
            }
            if (entity.getIsoCode() != null) {
                e.put("isoCode", entity.getIsoCode());
            }
            e.put("mentionCount", entity.getMentionCount());
            e.put("salience", entity.getSalience());
        }
        ArrayNode quotes = json.putArray("quotes");
        for (Quote quote : article.getQuotes()) {
            ObjectNode q = quotes.addObject().put("text", quote.getText());
            q.put("speaker", quote.getSpeaker());
            if (quote.getAttribution() != null) {
                q.put("attribution", quote.getAttribution());
            }
        }
        ArrayNode sources = json.putArray("citedSources");
        for (CitedSource source : article.getCitedSources()) {
            ObjectNode s = sources.addObject().put("name", source.getName()).put("mentionCount", source.getMentionCount());
            strings(s.putArray("phrases"), source.getPhrases());
        }
        ArrayNode figures = json.putArray("figures");
        for (Figure figure : article.getFigures()) {
            ObjectNode f = figures.addObject();
            f.put("value", figure.getValue());
            f.put("unit", figure.getUnit());
            f.put("text", figure.getText());
            f.put("kind", figure.getKind().name());
            if (figure.getCounts() != null) {
                f.put("counts", figure.getCounts());
            }
        }
        json.put("summary", article.getSummary());
        json.put("wordCount", article.getWordCount());
        json.put("readingTimeSeconds", article.getReadingTimeSeconds());
        json.put("language", article.getLanguage());
        return json;
    }

    /**
     * A published article: its id, version, address on the site and when it went out, then the
     * findings of {@link #enriched}.
     *
     * @param siteUrl the publish service's base URL, e.g. {@code http://localhost:8081}
     */
    public static ObjectNode published(PublishedArticle published, String siteUrl) {
        ObjectNode json = NODES.objectNode();
        json.put("articleId", published.getArticleId());
        json.put("version", published.getVersion());
        json.put("slug", published.getSlug());
        json.put("url", stripTrailingSlash(siteUrl) + "/articles/" + published.getSlug());
        json.put("publishedAt", published.getPublishedAt().toString());
        ObjectNode findings = enriched(published.getArticle());
        findings.remove("slug");
        json.setAll(findings);
        return json;
    }

    /** The submitted byline, else the author line enrichment found in a raw page (as the published site shows it); null if neither. */
    private static String byline(EnrichedArticle article) {
        String submitted = article.getSubmission() == null ? null : article.getSubmission().getByline();
        if (submitted != null && !submitted.isBlank()) {
            return submitted;
        }
        return article.getContent().getByline();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
