package io.newsdesk.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the fuzzer found, pinned as plain examples so each stays fixed once fixed. Each test runs the
 * same invariants as the fuzzer ({@link IngestUnderFuzz}): never a 5xx, a 4xx names its problems.
 */
class FuzzFindingsTest {
    private IngestUnderFuzz ingest;

    @BeforeEach
    void start() throws Exception {
        ingest = new IngestUnderFuzz();
    }

    @AfterEach
    void stop() {
        ingest.close();
    }

    private int submit(String json) {
        return ingest.submit(new FuzzRequest(SubmissionArbitraries.ARTICLES,
                Map.of("Content-Type", "application/json", "Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN),
                json.getBytes(StandardCharsets.UTF_8), false, "finding"));
    }

    /**
     * Found by the fuzzer: version 9223372036854775807 (Long.MAX_VALUE) is accepted, and every later
     * submission of that article without a version then overflows in NextVersion ({@code Math.addExact})
     * and is answered 503 "the broker did not acknowledge the write; retry later": a client error
     * reported as an outage, retried forever. Expected: a 409 (or a 400 refusing the maximum up front).
     */
    @Test
    void resubmittingAnArticleAtTheLargestVersionIsAClientErrorNotAnOutage() {
        assertEquals(202, submit("{\"externalId\":\"max-version\",\"headline\":\"H\",\"body\":\"B\",\"version\":9223372036854775807}"));
        // IngestUnderFuzz fails on the 503 with the answer in the message; a fixed ingest answers 4xx here.
        int status = submit("{\"externalId\":\"max-version\",\"headline\":\"H\",\"body\":\"B again\"}");
        assertEquals(409, status, "no version after Long.MAX_VALUE is a conflict");
    }
}
