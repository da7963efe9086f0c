package io.newsdesk.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {
    private static final String TOKEN = "courier-secret-0123456789";
    private final Authenticator authenticator = new Authenticator(TokenTable.empty().with("harbour-courier", TOKEN));

    @Test
    void aKnownBearerTokenIsItsSource() {
        assertEquals(Caller.of("harbour-courier"), authenticator.authenticate(Optional.of("Bearer " + TOKEN)));
        assertEquals(Caller.of("harbour-courier"), authenticator.authenticate(Optional.of("bearer  " + TOKEN + " ")));
    }

    @Test
    void noHeaderIsAChallengeWithoutErrorCode() {
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> authenticator.authenticate(Optional.empty()));
        assertEquals("Bearer realm=\"newsdesk-ingest\"", e.challenge());
    }

    @Test
    void anUnknownTokenIsInvalid() {
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> authenticator.authenticate(Optional.of("Bearer not-the-right-token-at-all")));
        assertEquals("Bearer realm=\"newsdesk-ingest\", error=\"invalid_token\"", e.challenge());
        assertFalse(e.getMessage().contains("not-the-right-token"));
    }

    @Test
    void anotherSchemeIsRefused() {
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> authenticator.authenticate(Optional.of("Basic " + TOKEN)));
        assertTrue(e.challenge().contains("invalid_request"));
    }

    @Test
    void withoutTokensEveryCallerIsAnonymousAndMayActForAnySource() {
        Authenticator open = new Authenticator(TokenTable.empty());
        assertFalse(open.enabled());
        Caller caller = open.authenticate(Optional.empty());
        assertEquals(Caller.anonymous(), caller);
        assertTrue(caller.mayActFor("anyone"));
        assertEquals(null, caller.impliedSource());
    }

    @Test
    void anAuthenticatedCallerMayActOnlyForItself() {
        Caller caller = Caller.of("harbour-courier");
        assertTrue(caller.mayActFor("harbour-courier"));
        assertFalse(caller.mayActFor("valley-post"));
    }
}
