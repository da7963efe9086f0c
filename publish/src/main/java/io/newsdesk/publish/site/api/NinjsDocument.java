package io.newsdesk.publish.site.api;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.publish.readmodel.Removal;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.html.SafeBody;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Timestamps;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An article as IPTC ninjs 2.1 (News in JSON), the shape news systems exchange: {@code uri} is the
 * stable {@code urn:newsdesk:article:{id}}, {@code version} the article version as a string,
 * subjects carry Media Topic URIs with the {@code medtop:} qcode as {@code literal}, places their
 * ISO 3166 code as {@code literal}. Everything ninjs has no property for (quotes, figures, cited
 * outlets' phrases, corrections, keywords, the web URL) sits under the one namespaced key
 * {@value #EXTENSION}, so a strict ninjs reader can drop a single key and keep the rest.
 */
final class NinjsDocument {
    static final String EXTENSION = "newsdesk:ext";
    static final String MEDIA_TOPIC_URI = "http://cv.iptc.org/newscodes/mediatopic/";
    /** The properties ninjs 2.1 defines at the top level; tests hold the output to this list. */
    static final List<String> NINJS_21_PROPERTIES = List.of("uri", "type", "representationtype", "profile", "version",
            "firstcreated", "versioncreated", "contentcreated", "embargoed", "pubstatus", "urgency", "copyrightholder",
            "copyrightnotice", "usageterms", "ednote", "language", "descriptions", "bodies", "headlines", "people",
            "organisations", "places", "subjects", "events", "objects", "infosources", "title", "by", "slugline",
            "located", "renditions", "associations", "altids", "trustindicators", "standard", "genres", "expires",
            "rightsinfo");

    private NinjsDocument() {
    }

    static Map<String, Object> of(ArticleView a, SiteLinks links) {
        return of(a, SafeBody.html(a.rawBodyHtml(), a.bodyText()), links);
    }

    /** @param bodyHtml the article's body as {@link SafeBody} cleans it (kept so in the index) */
    static Map<String, Object> of(ArticleView a, String bodyHtml, SiteLinks links) {
        return item(a, Objects.requireNonNull(bodyHtml, "bodyHtml"), links);
    }

    /**
     * The article without its bodies ({@code "representationtype": "partial"}), as a search lists it: every
     * other property as in the full item, whose {@code uri} and {@code /v1/articles/{id}} address it names.
     */
    static Map<String, Object> partial(ArticleView a, SiteLinks links) {
        return item(a, null, links);
    }

    /** @param bodyHtml the cleaned body, or null for a partial item (no bodies) */
    private static Map<String, Object> item(ArticleView a, String bodyHtml, SiteLinks links) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("uri", SiteLinks.itemId(a.articleId()));
        n.put("standard", standard());
        n.put("type", "text");
        n.put("representationtype", bodyHtml == null ? "partial" : "full");
        n.put("version", String.valueOf(a.version()));
        Instant firstCreated = a.submission().getFirstCreated() != null ? a.submission().getFirstCreated() : a.firstPublishedAt();
        n.put("firstcreated", Timestamps.iso(firstCreated));
        n.put("versioncreated", Timestamps.iso(a.publishedAt()));
        if (a.submission().getEmbargoedUntil() != null) {
            n.put("embargoed", Timestamps.iso(a.submission().getEmbargoedUntil()));
        }
        n.put("pubstatus", "usable");
        n.put("language", a.language());
        n.put("slugline", a.slug());
        a.byline().ifPresent(b -> n.put("by", b));
        n.put("headlines", List.of(Map.of("role", "main", "value", a.headline())));
        a.summary().ifPresent(s -> n.put("descriptions", List.of(Map.of("role", "summary", "contenttype", "text/plain", "value", s))));
        if (bodyHtml != null) {
            n.put("bodies", bodies(a, bodyHtml));
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (Subject s : a.topics()) {
            String code = TopicCodes.normalize(s.getCode()).orElse(s.getCode());
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("name", s.getLabel());
            if (code.startsWith("medtop:")) {
                subject.put("uri", MEDIA_TOPIC_URI + code.substring("medtop:".length()));
            }
            subject.put("literal", code);
            subject.put("relevance", Math.max(0, Math.min(100, s.getScore())));
            subject.put("creator", "newsdesk");
            subjects.add(subject);
        }
        if (!subjects.isEmpty()) {
            n.put("subjects", subjects);
        }
        putEntities(n, "people", a.entities(EntityType.PERSON));
        putEntities(n, "organisations", a.entities(EntityType.ORGANIZATION));
        putEntities(n, "places", a.entities(EntityType.PLACE));
        List<Map<String, Object>> infosources = a.enriched().getCitedSources().stream()
                .map(c -> Map.<String, Object>of("name", c.getName(), "role", "cited")).toList();
        if (!infosources.isEmpty()) {
            n.put("infosources", infosources);
        }
        List<Map<String, Object>> altids = new ArrayList<>();
        altids.add(Map.of("role", "newsdesk:articleId", "value", a.articleId()));
        altids.add(Map.of("role", "newsdesk:source", "value", a.submission().getSource() + ":" + a.submission().getExternalId()));
        n.put("altids", altids);
        n.put(EXTENSION, extension(a, links));
        return n;
    }

    private static List<Map<String, Object>> bodies(ArticleView a, String bodyHtml) {
        List<Map<String, Object>> bodies = new ArrayList<>();
        Map<String, Object> html = new LinkedHashMap<>();
        html.put("role", "main");
        html.put("contenttype", "text/html");
        html.put("wordcount", a.enriched().getWordCount());
        html.put("value", bodyHtml);
        bodies.add(html);
        if (!a.bodyText().isBlank()) {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("role", "main");
            text.put("contenttype", "text/plain");
            text.put("wordcount", a.enriched().getWordCount());
            text.put("value", a.bodyText());
            bodies.add(text);
        }
        return bodies;
    }

    /** What a pull consumer sees for a removed article: enough to drop it, nothing of its content. */
    static Map<String, Object> removed(Removal removal) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("uri", SiteLinks.itemId(removal.articleId()));
        n.put("standard", standard());
        n.put("type", "text");
        n.put("representationtype", "partial");
        n.put("version", String.valueOf(removal.lastVersion()));
        n.put("versioncreated", Timestamps.iso(removal.at()));
        n.put("pubstatus", removal.reason() == Removal.Reason.RETRACTED ? "canceled" : "withheld");
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("articleId", removal.articleId());
        ext.put("removed", removal.reason().name().toLowerCase(Locale.ROOT));
        ext.put("removedAt", Timestamps.iso(removal.at()));
        n.put(EXTENSION, ext);
        return n;
    }

    private static Map<String, Object> standard() {
        return Map.of("name", "ninjs", "version", "2.1", "schema", "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json");
    }

    private static void putEntities(Map<String, Object> n, String key, List<Entity> entities) {
        if (entities.isEmpty()) {
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Entity e : entities) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.getName());
            m.put("rel", "mentioned");
            if (e.getType() == EntityType.PLACE && e.getIsoCode() != null && !e.getIsoCode().isBlank()) {
                m.put("literal", e.getIsoCode());
            } else {
                EntityKey.of(e.getType(), e.getName()).ifPresent(k -> m.put("literal", k.pathType() + "/" + k.key()));
            }
            out.add(m);
        }
        n.put(key, out);
    }

    private static Map<String, Object> extension(ArticleView a, SiteLinks links) {
        Map<String, Object> ext = new LinkedHashMap<>();
        ext.put("articleId", a.articleId());
        ext.put("url", links.absolute(SiteLinks.article(a.slug())));
        ext.put("firstPublishedAt", Timestamps.iso(a.firstPublishedAt()));
        ext.put("source", a.submission().getSource());
        if (a.submission().getSection() != null) {
            ext.put("section", a.submission().getSection());
        }
        a.sourceUrl().ifPresent(u -> ext.put("sourceUrl", u));
        SubjectRef top = a.topLevelTopic();
        ext.put("topLevelTopic", Map.of("code", top.getCode(), "label", top.getLabel()));
        ext.put("keywords", a.enriched().getKeywords());
        ext.put("wordCount", a.enriched().getWordCount());
        ext.put("readingTimeSeconds", a.enriched().getReadingTimeSeconds());
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Quote q : a.enriched().getQuotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", q.getText());
            if (q.getSpeaker() != null) {
                m.put("speaker", q.getSpeaker());
            }
            if (q.getAttribution() != null) {
                m.put("attribution", q.getAttribution());
            }
            quotes.add(m);
        }
        ext.put("quotes", quotes);
        List<Map<String, Object>> cited = new ArrayList<>();
        for (CitedSource c : a.enriched().getCitedSources()) {
            cited.add(Map.of("name", c.getName(), "mentionCount", c.getMentionCount(), "phrases", c.getPhrases()));
        }
        ext.put("citedSources", cited);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Figure f : a.enriched().getFigures()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", f.getText());
            m.put("kind", f.getKind().name().toLowerCase(Locale.ROOT));
            if (f.getValue() != null) {
                m.put("value", f.getValue());
            }
            if (f.getUnit() != null) {
                m.put("unit", f.getUnit());
            }
            if (f.getCounts() != null) {
                m.put("counts", f.getCounts());
            }
            if (f.getQualifier() != null) {
                m.put("qualifier", f.getQualifier());
            }
            figures.add(m);
        }
        ext.put("figures", figures);
        List<Map<String, Object>> corrections = new ArrayList<>();
        for (Correction c : a.corrections()) {
            corrections.add(Map.of("version", c.getVersion(), "note", c.getNote(), "at", Timestamps.iso(c.getAt())));
        }
        ext.put("corrections", corrections);
        return ext;
    }
}
