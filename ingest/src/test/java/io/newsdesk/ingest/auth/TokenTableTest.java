package io.newsdesk.ingest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenTableTest {
    private static final String COURIER_TOKEN = "courier-secret-0123456789";
    private static final String POST_TOKEN = "post-secret-abcdefghijkl";

    @Test
    void parsesCommaSeparatedAndLineSeparatedEntries() {
        TokenTable table = TokenTable.parse("harbour-courier:" + COURIER_TOKEN + ",\n# a comment\n valley-post : "
                + POST_TOKEN + "\n\n", "test");
        assertEquals(Set.of("harbour-courier", "valley-post"), table.sources());
        assertEquals(Optional.of("harbour-courier"), table.sourceOf(COURIER_TOKEN));
        assertEquals(Optional.of("valley-post"), table.sourceOf(POST_TOKEN));
    }

    @Test
    void unknownTokensAndNearMissesMatchNothing() {
        TokenTable table = TokenTable.parse("harbour-courier:" + COURIER_TOKEN, "test");
        assertEquals(Optional.empty(), table.sourceOf(COURIER_TOKEN + "x"));
        assertEquals(Optional.empty(), table.sourceOf(COURIER_TOKEN.substring(1)));
        assertEquals(Optional.empty(), table.sourceOf(""));
    }

    @Test
    void aSourceMayHoldSeveralTokensForRotation() {
        TokenTable table = TokenTable.empty().with("harbour-courier", COURIER_TOKEN).with("harbour-courier", POST_TOKEN);
        assertEquals(Optional.of("harbour-courier"), table.sourceOf(POST_TOKEN));
        assertEquals(2, table.size());
    }

    @Test
    void oneTokenForTwoSourcesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TokenTable.parse("harbour-courier:" + COURIER_TOKEN + ",valley-post:" + COURIER_TOKEN, "KEY"));
        assertEquals("KEY: entry 2 (source valley-post): the same token is already given to source harbour-courier",
                e.getMessage());
        assertFalse(e.getMessage().contains(COURIER_TOKEN));
    }

    @Test
    void malformedEntriesAreRefusedWithoutShowingTheToken() {
        assertEquals("KEY: entry 1 is not source:token",
                assertThrows(IllegalArgumentException.class, () -> TokenTable.parse(COURIER_TOKEN, "KEY")).getMessage());
        IllegalArgumentException shortToken = assertThrows(IllegalArgumentException.class,
                () -> TokenTable.parse("harbour-courier:short", "KEY"));
        assertTrue(shortToken.getMessage().contains("at least 16"), shortToken.getMessage());
        assertFalse(shortToken.getMessage().contains("short,"), shortToken.getMessage());
        IllegalArgumentException badSource = assertThrows(IllegalArgumentException.class,
                () -> TokenTable.parse("harbour courier:" + COURIER_TOKEN, "KEY"));
        assertFalse(badSource.getMessage().contains(COURIER_TOKEN), badSource.getMessage());
    }

    @Test
    void toStringNamesSourcesNeverTokens() {
        TokenTable table = TokenTable.parse("harbour-courier:" + COURIER_TOKEN, "test");
        assertEquals("TokenTable[harbour-courier] (1 tokens)", table.toString());
    }
}
