package io.newsdesk.launcher.bulk;

/**
 * Counts of an import at one moment.
 *
 * @param total    items found in the input
 * @param skipped  finished by an earlier run, not sent again
 * @param accepted answered 2xx by ingest
 * @param rejected refused with a 4xx, or not sendable at all
 * @param failed   ingest unreachable or 5xx after every retry
 */
public record Tally(long total, long skipped, long accepted, long rejected, long failed) {

    /** Items dealt with so far, skipped ones included: the bar's position. */
    public long done() {
        return skipped + accepted + rejected + failed;
    }

    /** Items answered in this run: what the rate is made of (skipping is instant and would inflate it). */
    public long answered() {
        return accepted + rejected + failed;
    }
}
