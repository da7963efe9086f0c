package io.newsdesk.publish.readmodel;

import java.time.Duration;

/**
 * How much a search's "most relevant" order favours recent articles: an article's text score (BM25) is
 * multiplied by its freshness, {@code 1} for an article first published now, falling towards {@link #FLOOR}
 * with age, half of the way every {@link #HALF_LIFE}. A reader searching a news archive for "council budget"
 * wants this week's vote before the one of three years ago when both match about as well: a week-old
 * article keeps 95% of its score, a month-old one 85%, and from about six months on every article counts
 * 70%. The floor keeps the archive findable: a new article counts at most 1.43 times an old one, so an old
 * article that matches far better (the words in its headline, several times) still ranks above a passing
 * mention of this week. BM25 saturates (a word ten times counts little more than 2.2 times once), which
 * is why the floor is high: at half, a mention this week outranked any article of last year.
 *
 * <p>Because the index keeps its documents newest first, freshness only falls while a search walks a segment,
 * which is what lets it stop early ({@link FreshRelevanceCollector}).
 */
public final class Freshness {
    public static final Duration HALF_LIFE = Duration.ofDays(30);
    public static final float FLOOR = 0.7f;
    private static final double HALF_LIFE_MILLIS = HALF_LIFE.toMillis();

    private Freshness() {
    }

    /**
     * The factor for an article first published at {@code publishedMillis}, searched at {@code nowMillis}:
     * between {@link #FLOOR} and 1, never rising with age (an article "from the future", dated ahead of this
     * instance's clock, counts as new).
     */
    public static float factor(long publishedMillis, long nowMillis) {
        long age = Math.max(0, nowMillis - publishedMillis);
        return (float) (FLOOR + (1 - FLOOR) * Math.pow(0.5, age / HALF_LIFE_MILLIS));
    }
}
