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
     * Found by the fuzzer: version 9223372036854775807 (Long.MAX_VALUE) was accepted, and every later
     * submission of that article without a version then overflowed in the old version table's
     * {@code last + 1} and was answered 503, a client error reported as an outage. Versions now come
     * from the log and a client's {@code version} is only the base its update claims; no arithmetic is
     * left to overflow, and both are accepted (publish refuses the first, based on a version the article
     * never had).
     */
    @Test
    void theLargestBaseVersionIsNoOutage() {
        assertEquals(202, submit("{\"externalId\":\"max-version\",\"headline\":\"H\",\"body\":\"B\",\"version\":9223372036854775807}"));
        assertEquals(202, submit("{\"externalId\":\"max-version\",\"headline\":\"H\",\"body\":\"B again\"}"));
    }
}
