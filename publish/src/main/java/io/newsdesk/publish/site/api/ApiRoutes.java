package io.newsdesk.publish.site.api;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.publish.readmodel.ArticleIndex;
import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.IndexedArticle;
import io.newsdesk.publish.readmodel.Change;
import io.newsdesk.publish.readmodel.Removal;
import io.newsdesk.publish.readmodel.SearchResults;
import io.newsdesk.publish.site.ConditionalGet;
import io.newsdesk.publish.site.RenderedAnswers;
import io.newsdesk.publish.site.SearchParams;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Timestamps;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ninjs API for systems that pull: {@code /v1/articles/{id}} (an article, or 410 with a canceled stub
 * for a retraction), {@code /v1/articles?since=} (the change list) and {@code /v1/search} (search, as
 * ninjs items). Served from the {@link ArticleIndex}; every answer is bounded by its limit or page size.
 */
public final class ApiRoutes {
    static final int DEFAULT_CHANGES_LIMIT = 50;
    static final int MAX_CHANGES_LIMIT = 500;
    static final int DEFAULT_SEARCH_SIZE = 20;
    static final String PARTIAL = "partial";
    static final String FULL = "full";

    private final ArticleIndex index;
    private final SiteConfig config;
    private final SiteLinks links;
    private final RenderedAnswers rendered;

    public ApiRoutes(ArticleIndex index, SiteConfig config, RenderedAnswers rendered) {
        this.index = index;
        this.rendered = rendered;
        this.config = config;
        this.links = new SiteLinks(config.baseUrl());
    }

    public void register(HttpApp.Builder http) {
        http.get("/v1/articles/{articleId}", r -> rendered.answer(r, () -> article(r.pathParam("articleId"))))
                .get("/v1/articles", this::changes)
                .get("/v1/search", r -> ConditionalGet.cached(r, search(r)));
    }

    private Response article(String articleId) {
        Optional<PublishedArticle> live = index.queries().byId(articleId);
        if (live.isPresent()) {
            return Response.json(200, NinjsDocument.of(new ArticleView(live.get()), links));
        }
        Optional<Removal> removal = index.queries().removal(articleId);
        if (removal.isPresent() && removal.get().reason() == Removal.Reason.RETRACTED) {
            return Response.json(410, Map.of("error", "retracted", "status", 410,
                    "problems", List.of("article " + articleId + " was retracted"),
                    "item", NinjsDocument.removed(removal.get())));
        }
        throw new HttpError(404, "not found", List.of("article: no published article has the id " + articleId));
    }

    /**
     * The change list for pull-based consumers: each article at most once, in its latest state (a ninjs
     * document, or a {@code canceled}/{@code withheld} stub), ordered by when it changed. Follow
     * {@code next} to continue; when nothing is new, {@code next} stays where it is.
     */
    private Response changes(Request r) {
        List<String> problems = new ArrayList<>();
        Instant since = Instant.EPOCH;
        Optional<String> sinceText = r.query("since");
        if (sinceText.isPresent()) {
            try {
                since = Instant.parse(sinceText.get());
            } catch (DateTimeParseException e) {
                problems.add("since: " + sinceText.get() + " is not an ISO-8601 instant such as 2025-03-14T12:00:00Z");
            }
        }
        int limit = DEFAULT_CHANGES_LIMIT;
        Optional<String> limitText = r.query("limit");
        if (limitText.isPresent()) {
            try {
                limit = Integer.parseInt(limitText.get());
                if (limit < 1 || limit > MAX_CHANGES_LIMIT) {
                    problems.add("limit: must be between 1 and " + MAX_CHANGES_LIMIT);
                }
            } catch (NumberFormatException e) {
                problems.add("limit: " + limitText.get() + " is not a whole number");
            }
        }
        String after = r.query("after").filter(s -> !s.isBlank()).orElse(null);
        if (!problems.isEmpty()) {
            throw new HttpError(400, "bad query", problems);
        }
        List<Change> changes = index.queries().changesAfter(since, after, limit);
        List<Map<String, Object>> items = new ArrayList<>(changes.size());
        for (Change c : changes) {
            items.add(c.article() != null
                    ? NinjsDocument.of(new ArticleView(c.article().article()), c.article().bodyHtml(), links)
                    : NinjsDocument.removed(c.removal()));
        }
        Instant nextSince = changes.isEmpty() ? since : changes.get(changes.size() - 1).at();
        String nextAfter = changes.isEmpty() ? after : changes.get(changes.size() - 1).articleId();
        StringBuilder next = new StringBuilder(links.absolute("/v1/articles")).append("?since=").append(Timestamps.iso(nextSince));
        if (nextAfter != null) {
            next.append("&after=").append(SiteLinks.encode(nextAfter));
        }
        next.append("&limit=").append(limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("since", Timestamps.iso(since));
        body.put("count", items.size());
        body.put("items", items);
        body.put("next", next.toString());
        return Response.json(200, body).withHeader("Cache-Control", "no-cache");
    }

    /**
     * Search as ninjs items, newest or most relevant first, with the total and the next page's address. Items
     * are partial by default (no {@code bodies}: a result list shows headlines, summaries and the passage that
     * matched, and twenty whole bodies, as HTML and as text, are most of an answer's bytes);
     * {@code representation=full} gives each whole, as {@code /v1/articles/{id}} does.
     */
    private Response search(Request r) {
        SearchParams.Parsed parsed = SearchParams.parse(r, config.timeZone(), DEFAULT_SEARCH_SIZE);
        List<String> problems = new ArrayList<>(parsed.problems());
        String representation = r.query("representation").map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).orElse(PARTIAL);
        if (!representation.equals(PARTIAL) && !representation.equals(FULL)) {
            problems.add("representation: " + r.query("representation").orElseThrow() + " is not partial or full");
        }
        if (parsed.nothingAsked()) {
            problems.add(0, "q: give words to search for, or a filter (topic, entity, source, from, to)");
        }
        if (!problems.isEmpty()) {
            throw new HttpError(400, "bad query", problems);
        }
        boolean full = representation.equals(FULL);
        SearchResults<IndexedArticle> results;
        try {
            results = index.search().search(parsed.request(), full);
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "bad query", List.of("q: " + e.getMessage()));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (SearchResults.Hit<IndexedArticle> hit : results.hits()) {
            IndexedArticle found = hit.article();
            ArticleView view = new ArticleView(found.article());
            Map<String, Object> item = full ? NinjsDocument.of(view, found.bodyHtml(), links) : NinjsDocument.partial(view, links);
            @SuppressWarnings("unchecked")
            Map<String, Object> ext = (Map<String, Object>) item.get(NinjsDocument.EXTENSION);
            ext.put("snippet", hit.snippet().text());
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", parsed.request().text());
        body.put("total", results.total());
        // As search engines say it: "eq" for an exact total, "gte" when more match than were counted.
        body.put("totalRelation", results.totalAtLeast() ? "gte" : "eq");
        body.put("page", parsed.request().page());
        body.put("pages", results.pages());
        body.put("count", items.size());
        body.put("items", items);
        if (parsed.request().page() < results.pages()) {
            String next = SearchParams.pageLink("/v1/search", r, parsed.request().page() + 1);
            body.put("next", links.absolute(full ? next + "&representation=" + FULL : next));
        }
        return Response.json(200, body);
    }
}
