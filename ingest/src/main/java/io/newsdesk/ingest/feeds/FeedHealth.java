package io.newsdesk.ingest.feeds;

import java.time.Instant;
import java.util.List;

/**
 * How one feed is doing on this ingest instance, as {@code GET /v1/feeds} shows it. Counters are since the
 * process started.
 *
 * @param status              {@code pending} before the first poll, {@code ok} after a successful one,
 *                            {@code failing} while {@code consecutiveFailures > 0}; {@code standby} while
 *                            another ingest instance polls the feed (see {@code FeedOwnership})
 * @param lastError           the most recent failure, kept after recovery so it can still be read;
 *                            compare its time with {@code lastSuccessAt}
 * @param itemsSeen           items read from fetched documents, over all polls (a 304 reads none)
 * @param itemsSubmitted      new or changed items ingest accepted
 * @param itemsRejected       new or changed items that failed validation (each state of an item counted once)
 * @param lastRejection       the most recent of those, with every problem found
 */
public record FeedHealth(
        String source,
        String url,
        String status,
        Instant lastPollAt,
        Instant lastSuccessAt,
        Problem lastError,
        long itemsSeen,
        long itemsSubmitted,
        long itemsRejected,
        Rejection lastRejection,
        int consecutiveFailures,
        Instant nextPollAt) {

    public record Problem(String message, Instant at) {
    }

    public record Rejection(String externalId, List<String> problems, Instant at) {
        public Rejection {
            problems = List.copyOf(problems);
        }
    }
}
