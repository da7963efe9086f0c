package io.newsdesk.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fuzzer's own bookkeeping: a request counts as built to be invalid only if it still is. */
class MutationTest {
    private static final FuzzRequest VALID = new FuzzRequest(SubmissionArbitraries.ARTICLES,
            Map.of("Content-Type", "application/json"),
            "{\"externalId\":\"a\",\"headline\":\"Court adjourns\",\"body\":\"Until Monday.\"}".getBytes(StandardCharsets.UTF_8),
            false, "valid");

    @Test
    void invalidUtf8ThatALaterDeletionRemovesNoLongerMakesTheRequestInvalid() {
        SubmissionArbitraries.Mutation insert = new SubmissionArbitraries.Mutation("invalid-utf8", 0.5, 0,
                new byte[] {(byte) 0xFF}, 0);
        SubmissionArbitraries.Mutation deleteAround = new SubmissionArbitraries.Mutation("delete", 0.4, 0.6, new byte[0], 0);
        FuzzRequest kept = SubmissionArbitraries.mutate(VALID, List.of(insert));
        assertTrue(kept.mustBeRefused(), kept.how());
        FuzzRequest removedAgain = SubmissionArbitraries.mutate(VALID, List.of(insert, deleteAround));
        assertTrue(SubmissionArbitraries.validUtf8(removedAgain.body()));
        assertFalse(removedAgain.mustBeRefused(), removedAgain.how());
    }

    @Test
    void validUtf8IsStrict() {
        assertTrue(SubmissionArbitraries.validUtf8("Zoë — 東京".getBytes(StandardCharsets.UTF_8)));
        assertFalse(SubmissionArbitraries.validUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}), "overlong");
        assertFalse(SubmissionArbitraries.validUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "a surrogate");
        assertFalse(SubmissionArbitraries.validUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), "cut short");
    }
}
