package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.SubmissionParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * article and a re-poll without changes submits nothing ({@link SeenItems}).
 *
 * <p>Each feed has its own schedule on one scheduler thread: after a success the next poll is one
 * interval later, after a failure later still ({@link Backoff}). A failure is anything that keeps a poll
 * from handing over every new item: an HTTP error, a timeout, a document that is no readable feed, or
 * the sink refusing an item. Nothing a feed sends can stop the poller; every failure is logged with its
 * reason and shows in {@link #health()}.
 *
 * <p>Tests construct it with their own clock and call {@link #pollNow(FeedSubscription)}; {@link #start()}
 * is what production adds on top.
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    public static final int SEEN_CAPACITY = 50_000;
    /** Feeds are started this far apart, so that a list of feeds does not fire all at once. */
    private static final Duration START_STAGGER = Duration.ofSeconds(2);

    private final Duration interval;
    private final FeedFetcher fetcher;
    private final FeedItemMapper mapper;
    private final FeedItemSink sink;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final SeenItems seen;
    private final Map<FeedSubscription, FeedState> states = new LinkedHashMap<>();
    private final Map<FeedSubscription, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param scheduler runs the polls once {@link #start()} is called; the poller owns it and shuts it down on close
     */
    public FeedPoller(FeedSubscriptions subscriptions, FeedFetcher fetcher, FeedItemMapper mapper, FeedItemSink sink,
                      Clock clock, ScheduledExecutorService scheduler, int seenCapacity) {
        this.interval = subscriptions.pollInterval();
        this.fetcher = fetcher;
        this.mapper = mapper;
        this.sink = sink;
        this.clock = clock;
        this.scheduler = scheduler;
        this.seen = new SeenItems(seenCapacity);
        for (FeedSubscription feed : subscriptions.feeds()) {
            states.put(feed, new FeedState(feed));
        }
    }

    /** The production poller: the JDK's HTTP client, 30 s per fetch, 10 MiB per document, one daemon thread. */
    public static FeedPoller create(FeedSubscriptions subscriptions, FeedItemSink sink, SubmissionParser parser,
                                    Clock clock) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-feed-poller");
            t.setDaemon(true);
            return t;
        });
        FeedFetcher fetcher = new FeedFetcher(FeedFetcher.defaultClient(), FeedFetcher.DEFAULT_TIMEOUT,
                FeedFetcher.DEFAULT_MAX_BYTES, clock);
        return new FeedPoller(subscriptions, fetcher, new FeedItemMapper(parser), sink, clock, scheduler, SEEN_CAPACITY);
    }

    public List<FeedSubscription> feeds() {
        return List.copyOf(states.keySet());
    }

    /** Schedules every feed: the first polls right away, a couple of seconds apart, then each on its own schedule. */
    public void start() {
        Duration delay = Duration.ZERO;
        for (FeedSubscription feed : states.keySet()) {
            schedule(feed, delay);
            delay = delay.plus(START_STAGGER);
        }
        LOG.info("polling {} feed(s) every {}: {}", states.size(), interval, states.keySet());
    }

    private void schedule(FeedSubscription feed, Duration delay) {
        if (closed) {
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
        Duration delay = Duration.between(clock.instant(), state.nextPollAt());
        schedule(feed, delay.isNegative() ? Duration.ZERO : delay);
    }

    /**
     * Polls one feed now, on the calling thread, and submits what is new or changed. Never throws for
     * anything the feed or the sink does; the outcome is returned and recorded in the feed's health.
     */
    public PollOutcome pollNow(FeedSubscription feed) {
        FeedState state = states.get(feed);
        if (state == null) {
            throw new IllegalArgumentException("not a configured feed: " + feed);
        }
        // One poll of a feed at a time: a manual poll waits for a scheduled one, and vice versa.
        synchronized (state) {
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
            if (seen.unchanged(candidate.source(), candidate.externalId(), candidate.fingerprint())) {
                unchanged++;
                continue;
            }
            ParseResult parsed = mapper.validate(candidate);
            try {
                if (parsed instanceof ParseResult.Valid valid) {
                    Accepted accepted = sink.submit(valid.submission());
                    submitted++;
                    state.itemsSubmitted++;
                    LOG.info("feed {}: item \"{}\" submitted as articleId={} version={}", feed,
                            candidate.externalId(), accepted.articleId(), accepted.version());
                } else {
                    List<String> problems = ((ParseResult.Invalid) parsed).problems();
                    FeedRejection rejection = new FeedRejection(feed, candidate.externalId(), problems, candidate.json(),
                            clock.instant());
                    LOG.warn("{}", rejection.describe());
                    sink.reject(rejection);
                    rejected++;
                    state.itemsRejected++;
                    state.lastRejection = new FeedHealth.Rejection(candidate.externalId(), problems, rejection.at());
                }
            } catch (RuntimeException e) {
                // The item stays unmarked and the validators are dropped, so the next poll fetches the
                // whole document again and hands this item (and any after it) over once more.
                state.etag = null;
                state.lastModified = null;
                PollOutcome failure = fail(state, "could not hand over item \"" + candidate.externalId() + "\": " + e, null, e);
                return new PollOutcome(PollOutcome.Kind.FAILED, items.size(), submitted, rejected, unchanged, failure.error());
            }
            seen.remember(candidate.source(), candidate.externalId(), candidate.fingerprint());
        }
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
     * @param error     why it failed, null otherwise
     */
    public record PollOutcome(Kind kind, int items, int submitted, int rejected, int unchanged, String error) {
        public enum Kind { FETCHED, NOT_MODIFIED, FAILED }

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
            String status = lastPollAt == null ? "pending" : consecutiveFailures > 0 ? "failing"
                    : lastSuccessAt != null ? "ok" : "pending";
            return new FeedHealth(feed.source(), feed.url().toString(), status, lastPollAt, lastSuccessAt, lastError,
                    itemsSeen, itemsSubmitted, itemsRejected, lastRejection, consecutiveFailures, nextPollAt);
        }
    }
}
