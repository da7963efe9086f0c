package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitSettlingTest {
    private static final long ROUND = 2_000_000_000L;

    @Test
    void aKindIsWarmOnceItsCompilersUsedLessThanATenthOfACoreInARound() {
        // A search page's rounds of 2 s on 100,000 articles: the compilers took 0.8, 0.9, 0.4, then 0.07 s.
        JitSettling settling = new JitSettling();
        assertFalse(settling.roundDone(800_000_000L, ROUND));
        assertFalse(settling.roundDone(900_000_000L, ROUND));
        assertFalse(settling.roundDone(400_000_000L, ROUND));
        assertTrue(settling.roundDone(70_000_000L, ROUND));
        assertTrue(settling.quiet());
        assertEquals(4, settling.rounds());
    }

    @Test
    void aRoundAtTheBoundaryIsNotQuiet() {
        assertFalse(new JitSettling().roundDone(200_000_000L, ROUND));
        assertTrue(new JitSettling().roundDone(199_999_999L, ROUND));
    }

    @Test
    void compilersThatNeverGoQuietAreMeasuredAfterTheLastRoundAndSaidSo() {
        JitSettling settling = new JitSettling();
        for (int i = 1; i < JitSettling.MAX_ROUNDS; i++) {
            assertFalse(settling.roundDone(ROUND / 2, ROUND), "round " + i);
        }
        assertTrue(settling.roundDone(ROUND / 2, ROUND));
        assertFalse(settling.quiet());
        assertEquals(JitSettling.MAX_ROUNDS, settling.rounds());
    }

    @Test
    void withoutTheCompilersCpuOneRoundIsTheWarmUp() {
        JitSettling settling = new JitSettling();
        assertTrue(settling.roundDone(-1, ROUND));
        assertEquals(1, settling.rounds());
    }
}
