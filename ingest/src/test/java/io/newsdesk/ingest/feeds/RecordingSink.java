package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.schemas.FeedItemState;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what the poller hands over and the states it would write to {@code ingest.feed-items};
 * numbers versions like the log (one partition: the n-th submission is version n); can be told to fail once.
 */
final class RecordingSink implements FeedItemSink {
    final List<ParsedSubmission> submitted = new CopyOnWriteArrayList<>();
    final List<FeedRejection> rejected = new CopyOnWriteArrayList<>();
    /** Every state written, in order: what the topic would hold. */
    final List<FeedItemState> states = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private volatile RuntimeException failNext;

    RecordingSink(Clock clock) {
        this.clock = clock;
    }

    void failNext(RuntimeException e) {
        failNext = e;
    }

    private void maybeFail() {
        RuntimeException e = failNext;
        if (e != null) {
            failNext = null;
            throw e;
        }
    }

    @Override
    public synchronized FeedItemState submit(FeedSubscription feed, FeedItemMapper.Candidate candidate,
                                             ParsedSubmission submission) {
        maybeFail();
        submitted.add(submission);
        Accepted accepted = new Accepted(submission.articleId(), submitted.size(), "sub-" + submitted.size());
        return record(FeedItemStates.submitted(feed, candidate, accepted, clock.instant()));
    }

    @Override
    public synchronized FeedItemState reject(FeedRejection rejection, FeedItemMapper.Candidate candidate) {
        maybeFail();
        rejected.add(rejection);
        return record(FeedItemStates.rejected(rejection.feed(), candidate, clock.instant()));
    }

    @Override
    public synchronized FeedItemState refresh(FeedSubscription feed, FeedItemState state) {
        maybeFail();
        return record(FeedItemStates.refreshed(state, feed, clock.instant()));
    }

    private FeedItemState record(FeedItemState state) {
        states.add(state);
        return state;
    }

    /** A ledger as a restarted instance would load it from the topic. */
    FeedItemLedger reload(FeedItemLedger fresh) {
        for (FeedItemState state : states) {
            fresh.apply(FeedItemLedger.key(state.getSource(), state.getItemId()), state);
        }
        return fresh;
    }
}
