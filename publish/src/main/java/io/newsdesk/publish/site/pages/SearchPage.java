package io.newsdesk.publish.site.pages;

import io.newsdesk.platform.http.Request;
import io.newsdesk.publish.readmodel.SearchResults;
import io.newsdesk.publish.readmodel.Snippet;
import io.newsdesk.publish.readmodel.Teaser;
import io.newsdesk.publish.site.SearchParams;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * What {@code search.jte} shows: the form always; then either the problems, or the count, the hits
     * (numbered from {@code start}) and the page links ({@code previous}/{@code next} null when absent).
     */
    record View(PageLayout.Frame frame, PageLayout layout, String heading, Form form, List<String> problems,
                String count, int start, List<Hit> hits, int page, int pages, String previous, String next) {
    }

    /** The form as the reader filled it in; the filters a link set are carried along hidden. */
    record Form(String q, boolean newest, String from, String to, List<Filter> filters) {
    }

    record Filter(String name, String value) {
    }

    record Hit(Teaser article, Snippet snippet) {
    }

    /** Nothing asked yet: the form alone. */
    String empty(Request r) {
        return render(new View(frame("Search"), layout, "Search", form(r), null, null, 0, List.of(), 0, 0, null, null));
    }

    /** The parameters could not be read: the form again, with what to fix. */
    String problems(Request r, List<String> problems) {
        return render(new View(frame("Search"), layout, "Search", form(r), problems, null, 0, List.of(), 0, 0, null, null));
    }

    String results(Request r, SearchResults<Teaser> results) {
        String text = results.request().text();
        String heading = text.isEmpty() ? "Search" : "Search: " + text;
        int page = results.request().page();
        int pages = results.pages();
        List<Hit> hits = results.hits().stream().map(h -> new Hit(h.article(), h.snippet())).toList();
        boolean paged = pages > 1;
        return render(new View(frame(heading), layout, heading, form(r), null, count(results.total(), results.totalAtLeast()),
                1 + (page - 1) * results.request().size(), hits, page, pages,
                paged && page > 1 ? SearchParams.pageLink(PATH, r, page - 1) : null,
                paged && page < pages ? SearchParams.pageLink(PATH, r, page + 1) : null));
    }

    static String count(int total, boolean atLeast) {
        if (atLeast) {
            return "More than " + grouped(total) + " articles found.";
        }
        return switch (total) {
            case 0 -> "No articles found.";
            case 1 -> "1 article found.";
            default -> grouped(total) + " articles found.";
        };
    }

    /** A count with commas between groups of three digits, as {@code %,d} prints it in English (without parsing a format). */
    static String grouped(int count) {
        String digits = Integer.toString(count);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    private static Form form(Request r) {
        List<Filter> filters = new ArrayList<>(3);
        for (String filter : List.of("topic", "entity", "source")) {
            r.query(filter).filter(v -> !v.isBlank()).ifPresent(v -> filters.add(new Filter(filter, v)));
        }
        return new Form(r.query("q").orElse(""), r.query("sort").orElse("").equals("newest"),
                r.query("from").orElse(""), r.query("to").orElse(""), filters);
    }

    private PageLayout.Frame frame(String title) {
        // Result pages are not canonical documents: no canonical link, and robots.txt keeps crawlers out.
        return layout.frame(new PageLayout.Page(title, "en", null, null, null, null, null));
    }

    private static String render(View view) {
        return PageLayout.render("search.jte", view);
    }
}
