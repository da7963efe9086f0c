package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.schemas.FeedItemState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls wire and partner feeds and turns their new and changed items into submissions: ingest's third
 * door, beside {@code POST /v1/articles} and raw pages. Each item becomes a {@code FEED} submission of the
 * feed's source with the item's id as external id, so an edited item is the next version of the same
 * article and a re-poll without changes submits nothing ({@link FeedItemLedger}: what was handed over,
 * kept on {@code ingest.feed-items}, so this holds across restarts too).
 *
 * <p>A feed is polled only while this instance owns it ({@link #own}, {@link #release}): with several
 * ingest instances configured with the same feeds, {@link FeedOwnership} gives each feed to one of them.
 *
 * <p>Each feed has its own schedule on one scheduler thread: after a success the next poll is one
 * interval later, after a failure later still ({@link Backoff}). A failure is anything that keeps a poll
 * from handing over every new item: an HTTP error, a timeout, a document that is no readable feed, or
 * the sink refusing an item. Nothing a feed sends can stop the poller; every failure is logged with its
 * reason and shows in {@link #health()}.
 *
 * <p>Tests construct it with their own clock, {@link #own} the feeds and call {@link #pollNow(FeedSubscription)};
 * the schedule that {@link #own} starts is what production adds on top.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    /** Feeds are started this far apart, so that a list of feeds does not fire all at once. */
    private static final Duration START_STAGGER = Duration.ofSeconds(2);

    private final Duration interval;
    private final FeedFetcher fetcher;
    private final FeedItemMapper mapper;
    private final FeedItemSink sink;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final FeedItemLedger ledger;
    private final Map<FeedSubscription, FeedState> states = new LinkedHashMap<>();
    private final Map<FeedSubscription, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param scheduler runs the polls once {@link #start()} is called; the poller owns it and shuts it down on close
     */
    public FeedPoller(FeedSubscriptions subscriptions, FeedFetcher fetcher, FeedItemMapper mapper, FeedItemSink sink,
                      Clock clock, ScheduledExecutorService scheduler, FeedItemLedger ledger) {
        this.interval = subscriptions.pollInterval();
        this.fetcher = fetcher;
        this.mapper = mapper;
        this.sink = sink;
        this.clock = clock;
        this.scheduler = scheduler;
        this.ledger = ledger;
        for (FeedSubscription feed : subscriptions.feeds()) {
            states.put(feed, new FeedState(feed));
        }
    }

    /** The production poller: the JDK's HTTP client, 30 s per fetch, 10 MiB per document, one daemon thread. */
    public static FeedPoller create(FeedSubscriptions subscriptions, FeedItemSink sink, SubmissionParser parser,
                                    Clock clock, FeedItemLedger ledger) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-feed-poller");
            t.setDaemon(true);
            return t;
        });
        FeedFetcher fetcher = new FeedFetcher(FeedFetcher.defaultClient(), FeedFetcher.DEFAULT_TIMEOUT,
                FeedFetcher.DEFAULT_MAX_BYTES, clock);
        return new FeedPoller(subscriptions, fetcher, new FeedItemMapper(parser), sink, clock, scheduler, ledger);
    }

    public List<FeedSubscription> feeds() {
        return List.copyOf(states.keySet());
    }

    /**
     * This instance polls these feeds from now on: the first polls right away, a couple of seconds apart,
     * then each on its own schedule. Their items' states must be in the ledger already.
     */
    public void own(Collection<FeedSubscription> feeds) {
        Duration delay = Duration.ZERO;
        for (FeedSubscription feed : claim(feeds)) {
            schedule(feed, delay);
            delay = delay.plus(START_STAGGER);
        }
        if (!feeds.isEmpty()) {
            LOG.info("polling {} feed(s) every {}: {}", feeds.size(), interval, feeds);
        }
    }

    /**
     * Marks the feeds as this instance's without scheduling any poll: {@link #own} without its schedule,
     * for tests that drive every poll themselves. Returns the feeds that were not owned before.
     */
    List<FeedSubscription> claim(Collection<FeedSubscription> feeds) {
        List<FeedSubscription> claimed = new ArrayList<>();
        for (FeedSubscription feed : feeds) {
            FeedState state = state(feed);
            if (!state.owned) {
                state.owned = true;
                claimed.add(feed);
            }
        }
        return claimed;
    }

    /**
     * This instance stops polling these feeds (another one takes them over). Returns once no poll of them
     * runs any more: a poll in progress is let finish, a scheduled one is dropped.
     */
    public void release(Collection<FeedSubscription> feeds) {
        for (FeedSubscription feed : feeds) {
            FeedState state = state(feed);
            state.owned = false;
            ScheduledFuture<?> next = pending.remove(feed);
            if (next != null) {
                next.cancel(false);
            }
            // Polls hold the state's monitor: taking it waits for one in progress.
            synchronized (state) {
                state.nextPollAt(null);
            }
        }
        if (!feeds.isEmpty()) {
            LOG.info("no longer polling {} feed(s): {}", feeds.size(), feeds);
        }
    }

    private FeedState state(FeedSubscription feed) {
        FeedState state = states.get(feed);
        if (state == null) {
            throw new IllegalArgumentException("not a configured feed: " + feed);
        }
        return state;
    }

    private void schedule(FeedSubscription feed, Duration delay) {
        if (closed || !states.get(feed).owned) {
            return;
        }
        states.get(feed).nextPollAt(clock.instant().plus(delay));
        try {
            pending.put(feed, scheduler.schedule(() -> scheduledPoll(feed), delay.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    private void scheduledPoll(FeedSubscription feed) {
        try {
            pollNow(feed);
        } catch (RuntimeException | Error e) {
            // pollNow handles what a feed can do; this is a bug of ours. Log it and keep the feed scheduled.
            LOG.error("feed {}: poll failed unexpectedly", feed, e);
            states.get(feed).failed(clock.instant(), "internal error: " + e, null, interval);
        }
        FeedState state = states.get(feed);
        if (!state.owned || state.nextPollAt() == null) {
            return;
        }
        Duration delay = Duration.between(clock.instant(), state.nextPollAt());
        schedule(feed, delay.isNegative() ? Duration.ZERO : delay);
    }

    /**
     * Polls one feed now, on the calling thread, and submits what is new or changed. Never throws for
     * anything the feed or the sink does; the outcome is returned and recorded in the feed's health.
     */
    public PollOutcome pollNow(FeedSubscription feed) {
        FeedState state = state(feed);
        // One poll of a feed at a time: a manual poll waits for a scheduled one, and vice versa.
        synchronized (state) {
            if (!state.owned) {
                return PollOutcome.standby();
            }
            return poll(state);
        }
    }

    private PollOutcome poll(FeedState state) {
        FeedSubscription feed = state.feed;
        Instant started = clock.instant();
        state.polled(started);
        FeedFetcher.Result result = fetcher.fetch(feed.url(), state.etag, state.lastModified);
        if (result instanceof FeedFetcher.NotModified) {
            state.succeeded(clock.instant(), interval);
            LOG.debug("feed {}: not modified", feed);
            return PollOutcome.notModified();
        }
        if (result instanceof FeedFetcher.Failed failed) {
            return fail(state, failed.reason(), failed.retryAfter(), failed.cause());
        }
        FeedFetcher.Fetched fetched = (FeedFetcher.Fetched) result;
        List<FeedItem> items;
        try {
            items = FeedParser.parse(fetched.body(), fetched.contentType(), feed.url());
        } catch (FeedFormatException e) {
            // Validators are dropped, so a repaired feed is fetched in full even if its ETag did not change.
            state.etag = null;
            state.lastModified = null;
            return fail(state, e.getMessage(), null, e);
        }
        int submitted = 0;
        int rejected = 0;
        int unchanged = 0;
        for (FeedItem item : items) {
            state.itemsSeen++;
            FeedItemMapper.Candidate candidate = mapper.candidate(feed, item);
            FeedItemState known = ledger.get(candidate.source(), candidate.externalId());
            try {
                if (known != null && known.getFingerprint().equals(candidate.fingerprint())) {
                    unchanged++;
                    if (ledger.dueForRefresh(known, clock.instant())) {
                        ledger.put(sink.refresh(feed, known));
                    }
                    continue;
                }
                ParseResult parsed = mapper.validate(candidate);
                if (parsed instanceof ParseResult.Valid valid) {
                    FeedItemState written = sink.submit(feed, candidate, valid.submission());
                    ledger.put(written);
                    submitted++;
                    state.itemsSubmitted++;
                    LOG.info("feed {}: item \"{}\" submitted as articleId={} version={}", feed,
                            candidate.externalId(), written.getArticleId(), written.getVersion());
                } else {
                    List<String> problems = ((ParseResult.Invalid) parsed).problems();
                    FeedRejection rejection = new FeedRejection(feed, candidate.externalId(), problems, candidate.json(),
                            clock.instant());
                    LOG.warn("{}", rejection.describe());
                    ledger.put(sink.reject(rejection, candidate));
                    rejected++;
                    state.itemsRejected++;
                    state.lastRejection = new FeedHealth.Rejection(candidate.externalId(), problems, rejection.at());
                }
            } catch (RuntimeException e) {
                // The item's state stays as it was and the validators are dropped, so the next poll fetches the
                // whole document again and hands this item (and any after it) over once more.
                state.etag = null;
                state.lastModified = null;
                PollOutcome failure = fail(state, "could not hand over item \"" + candidate.externalId() + "\": " + e, null, e);
                return new PollOutcome(PollOutcome.Kind.FAILED, items.size(), submitted, rejected, unchanged, failure.error());
            }
        }
        // States the topic no longer keeps are forgotten here too (items long gone from their feeds).
        ledger.expire(clock.instant());
        state.etag = fetched.etag();
        state.lastModified = fetched.lastModified();
        state.succeeded(clock.instant(), interval);
        if (submitted > 0 || rejected > 0) {
            LOG.info("feed {}: {} item(s), {} submitted, {} rejected, {} unchanged", feed, items.size(), submitted,
                    rejected, unchanged);
        }
        return new PollOutcome(PollOutcome.Kind.FETCHED, items.size(), submitted, rejected, unchanged, null);
    }

    private PollOutcome fail(FeedState state, String reason, Duration retryAfter, Throwable cause) {
        Instant now = clock.instant();
        state.failed(now, reason, retryAfter, interval);
        if (cause != null) {
            LOG.warn("feed {}: poll failed ({} in a row, next poll at {}): {}", state.feed, state.consecutiveFailures,
                    state.nextPollAt(), reason, cause);
        } else {
            LOG.warn("feed {}: poll failed ({} in a row, next poll at {}): {}", state.feed, state.consecutiveFailures,
                    state.nextPollAt(), reason);
        }
        return PollOutcome.failed(reason);
    }

    /** Every feed's health, in configuration order. */
    public List<FeedHealth> health() {
        List<FeedHealth> out = new ArrayList<>();
        for (FeedState state : states.values()) {
            out.add(state.health());
        }
        return out;
    }

    /** Stops polling; a poll in progress gets a few seconds to finish handing over its items. */
    @Override
    public void close() {
        closed = true;
        // Polls waiting for their time are dropped (a shut-down scheduler would otherwise still run them);
        // a poll already running is let finish.
        pending.values().forEach(f -> f.cancel(false));
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What one poll did.
     *
     * @param items     items in the fetched document (0 for NOT_MODIFIED and for failures before parsing)
     * @param unchanged items skipped because they were handed over before in this state
     * @param kind      {@code STANDBY}: not polled, another instance owns the feed
     * @param error     why it failed, null otherwise
     */
    public record PollOutcome(Kind kind, int items, int submitted, int rejected, int unchanged, String error) {
        public enum Kind { FETCHED, NOT_MODIFIED, FAILED, STANDBY }

        static PollOutcome standby() {
            return new PollOutcome(Kind.STANDBY, 0, 0, 0, 0, null);
        }

        static PollOutcome notModified() {
            return new PollOutcome(Kind.NOT_MODIFIED, 0, 0, 0, 0, null);
        }

        static PollOutcome failed(String error) {
            return new PollOutcome(Kind.FAILED, 0, 0, 0, 0, error);
        }
    }

    /** Mutable per-feed state; guarded by its own monitor (polls) or volatile fields (health reads). */
    private static final class FeedState {
        final FeedSubscription feed;
        // Written only under the monitor, by polls; volatile so that health() reads current values without it.
        volatile String etag;
        volatile String lastModified;
        volatile Instant lastPollAt;
        volatile Instant lastSuccessAt;
        volatile FeedHealth.Problem lastError;
        volatile long itemsSeen;
        volatile long itemsSubmitted;
        volatile long itemsRejected;
        volatile FeedHealth.Rejection lastRejection;
        volatile int consecutiveFailures;
        /** Whether this instance polls the feed; changed by own/release, read by polls under the monitor. */
        volatile boolean owned;
        private volatile Instant nextPollAt;

        FeedState(FeedSubscription feed) {
            this.feed = feed;
        }

        void polled(Instant at) {
            lastPollAt = at;
        }

        void succeeded(Instant at, Duration interval) {
            lastSuccessAt = at;
            consecutiveFailures = 0;
            nextPollAt = at.plus(Backoff.next(interval, 0, null));
        }

        void failed(Instant at, String reason, Duration retryAfter, Duration interval) {
            consecutiveFailures++;
            lastError = new FeedHealth.Problem(reason, at);
            nextPollAt = at.plus(Backoff.next(interval, consecutiveFailures, retryAfter));
        }

        Instant nextPollAt() {
            return nextPollAt;
        }

        void nextPollAt(Instant at) {
            nextPollAt = at;
        }

        FeedHealth health() {
            String status = !owned ? "standby" : lastPollAt == null ? "pending" : consecutiveFailures > 0 ? "failing"
                    : lastSuccessAt != null ? "ok" : "pending";
            return new FeedHealth(feed.source(), feed.url().toString(), status, lastPollAt, lastSuccessAt, lastError,
                    itemsSeen, itemsSubmitted, itemsRejected, lastRejection, consecutiveFailures, nextPollAt);
        }
    }
}
