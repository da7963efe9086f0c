package io.newsdesk.ingest.feeds;

import io.newsdesk.ingest.intake.Accepted;
import io.newsdesk.ingest.submission.ParsedSubmission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the poller hands over; numbers versions per article like ingest; can be told to fail once. */
final class RecordingSink implements FeedItemSink {
    final List<ParsedSubmission> submitted = new CopyOnWriteArrayList<>();
    final List<FeedRejection> rejected = new CopyOnWriteArrayList<>();
    private final Map<String, Long> versions = new HashMap<>();
    private volatile RuntimeException failNext;

    void failNext(RuntimeException e) {
        failNext = e;
    }

    @Override
    public synchronized Accepted submit(ParsedSubmission submission) {
        RuntimeException e = failNext;
        if (e != null) {
            failNext = null;
            throw e;
        }
        submitted.add(submission);
        long version = versions.merge(submission.articleId(), 1L, Long::sum);
        return new Accepted(submission.articleId(), version, "sub-" + submitted.size());
    }

    @Override
    public void reject(FeedRejection rejection) {
        rejected.add(rejection);
    }
}
