package io.newsdesk.publish.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionGateTest {
    @Test
    void firstVersionOfAnUnseenArticleIsNew() {
        assertEquals(VersionGate.Verdict.NEW, VersionGate.check(null, 1));
        assertTrue(VersionGate.check(null, 7).accepted());
    }

    @Test
    void higherVersionIsNewEvenWithAGap() {
        assertEquals(VersionGate.Verdict.NEW, VersionGate.check(2L, 5));
    }

    @Test
    void sameVersionAgainIsADuplicate() {
        assertEquals(VersionGate.Verdict.DUPLICATE, VersionGate.check(3L, 3));
        assertFalse(VersionGate.Verdict.DUPLICATE.accepted());
    }

    @Test
    void lowerVersionIsStale() {
        assertEquals(VersionGate.Verdict.STALE, VersionGate.check(3L, 2));
        assertFalse(VersionGate.Verdict.STALE.accepted());
    }
}
