package io.newsdesk.ingest.auth;

/** No usable bearer token: answered 401 with {@code WWW-Authenticate: Bearer}. */
public final class AuthenticationFailedException extends RuntimeException {
    /** The OAuth-style error code for the challenge header, null when no credentials were sent at all. */
    private final String errorCode;

    public AuthenticationFailedException(String message, String errorCode) {
        super(message);
        this.errorCode = errorCode;
    }

    /** The {@code WWW-Authenticate} value (RFC 6750): no error code when no credentials were sent. */
    public String challenge() {
        return errorCode == null
                ? "Bearer realm=\"newsdesk-ingest\""
                : "Bearer realm=\"newsdesk-ingest\", error=\"" + errorCode + "\"";
    }
}
