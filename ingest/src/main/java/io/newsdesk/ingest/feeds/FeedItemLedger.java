package io.newsdesk.ingest.feeds;

import io.newsdesk.schemas.FeedItemState;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What was last handed over for each feed item this ingest instance polls: the in-memory copy of its
 * partitions of {@code ingest.feed-items} ({@link FeedOwnership} loads a partition when it becomes this
 * instance's and drops it when it goes). An item whose fingerprint equals its state's is unchanged and
 * is not submitted again, after a restart as before it; an edited item is.
 *
 * <p>Bounded by the topic's retention: the topic is compacted and deleted after
 * {@link io.newsdesk.platform.topics.Topics#FEED_ITEMS_RETENTION}, so the poller rewrites the state of an
 * item still in its feed once it is {@link #refreshAfter()} old, and {@link #expire(Instant)} forgets
 * states the topic no longer holds (items gone from their feeds).
 */
public final class FeedItemLedger {
    private final Map<String, FeedItemState> states = new ConcurrentHashMap<>();
    private final Duration retention;

    /** @param retention how long the topic keeps a state after it was written */
    public FeedItemLedger(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive: " + retention);
        }
        this.retention = retention;
    }

    /** The topic's key of an item: its source and its external id; sources never contain ':'. */
    public static String key(String source, String itemId) {
        return source + ':' + itemId;
    }

    /** A state rewritten this long after it was written is never lost to retention: a third of it. */
    public Duration refreshAfter() {
        return retention.dividedBy(3);
    }

    /** The state of the item, or null when none is known. */
    public FeedItemState get(String source, String itemId) {
        return states.get(key(source, itemId));
    }

    /** Whether this exact state of the item was handed over already. */
    public boolean unchanged(String source, String itemId, String fingerprint) {
        FeedItemState known = get(source, itemId);
        return known != null && known.getFingerprint().equals(fingerprint);
    }

    /** Whether an unchanged item's state should be written again so that retention does not drop it. */
    public boolean dueForRefresh(FeedItemState state, Instant now) {
        return !state.getRecordedAt().plus(refreshAfter()).isAfter(now);
    }

    public void put(FeedItemState state) {
        states.put(key(state.getSource(), state.getItemId()), state);
    }

    /** A record read back from the topic: a state, or a tombstone (null) for {@code key}. */
    public void apply(String key, FeedItemState state) {
        if (state == null) {
            states.remove(key);
        } else {
            states.put(key, state);
        }
    }

    /** Forgets the states of these sources (a partition that is no longer this instance's). */
    public void forgetSources(Predicate<String> source) {
        states.values().removeIf(state -> source.test(state.getSource()));
    }

    /** Forgets states written longer ago than the topic keeps them. */
    public void expire(Instant now) {
        Instant oldest = now.minus(retention);
        states.values().removeIf(state -> state.getRecordedAt().isBefore(oldest));
    }

    public int size() {
        return states.size();
    }
}
