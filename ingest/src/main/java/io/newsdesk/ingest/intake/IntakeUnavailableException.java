package io.newsdesk.ingest.intake;

/**
 * The broker did not acknowledge a write in time or refused it: the submission is NOT accepted and
 * the client must retry (answered 503). The message says which write failed; the cause has the detail.
 */
public final class IntakeUnavailableException extends RuntimeException {
    public IntakeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
