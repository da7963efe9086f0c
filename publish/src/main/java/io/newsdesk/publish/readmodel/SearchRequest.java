package io.newsdesk.publish.readmodel;

import java.time.Instant;
import java.util.Objects;

/**
 * One search of the live archive: words (may be blank when a filter is given), filters, order and page.
 * Retracted and withheld articles are never found: only live documents are searched.
 *
 * @param text      the reader's words in {@link ArticleSearch}'s simple syntax; blank for "any"
 * @param topicCode a topic code in normal form (narrower topics match), or null
 * @param entity    an entity the article mentions, or null
 * @param source    the submitting source, or null
 * @param from      earliest first publication (inclusive), or null
 * @param to        latest first publication (exclusive), or null
 */
public record SearchRequest(String text, String topicCode, EntityKey entity, String source, Instant from, Instant to,
                            Order order, int page, int size) {
    /** At most this many results can be paged through: deeper pages of a search help no reader. */
    public static final int MAX_RESULTS = 1_000;
    public static final int MAX_SIZE = 50;
    public static final int MAX_TEXT_LENGTH = 300;

    public enum Order {
        NEWEST, RELEVANCE
    }

    public SearchRequest {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(order, "order");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (page < 1 || (long) page * size > MAX_RESULTS) {
            throw new IllegalArgumentException("page must be between 1 and " + MAX_RESULTS / size + " at " + size + " per page");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public boolean hasFilter() {
        return topicCode != null || entity != null || source != null || from != null || to != null;
    }

    int offset() {
        return (page - 1) * size;
    }
}
