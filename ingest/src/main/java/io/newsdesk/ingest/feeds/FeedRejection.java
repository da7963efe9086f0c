package io.newsdesk.ingest.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A feed item that failed validation: which feed, which item, every problem, and the submission as it
 * was built from the item (JSON), so that what was refused can be inspected and replayed.
 */
public record FeedRejection(FeedSubscription feed, String externalId, List<String> problems, byte[] submissionJson,
                            Instant at) {
    public FeedRejection {
        problems = List.copyOf(problems);
    }

    public String describe() {
        return "feed item \"" + externalId + "\" of " + feed + " rejected: " + String.join("; ", problems);
    }
}
