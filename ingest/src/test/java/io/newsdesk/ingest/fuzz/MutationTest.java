package io.newsdesk.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        int at = VALID.body().length / 2;
        double damaged = VALID.body().length + 1;
        SubmissionArbitraries.Mutation deleteAround = new SubmissionArbitraries.Mutation("delete", (at + 0.5) / damaged,
                (at + 1.5) / damaged, new byte[0], 0);
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

    @Test
    void aDuplicateKeyThatADeletionTakesOutNoLongerMakesTheRequestInvalid() {
        String json = "{\"externalId\":\"a\",\"headline\":\"Court adjourns\",\"headline\":\"Twice\",\"body\":\"Until Monday.\"}";
        FuzzRequest duplicate = new FuzzRequest(SubmissionArbitraries.ARTICLES, VALID.headers(),
                json.getBytes(StandardCharsets.UTF_8), true, "duplicate key headline");
        int from = json.indexOf(",\"headline\":\"Twice\"");
        int to = from + ",\"headline\":\"Twice\"".length();
        double n = json.length();
        FuzzRequest healed = SubmissionArbitraries.mutate(duplicate, List.of(new SubmissionArbitraries.Mutation("delete",
                (from + 0.5) / n, (to + 0.5) / n, new byte[0], 0)));
        assertEquals("{\"externalId\":\"a\",\"headline\":\"Court adjourns\",\"body\":\"Until Monday.\"}",
                new String(healed.body(), StandardCharsets.UTF_8));
        assertFalse(healed.mustBeRefused(), healed.how());
        FuzzRequest truncated = SubmissionArbitraries.mutate(VALID, List.of(new SubmissionArbitraries.Mutation("truncate",
                0.5, 0, new byte[0], 0)));
        assertTrue(truncated.mustBeRefused(), truncated.how());
    }

    @Test
    void oneJsonObjectIsStrict() {
        assertTrue(SubmissionArbitraries.oneJsonObject("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(SubmissionArbitraries.oneJsonObject("\uFEFF{\"a\":1}".getBytes(StandardCharsets.UTF_8)), "one byte order mark");
        assertFalse(SubmissionArbitraries.oneJsonObject("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)), "a key twice");
        assertFalse(SubmissionArbitraries.oneJsonObject("{\"a\":1} {}".getBytes(StandardCharsets.UTF_8)), "trailing tokens");
        assertFalse(SubmissionArbitraries.oneJsonObject("[{\"a\":1}]".getBytes(StandardCharsets.UTF_8)), "not an object");
        assertFalse(SubmissionArbitraries.oneJsonObject("{\"a\":".getBytes(StandardCharsets.UTF_8)), "cut short");
    }
}
