package io.newsdesk.publish.readmodel;

import java.util.List;

/**
 * One page of a search.
 *
 * @param <T>          what each hit carries: the {@link Teaser} a results page shows, or the whole published
 *                     article an API answer gives
 * @param total        how many live articles match: exact up to {@link SearchRequest#MAX_RESULTS}, beyond that
 *                     at least this many (pages beyond it are not served anyway)
 * @param totalAtLeast whether {@code total} is a lower bound
 */
public record SearchResults<T>(SearchRequest request, List<Hit<T>> hits, int total, boolean totalAtLeast) {
    /** A found article with the passage that matched (its summary when the words matched elsewhere). */
    public record Hit<T>(T article, Snippet snippet) {
    }

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** Pages a reader can open: all results, up to the maximum. */
    public int pages() {
        int reachable = Math.min(total, SearchRequest.MAX_RESULTS);
        return Math.max(1, (reachable + request.size() - 1) / request.size());
    }
}
