package io.newsdesk.ingest.auth;

import java.util.Optional;

/**
 * Turns an {@code Authorization} header into a {@link Caller}. With an empty {@link TokenTable}
 * (development mode, announced at start and in /health) every request is an anonymous caller.
 * Tokens are never logged and never echoed in an error.
 */
public final class Authenticator {
    private static final String SCHEME = "bearer ";

    private final TokenTable tokens;

    public Authenticator(TokenTable tokens) {
        this.tokens = tokens;
    }

    public boolean enabled() {
        return !tokens.isEmpty();
    }

    /** @throws AuthenticationFailedException when tokens are configured and the header holds none of them */
    public Caller authenticate(Optional<String> authorization) {
        if (tokens.isEmpty()) {
            return Caller.anonymous();
        }
        if (authorization.isEmpty() || authorization.get().isBlank()) {
            throw new AuthenticationFailedException("missing bearer token (Authorization: Bearer <token>)", null);
        }
        String value = authorization.get().strip();
        if (value.length() <= SCHEME.length() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new AuthenticationFailedException("the Authorization header must use the Bearer scheme", "invalid_request");
        }
        String token = value.substring(SCHEME.length()).strip();
        return tokens.sourceOf(token)
                .map(Caller::of)
                .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked token", "invalid_token"));
    }
}
