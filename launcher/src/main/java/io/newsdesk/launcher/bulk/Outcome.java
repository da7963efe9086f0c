package io.newsdesk.launcher.bulk;

import java.util.List;

/**
 * What became of one item.
 *
 * @param key         the item's key
 * @param status      accepted, rejected (the data's fault: a 4xx with ingest's problems) or failed
 *                    (ingest unreachable or answering 5xx after every retry)
 * @param contentHash the item's {@link ImportItem#contentHash()}
 * @param reasons     for a rejection ingest's problems ({@code "headline: required"}); for a failure
 *                    the last error; for an acceptance the article id and version
 */
public record Outcome(String key, Status status, String contentHash, List<String> reasons) {

    public enum Status {
        ACCEPTED, REJECTED, FAILED
    }

    public Outcome {
        reasons = List.copyOf(reasons);
    }

    /** Finished items are not sent again on resume; a failed one is, since the fault was not the data's. */
    public boolean finished() {
        return status != Status.FAILED;
    }
}
