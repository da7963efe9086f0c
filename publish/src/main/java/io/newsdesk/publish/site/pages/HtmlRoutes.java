package io.newsdesk.publish.site.pages;

import io.newsdesk.platform.http.HttpApp;
import io.newsdesk.platform.http.HttpError;
import io.newsdesk.platform.http.Request;
import io.newsdesk.platform.http.Response;
import io.newsdesk.publish.readmodel.ArticleIndex;
import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.Cursor;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.publish.readmodel.PageRequest;
import io.newsdesk.publish.readmodel.SearchResults;
import io.newsdesk.publish.readmodel.Slice;
import io.newsdesk.publish.readmodel.SlugLookup;
import io.newsdesk.publish.readmodel.Teaser;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.site.ConditionalGet;
import io.newsdesk.publish.site.DigestBuilder;
import io.newsdesk.publish.site.RenderedAnswers;
import io.newsdesk.publish.site.SearchParams;
import io.newsdesk.publish.site.SiteConfig;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.schemas.Digest;
import io.newsdesk.schemas.EntityType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The pages people read, served from the {@link ArticleIndex}: home, article, topic and entity listings,
 * search, and the daily report (as an e-mail-ready page and as JSON). Listings page by cursor: the
 * older/newer links carry the neighbouring article's sort values, so page 5,000 costs what page 1 does;
 * a page number alone is followed up to {@link PageRequest#MAX_COUNTED_OFFSET} articles deep.
 */
public final class HtmlRoutes {
    private final ArticleIndex index;
    private final SiteConfig config;
    private final Clock clock;
    private final SitePages pages;
    private final SearchPage search;
    private final PageLayout layout;
    private final RenderedAnswers rendered;
    /** "Recent Posts" of the index's current state: the same on every article page until the next refresh. */
    private volatile RecentPosts recentPosts = new RecentPosts(-1, List.of());

    private record RecentPosts(long generation, List<Teaser> teasers) {
    }

    public HtmlRoutes(ArticleIndex index, SiteConfig config, Clock clock, RenderedAnswers rendered) {
        this.index = index;
        this.rendered = rendered;
        this.config = config;
        this.clock = clock;
        this.layout = new PageLayout(config);
        this.pages = new SitePages(layout);
        this.search = new SearchPage(layout);
    }

    public void register(HttpApp.Builder http) {
        http.get("/", r -> rendered.answer(r, () -> home(r)))
                .get("/articles/{slug}", r -> rendered.answer(r, () -> article(r.pathParam("slug"))))
                .get("/topics/{code}", r -> rendered.answer(r, () -> topic(r)))
                .get("/entities/{type}/{name}", r -> rendered.answer(r, () -> entity(r)))
                // Searches are rendered each time: they are many and varied, and each reads the index afresh.
                .get("/search", r -> ConditionalGet.cached(r, search(r)))
                // ".json" first: the router tries routes in order and {date} would also match "2025-01-02.json".
                .get("/digest/{date}.json", r -> rendered.answer(r, () -> digestJson(r.pathParam("date"))))
                .get("/digest/{date}", r -> rendered.answer(r, () -> digestHtml(r.pathParam("date"))))
                .get("/digest", r -> Response.redirect(302, SiteLinks.digest(LocalDate.now(clock.withZone(config.timeZone())).toString())));
    }

    private Response home(Request r) {
        PageRequest page = pageRequest(r);
        Slice slice = index.queries().recent(page);
        return listing("/", page, slice).map(p -> Response.html(200, pages.home(slice.items(), p)))
                .orElseGet(() -> notFoundPage(page, "the latest news"));
    }

    private Response article(String slug) {
        SlugLookup found = index.queries().bySlug(slug);
        if (found.isLive()) {
            return Response.html(200, pages.article(new ArticleView(found.live().article()), found.live().bodyHtml(), recentPosts()));
        }
        if (found.isRetracted()) {
            return Response.html(410, pages.retracted());
        }
        // Withheld articles answer like unknown ones: a hold is not news, and it may be lifted.
        return Response.html(404, pages.notFound("No article is published at this address."));
    }

    private List<Teaser> recentPosts() {
        RecentPosts posts = recentPosts;
        long generation = index.generation();
        if (posts.generation() != generation) {
            // One more than shown: the article itself may be among them and is left out.
            posts = new RecentPosts(generation, index.queries().recent(PageRequest.first(SitePages.RECENT_POSTS + 1)).items());
            recentPosts = posts;
        }
        return posts.teasers();
    }

    private Response topic(Request r) {
        Optional<String> normalized = TopicCodes.normalize(r.pathParam("code"));
        if (normalized.isEmpty()) {
            return Response.html(404, pages.notFound("That is not a topic code such as medtop:20000096."));
        }
        String code = normalized.get();
        Optional<String> label = index.queries().topicLabel(code);
        if (label.isEmpty()) {
            return Response.html(404, pages.notFound("No article has been filed under the topic " + code + "."));
        }
        PageRequest page = pageRequest(r);
        Slice slice = index.queries().byTopic(code, page);
        return listing(SiteLinks.topic(code), page, slice)
                .map(p -> Response.html(200, pages.topic(code, label.get(), slice.items(), p)))
                .orElseGet(() -> notFoundPage(page, "this topic"));
    }

    private Response entity(Request r) {
        EntityType type = EntityKey.parseType(r.pathParam("type"))
                .orElseThrow(() -> new HttpError(404, "not found",
                        List.of("entity type: " + r.pathParam("type") + " is not person, organization or place")));
        Optional<EntityKey> key = EntityKey.of(type, r.pathParam("name"));
        PageRequest page = pageRequest(r);
        Slice slice = key.map(k -> index.queries().byEntity(k, page)).orElse(Slice.empty());
        if (slice.total() == 0) {
            // An entity no live article mentions has no page.
            return Response.html(404, pages.notFound("No article mentions this " + EntityKey.pathType(type) + "."));
        }
        Optional<SitePages.Pagination> pagination = listing(SiteLinks.entity(type, key.get().key()), page, slice);
        if (pagination.isEmpty()) {
            return notFoundPage(page, "this " + EntityKey.pathType(type));
        }
        // The name as the newest article on the page spells it.
        String name = index.queries().byId(slice.items().get(0).articleId()).flatMap(key.get()::nameIn).orElse(key.get().key());
        return Response.html(200, pages.entity(key.get(), name, slice.items(), pagination.get()));
    }

    private Response search(Request r) {
        SearchParams.Parsed parsed = SearchParams.parse(r, config.timeZone(), config.pageSize());
        if (parsed.nothingAsked()) {
            return Response.html(200, search.empty(r));
        }
        if (parsed.request() == null) {
            return Response.html(400, search.problems(r, parsed.problems()));
        }
        SearchResults<Teaser> results;
        try {
            results = index.search().teasers(parsed.request());
        } catch (IllegalArgumentException e) {
            return Response.html(400, search.problems(r, List.of("q: " + e.getMessage())));
        }
        return Response.html(200, search.results(r, results));
    }

    /**
     * The links of a listing page, or empty when the page does not exist: past the last page, a cursor
     * past the end, or a page number too deep to count to.
     */
    private Optional<SitePages.Pagination> listing(String path, PageRequest page, Slice slice) {
        int pages = Math.max(1, (slice.total() + page.size() - 1) / page.size());
        if (page.number() > 1 && slice.items().isEmpty()) {
            return Optional.empty();
        }
        String self = page.after() != null ? SiteLinks.listingPage(path, page.number(), "after", page.after())
                : page.before() != null ? SiteLinks.listingPage(path, page.number(), "before", page.before())
                : page.number() == 1 ? path : path + "?page=" + page.number();
        String newer = page.number() <= 1 ? null
                : page.number() == 2 ? path : SiteLinks.listingPage(path, page.number() - 1, "before", slice.first());
        String older = page.number() >= pages || slice.last() == null ? null
                : SiteLinks.listingPage(path, page.number() + 1, "after", slice.last());
        return Optional.of(new SitePages.Pagination(page.number(), pages, self, newer, older));
    }

    private Response notFoundPage(PageRequest page, String what) {
        String why = page.reachable() ? "There is no page " + page.number() + " of " + what + "."
                : "Page " + page.number() + " of " + what + " is too deep to open by its number: follow the Older links, or search.";
        return Response.html(404, pages.notFound(why));
    }

    /** {@code ?page=N} with an optional {@code after} or {@code before} cursor from a neighbour's link. */
    private PageRequest pageRequest(Request r) {
        int number = pageNumber(r);
        Optional<String> after = r.query("after").filter(s -> !s.isBlank());
        Optional<String> before = r.query("before").filter(s -> !s.isBlank());
        if (after.isPresent() && before.isPresent()) {
            throw new HttpError(400, "bad page", List.of("after, before: a page follows one cursor, not two"));
        }
        Cursor afterCursor = after.map(t -> cursor("after", t)).orElse(null);
        Cursor beforeCursor = before.map(t -> cursor("before", t)).orElse(null);
        return new PageRequest(number, config.pageSize(), afterCursor, beforeCursor);
    }

    private static Cursor cursor(String name, String token) {
        return Cursor.parse(token).orElseThrow(() -> new HttpError(400, "bad page",
                List.of(name + ": " + token + " is not a position in this listing; follow the page links")));
    }

    private static int pageNumber(Request r) {
        Optional<String> text = r.query("page");
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int page = Integer.parseInt(text.get());
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException e) {
            // answered below with the same message as a page below one
        }
        throw new HttpError(400, "bad page", List.of("page: " + text.get() + " is not a page number (1, 2, ...)"));
    }

    private Response digestHtml(String date) {
        Digest digest = DigestBuilder.build(index.queries(), parseDate(date), config.timeZone(), clock.instant());
        return Response.html(200, DigestPage.html(digest, layout.links(), config.title()));
    }

    private Response digestJson(String date) {
        Digest digest = DigestBuilder.build(index.queries(), parseDate(date), config.timeZone(), clock.instant());
        return Response.text(200, "application/json; charset=utf-8", DigestPage.json(digest, layout.links()));
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, "bad date", List.of("date: " + date + " is not an ISO date such as 2025-03-14"));
        }
    }
}
