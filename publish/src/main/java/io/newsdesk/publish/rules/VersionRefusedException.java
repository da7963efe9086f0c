package io.newsdesk.publish.rules;

/**
 * A version publish does not apply, for a reason its writer must hear: thrown before any store or output
 * is touched, so the Streams processing exception handler sends the record to {@code articles.dlq} with
 * this message (e.g. "version conflict: based on 41, the article is at 57 ...") in the same transaction.
 */
public final class VersionRefusedException extends RuntimeException {
    private final VersionGate.Verdict verdict;

    public VersionRefusedException(VersionGate.Verdict verdict, String reason) {
        super(reason);
        if (!verdict.refused()) {
            throw new IllegalArgumentException(verdict + " is not a refusal");
        }
        this.verdict = verdict;
    }

    public VersionGate.Verdict verdict() {
        return verdict;
    }
}
