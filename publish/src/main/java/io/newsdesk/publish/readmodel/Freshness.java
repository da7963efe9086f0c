package io.newsdesk.publish.readmodel;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a search's "most relevant" order favours recent articles: an article's text score (BM25) is
 * multiplied by its freshness, {@code 1} for an article first published now, falling towards {@link #floor()}
 * with age, half of the way every {@link #halfLife()}. A reader searching a news archive for "council budget"
 * wants this week's vote before the one of three years ago when both match about as well.
 *
 * <p>{@link #DEFAULT}: a half-life of 30 days and a floor of 0.7, so a week-old article keeps 95% of its
 * score, a month-old one 85%, and from about six months on every article counts 70%. The floor keeps the
 * archive findable: a new article counts at most 1.43 times an old one, so an old article that matches far
 * better (the words in its headline, several times) still ranks above a passing mention of this week. BM25
 * saturates (a word ten times counts little more than 2.2 times once), which is why the floor is high: at
 * half, a mention this week outranked any article of last year. A desk whose readers search mostly the
 * archive (a court reporter's) raises the floor; one whose readers want what is new shortens the half-life.
 *
 * <p>Because the index keeps its documents newest first, freshness only falls while a search walks a segment,
 * which is what lets it stop early ({@link FreshRelevanceCollector}).
 *
 * @param halfLife how long an article takes to lose half of what it has over the floor; positive
 * @param floor    what the oldest articles count, above 0 and at most 1 (1: no freshness at all)
 */
public record Freshness(Duration halfLife, float floor) {
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(30);
    public static final float DEFAULT_FLOOR = 0.7f;
    public static final Freshness DEFAULT = new Freshness(DEFAULT_HALF_LIFE, DEFAULT_FLOOR);

    public Freshness {
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("the freshness half-life must be positive, got " + halfLife);
        }
        if (!(floor > 0 && floor <= 1)) {
            throw new IllegalArgumentException("the freshness floor must be above 0 and at most 1, got " + floor);
        }
    }

    /**
     * The factor for an article first published at {@code publishedMillis}, searched at {@code nowMillis}:
     * between {@link #floor()} and 1, never rising with age (an article "from the future", dated ahead of this
     * instance's clock, counts as new).
     */
    public float factor(long publishedMillis, long nowMillis) {
        long age = Math.max(0, nowMillis - publishedMillis);
        return (float) (floor + (1 - floor) * Math.pow(0.5, age / (double) halfLife.toMillis()));
    }
}
