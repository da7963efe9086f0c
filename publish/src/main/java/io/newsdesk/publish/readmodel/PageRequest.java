package io.newsdesk.publish.readmodel;

/**
 * Which page of a listing to read: page {@code number} of {@code size} articles, found after the
 * cursor of the page before it ({@code after}, the "older" link), before the cursor of the page after it
 * ({@code before}, the "newer" link), or, without a cursor, by counting from the top. Counting is
 * bounded ({@link #MAX_COUNTED_OFFSET}): each deeper page would cost more than the one before, so deep
 * pages are reached by cursor, at the cost of the first page.
 *
 * @param number 1 for the first page; with a cursor, only what the page calls itself
 */
public record PageRequest(int number, int size, Cursor after, Cursor before) {
    /**
     * Pages up to here (page 100 of 20) can be opened by number alone: counting to the page costs in
     * proportion to its depth (12 ms of CPU for page 500 of a 100,000-article archive, BENCHMARKS.md).
     */
    public static final int MAX_COUNTED_OFFSET = 2_000;

    public PageRequest {
        if (number < 1) {
            throw new IllegalArgumentException("page number must be 1 or more, was " + number);
        }
        if (size < 1 || size > 1_000) {
            throw new IllegalArgumentException("page size must be between 1 and 1000, was " + size);
        }
        if (after != null && before != null) {
            throw new IllegalArgumentException("a page is found after one cursor or before another, not both");
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size, null, null);
    }

    public static PageRequest numbered(int number, int size) {
        return new PageRequest(number, size, null, null);
    }

    /** How many articles come before this page when it is found by counting. */
    public int offset() {
        return (number - 1) * size;
    }

    public boolean byCursor() {
        return after != null || before != null;
    }

    /** Whether this page can be read at all: by cursor, or by counting within the bound. */
    public boolean reachable() {
        return byCursor() || (long) offset() + size <= MAX_COUNTED_OFFSET + size;
    }
}
