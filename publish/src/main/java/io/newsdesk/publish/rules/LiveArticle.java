package io.newsdesk.publish.rules;

import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.PublishedArticle;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What publish remembers about an article once it has been published: what outlives a withholding or a
 * retraction (its slug, first publication time and corrections, so a re-publication keeps its URL and
 * history, and the headline readers last saw, which names it in a retraction event), whether it is on
 * the site now, and the slices it was last routed to (where its tombstone must go).
 *
 * <p>Only these fields, not the whole last {@link PublishedArticle}: the record is some 20 KB, and the
 * live store wrote all of it to its changelog again for every publication and decoded it on every
 * update, although the rules read nothing else from it.
 *
 * @param state            whether the article is on the site now
 * @param slug             the slug of the record last written to the published topic
 * @param firstPublishedAt when the article was first published
 * @param corrections      the correction history of that record, oldest first
 * @param headline         that record's headline, or null if it had none
 * @param slices           the slice topics that record was routed to
 */
public record LiveArticle(State state, String slug, Instant firstPublishedAt, List<Correction> corrections,
                          String headline, List<String> slices) {

    public enum State {
        PUBLISHED, WITHHELD, RETRACTED
    }

    public LiveArticle {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
        corrections = List.copyOf(corrections);
        slices = List.copyOf(slices);
    }

    /** What to remember of a record just written to the published topic. */
    public static LiveArticle of(State state, PublishedArticle published, List<String> slices) {
        return new LiveArticle(state, published.getSlug(), published.getFirstPublishedAt(),
                published.getCorrections(), published.getArticle().getContent().getHeadline(), slices);
    }

    public boolean published() {
        return state == State.PUBLISHED;
    }

    /** The same article in another state, e.g. withheld after being published. */
    public LiveArticle in(State newState) {
        return new LiveArticle(newState, slug, firstPublishedAt, corrections, headline, slices);
    }
}
