package io.newsdesk.publish.site;

import io.newsdesk.platform.http.Request;
import io.newsdesk.publish.readmodel.EntityKey;
import io.newsdesk.publish.readmodel.SearchRequest;
import io.newsdesk.publish.readmodel.TopicCodes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a search from the query string, the same way for the search page and {@code /v1/search}:
 * {@code q}, {@code topic} (a topic code), {@code entity} ({@code person/lena-ortiz}), {@code source},
 * {@code from} and {@code to} (dates in the newsroom's zone, both days included, or ISO instants),
 * {@code sort} ({@code relevance}, the default with words, or {@code newest}), {@code page} and
 * {@code size}. Every problem is named, none thrown: the caller answers 400 with the list.
 */
public final class SearchParams {
    static final int MAX_SOURCE_LENGTH = 100;

    /**
     * @param request  the search, or null when there are problems or nothing to search for
     * @param problems what is wrong with the parameters, one line each
     */
    public record Parsed(SearchRequest request, List<String> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }

        /** Neither words nor filters: nothing was asked yet (the page shows its empty form). */
        public boolean nothingAsked() {
            return request == null && problems.isEmpty();
        }
    }

    /** The parameters a search reads, in the order links write them. */
    static final List<String> NAMES = List.of("q", "topic", "entity", "source", "from", "to", "sort", "size");

    private SearchParams() {
    }

    /** {@code path} with the request's search parameters and another page number. */
    public static String pageLink(String path, Request r, int page) {
        StringBuilder link = new StringBuilder(path);
        char separator = '?';
        for (String name : NAMES) {
            Optional<String> value = r.query(name).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                link.append(separator).append(name).append('=').append(SiteLinks.encode(value.get().strip()));
                separator = '&';
            }
        }
        if (page > 1) {
            link.append(separator).append("page=").append(page);
        }
        return link.toString();
    }

    public static Parsed parse(Request r, ZoneId zone, int defaultSize) {
        List<String> problems = new ArrayList<>();
        String text = r.query("q").map(String::strip).orElse("");
        if (text.length() > SearchRequest.MAX_TEXT_LENGTH) {
            problems.add("q: at most " + SearchRequest.MAX_TEXT_LENGTH + " characters");
        }
        String topic = r.query("topic").filter(s -> !s.isBlank()).map(raw -> TopicCodes.normalize(raw).orElseGet(() -> {
            problems.add("topic: " + raw + " is not a topic code such as medtop:20000096");
            return null;
        })).orElse(null);
        EntityKey entity = r.query("entity").filter(s -> !s.isBlank()).map(raw -> EntityKey.parsePath(raw).orElseGet(() -> {
            problems.add("entity: " + raw + " is not an entity such as person/lena-ortiz (person, organization or place)");
            return null;
        })).orElse(null);
        String source = r.query("source").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            problems.add("source: at most " + MAX_SOURCE_LENGTH + " characters");
        }
        Instant from = r.query("from").filter(s -> !s.isBlank()).map(v -> time("from", v, zone, false, problems)).orElse(null);
        Instant to = r.query("to").filter(s -> !s.isBlank()).map(v -> time("to", v, zone, true, problems)).orElse(null);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add("to: must be after from");
        }
        SearchRequest.Order order = text.isEmpty() ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE;
        Optional<String> sort = r.query("sort").filter(s -> !s.isBlank());
        if (sort.isPresent()) {
            switch (sort.get().toLowerCase(Locale.ROOT)) {
                case "newest" -> order = SearchRequest.Order.NEWEST;
                case "relevance" -> order = SearchRequest.Order.RELEVANCE;
                default -> problems.add("sort: " + sort.get() + " is not newest or relevance");
            }
        }
        int size = number(r, "size", defaultSize, 1, SearchRequest.MAX_SIZE, problems);
        int page = number(r, "page", 1, 1, Integer.MAX_VALUE, problems);
        if (problems.isEmpty() && (long) page * size > SearchRequest.MAX_RESULTS) {
            problems.add("page: a search shows its first " + SearchRequest.MAX_RESULTS + " results, at most page "
                    + SearchRequest.MAX_RESULTS / size + " at " + size + " a page; narrow the search instead");
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        if (text.isEmpty() && topic == null && entity == null && source == null && from == null && to == null) {
            return new Parsed(null, List.of());
        }
        return new Parsed(new SearchRequest(text, topic, entity, source, from, to, order, page, size), List.of());
    }

    private static Instant time(String name, String value, ZoneId zone, boolean endOfDay, List<String> problems) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                problems.add(name + ": " + value + " is not a date such as 2025-03-14 or an instant such as 2025-03-14T12:00:00Z");
                return null;
            }
        }
    }

    private static int number(Request r, String name, int fallback, int min, int max, List<String> problems) {
        Optional<String> text = r.query(name).filter(s -> !s.isBlank());
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below, as for a number out of range
        }
        problems.add(name + ": " + text.get() + " is not a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max));
        return fallback;
    }
}
