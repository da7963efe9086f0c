package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WarmupSettlingTest {

    @Test
    void theFirstRoundNeverSettles() {
        assertFalse(new WarmupSettling().roundDone(800));
    }

    @Test
    void warmAfterTwoRoundsInARowGainNoMoreThanATenth() {
        // The pipeline's rounds in one run: 11.0 s, 4.1 s, 3.5 s, 3.0 s, 2.5 s, 2.6 s, 2.7 s.
        WarmupSettling settling = new WarmupSettling();
        assertFalse(settling.roundDone(11_037));
        assertFalse(settling.roundDone(4_135));
        assertFalse(settling.roundDone(3_451));
        assertFalse(settling.roundDone(2_989));
        assertFalse(settling.roundDone(2_500));
        assertFalse(settling.roundDone(2_577));
        assertTrue(settling.roundDone(2_672));
    }

    @Test
    void oneSlowRoundIsNotWarmth() {
        // Another process took the cores for round 3; round 4 was still much faster than round 2.
        WarmupSettling settling = new WarmupSettling();
        assertFalse(settling.roundDone(5_191));
        assertFalse(settling.roundDone(3_000));
        assertFalse(settling.roundDone(3_830));
        assertFalse(settling.roundDone(2_400));
        assertFalse(settling.roundDone(2_300));
        assertTrue(settling.roundDone(2_350));
    }

    @Test
    void exactlyATenthFasterCountsAsNoGain() {
        WarmupSettling settling = new WarmupSettling();
        settling.roundDone(1_000);
        assertFalse(settling.roundDone(900));
        assertTrue(settling.roundDone(900));
    }

    @Test
    void thisJvmTimesItsCompiler() {
        // HotSpot does; the benchmark reports the compile time of each measured phase from it.
        assertTrue(WarmupSettling.compileMillisSoFar() >= 0);
    }
}
