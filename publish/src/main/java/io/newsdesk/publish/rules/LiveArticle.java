package io.newsdesk.publish.rules;

import io.newsdesk.schemas.PublishedArticle;
import java.util.List;
import java.util.Objects;

/**
 * What publish remembers about an article once it has been published: the record readers last saw (its
 * slug, first publication time and corrections outlive a withholding or a retraction, so a
 * re-publication keeps its URL and history), whether it is on the site now, and the slices it was last
 * routed to (where its tombstone must go).
 *
 * @param state         whether the article is on the site now
 * @param lastPublished the record last written to the published topic
 * @param slices        the slice topics that record was routed to
 */
public record LiveArticle(State state, PublishedArticle lastPublished, List<String> slices) {

    public enum State {
        PUBLISHED, WITHHELD, RETRACTED
    }

    public LiveArticle {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastPublished, "lastPublished");
        slices = List.copyOf(slices);
    }

    public boolean published() {
        return state == State.PUBLISHED;
    }
}
