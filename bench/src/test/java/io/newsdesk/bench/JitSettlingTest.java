package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitSettlingTest {

    @Test
    void settledOnlyWhenCompilingTookLessThanATwentiethOfTheRound() {
        assertTrue(JitSettling.settled(0, 4_000));
        assertTrue(JitSettling.settled(199, 4_000));
        assertFalse(JitSettling.settled(200, 4_000));
        assertFalse(JitSettling.settled(3_500, 4_000));
    }

    @Test
    void aRoundThatTookNoTimeSaysNothing() {
        assertFalse(JitSettling.settled(0, 0));
    }

    @Test
    void measuresThisJvmsCompiler() {
        // HotSpot times its compiler; the benchmark depends on it to know when a system is warm.
        JitSettling settling = JitSettling.watch();
        assertNotNull(settling);
        assertTrue(settling.compileMillis() >= 0);
        assertTrue(settling.elapsedMillis() >= 0);
    }
}
