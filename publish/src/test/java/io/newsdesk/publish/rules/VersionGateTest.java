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

    @Test
    void anUpdateBasedOnTheLatestVersionIsNew() {
        assertEquals(VersionGate.Verdict.NEW, VersionGate.check(41L, 57, 41L));
        assertEquals(VersionGate.Verdict.NEW, VersionGate.check(null, 3, 0L), "based on 0: a new article");
    }

    @Test
    void anUpdateBasedOnAnotherVersionIsAConflict() {
        assertEquals(VersionGate.Verdict.CONFLICT, VersionGate.check(57L, 60, 41L));
        assertEquals(VersionGate.Verdict.CONFLICT, VersionGate.check(57L, 60, 0L));
        assertEquals(VersionGate.Verdict.CONFLICT, VersionGate.check(null, 60, 41L));
        assertTrue(VersionGate.Verdict.CONFLICT.refused());
        assertFalse(VersionGate.Verdict.CONFLICT.accepted());
    }

    @Test
    void aRedeliveryIsADuplicateWhateverItWasBasedOn() {
        assertEquals(VersionGate.Verdict.DUPLICATE, VersionGate.check(57L, 57, 41L));
        assertFalse(VersionGate.Verdict.DUPLICATE.refused());
    }

    @Test
    void aStaleVersionIsRefusedNotJustDropped() {
        assertTrue(VersionGate.Verdict.STALE.refused());
    }

    @Test
    void theReasonNamesTheBaseAndWhereTheArticleIs() {
        assertEquals("version conflict: based on 41, the article is at 57; version 60 of article a1 is not published "
                + "(resubmit it based on the latest version)", VersionGate.reason(VersionGate.Verdict.CONFLICT, "a1", 57L, 60, 41L));
        assertTrue(VersionGate.reason(VersionGate.Verdict.CONFLICT, "a1", null, 3, 2L)
                .startsWith("version conflict: based on 2, the article has no version yet"));
        assertTrue(VersionGate.reason(VersionGate.Verdict.STALE, "a1", 9L, 4, null)
                .startsWith("stale version: 4 of article a1 arrived after version 9 was applied"));
    }
}
