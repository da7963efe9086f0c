package io.newsdesk.publish.site.pages;

import io.newsdesk.platform.http.Request;
import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.SearchResults;
import io.newsdesk.publish.readmodel.Snippet;
import io.newsdesk.publish.site.Markup;
import io.newsdesk.publish.site.SearchParams;
import io.newsdesk.publish.site.SiteLinks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The search page: a form (words, order, date range; topic, entity and source filters carried along when
 * a link set them), then the results with headline, date, the passage that matched with the words marked,
 * and page links; or the problems with the parameters. Works without script, like every page.
 */
final class SearchPage {
    static final String PATH = "/search";
    private final PageLayout layout;

    SearchPage(PageLayout layout) {
        this.layout = layout;
    }

    /** Nothing asked yet: the form alone. */
    String empty(Request r) {
        StringBuilder m = new StringBuilder("<h1>Search</h1>\n");
        form(m, r);
        return page("Search", m);
    }

    /** The parameters could not be read: the form again, with what to fix. */
    String problems(Request r, List<String> problems) {
        StringBuilder m = new StringBuilder("<h1>Search</h1>\n");
        form(m, r);
        m.append("<div class=\"problems\" role=\"alert\"><p>The search could not be run:</p><ul>\n");
        for (String problem : problems) {
            m.append("<li>").append(Markup.escape(problem)).append("</li>\n");
        }
        m.append("</ul></div>\n");
        return page("Search", m);
    }

    String results(Request r, SearchResults results) {
        String text = results.request().text();
        StringBuilder m = new StringBuilder();
        m.append("<h1>").append(text.isEmpty() ? "Search" : "Search: " + Markup.escape(text)).append("</h1>\n");
        form(m, r);
        m.append("<p class=\"result-count\" role=\"status\">").append(count(results.total(), results.totalAtLeast())).append("</p>\n");
        if (!results.hits().isEmpty()) {
            m.append("<ol class=\"teasers search-results\" start=\"").append(1 + (results.request().page() - 1) * results.request().size())
                    .append("\">\n");
            for (SearchResults.Hit hit : results.hits()) {
                ArticleView v = new ArticleView(hit.article());
                m.append("<li><article class=\"teaser\" lang=\"").append(Markup.escape(v.language())).append("\">")
                        .append("<h2><a href=\"").append(Markup.escape(SiteLinks.article(v.slug()))).append("\">")
                        .append(Markup.escape(v.headline())).append("</a></h2>")
                        .append("<p class=\"meta\">").append(layout.time(v.firstPublishedAt())).append("</p>");
                snippet(m, hit.snippet());
                m.append("</article></li>\n");
            }
            m.append("</ol>\n");
        }
        pager(m, r, results);
        return page(text.isEmpty() ? "Search" : "Search: " + text, m);
    }

    private static String count(int total, boolean atLeast) {
        if (atLeast) {
            return String.format(Locale.ENGLISH, "More than %,d articles found.", total);
        }
        return switch (total) {
            case 0 -> "No articles found.";
            case 1 -> "1 article found.";
            default -> String.format(Locale.ENGLISH, "%,d articles found.", total);
        };
    }

    private static void snippet(StringBuilder m, Snippet snippet) {
        if (snippet.parts().isEmpty()) {
            return;
        }
        m.append("<p class=\"summary snippet\">");
        for (Snippet.Part part : snippet.parts()) {
            if (part.match()) {
                m.append("<mark>").append(Markup.escape(part.text())).append("</mark>");
            } else {
                m.append(Markup.escape(part.text()));
            }
        }
        m.append("</p>");
    }

    private static void form(StringBuilder m, Request r) {
        String sort = r.query("sort").orElse("");
        m.append("<form class=\"search-form\" role=\"search\" action=\"").append(PATH).append("\" method=\"get\">\n")
                .append("<label class=\"query\">Words<input id=\"search-q\" type=\"search\" name=\"q\" maxlength=\"300\" value=\"")
                .append(Markup.escape(r.query("q").orElse(""))).append("\"></label>\n")
                .append("<label>Order<select name=\"sort\">")
                .append("<option value=\"relevance\"").append(sort.equals("newest") ? "" : " selected").append(">Most relevant</option>")
                .append("<option value=\"newest\"").append(sort.equals("newest") ? " selected" : "").append(">Newest</option>")
                .append("</select></label>\n")
                .append("<label>From<input type=\"date\" name=\"from\" value=\"").append(Markup.escape(r.query("from").orElse("")))
                .append("\"></label>\n")
                .append("<label>To<input type=\"date\" name=\"to\" value=\"").append(Markup.escape(r.query("to").orElse("")))
                .append("\"></label>\n");
        for (String filter : List.of("topic", "entity", "source")) {
            Optional<String> value = r.query(filter).filter(v -> !v.isBlank());
            value.ifPresent(v -> m.append("<input type=\"hidden\" name=\"").append(filter).append("\" value=\"")
                    .append(Markup.escape(v)).append("\">\n"));
        }
        m.append("<button type=\"submit\">Search</button>\n</form>\n");
    }

    private static void pager(StringBuilder m, Request r, SearchResults results) {
        int page = results.request().page();
        int pages = results.pages();
        if (pages <= 1) {
            return;
        }
        m.append("<nav class=\"pagination\" aria-label=\"Pagination\"><ul>");
        if (page > 1) {
            m.append("<li><a rel=\"prev\" href=\"").append(Markup.escape(SearchParams.pageLink(PATH, r, page - 1)))
                    .append("\">Previous</a></li>");
        }
        m.append("<li aria-current=\"page\">Page ").append(page).append(" of ").append(pages).append("</li>");
        if (page < pages) {
            m.append("<li><a rel=\"next\" href=\"").append(Markup.escape(SearchParams.pageLink(PATH, r, page + 1)))
                    .append("\">Next</a></li>");
        }
        m.append("</ul></nav>\n");
    }

    private String page(String title, StringBuilder main) {
        // Result pages are not canonical documents: no canonical link, and robots.txt keeps crawlers out.
        return layout.render(new PageLayout.Page(title, "en", null, null, null, null, null, main.toString()));
    }
}
