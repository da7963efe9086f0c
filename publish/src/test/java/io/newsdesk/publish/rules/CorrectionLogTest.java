package io.newsdesk.publish.rules;

import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.Correction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionLogTest {
    private static final Instant V2_RECEIVED = Instant.parse("2025-03-05T09:30:00Z");
    private final Correction first = Correction.newBuilder().setVersion(2).setNote("The vote was 5-2, not 6-1.")
            .setAt(V2_RECEIVED).build();

    @Test
    void versionWithoutNoteLeavesCorrectionsAsTheyWere() {
        assertEquals(List.of(first), CorrectionLog.after(List.of(first), article("a1").version(3).build()));
        assertFalse(CorrectionLog.corrects(article("a1").correction("  ").build()), "a blank note is no correction");
    }

    @Test
    void noteIsAppendedAfterEarlierCorrectionsWithItsVersionAndReceiveTime() {
        Instant received = Instant.parse("2025-03-06T08:00:00Z");
        List<Correction> after = CorrectionLog.after(List.of(first), article("a1").version(4)
                .correction(" The ferry leaves at 7:15, not 7:50. ").receivedAt(received).build());
        assertEquals(2, after.size());
        assertEquals(first, after.get(0));
        assertEquals(4, after.get(1).getVersion());
        assertEquals("The ferry leaves at 7:15, not 7:50.", after.get(1).getNote());
        assertEquals(received, after.get(1).getAt());
    }

    @Test
    void sameVersionAppliedTwiceAddsItsNoteOnce() {
        var v2 = article("a1").version(2).correction("The vote was 5-2, not 6-1.").receivedAt(V2_RECEIVED).build();
        assertTrue(CorrectionLog.corrects(v2));
        assertEquals(List.of(first), CorrectionLog.after(List.of(first), v2));
    }
}
