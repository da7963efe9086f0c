package io.newsdesk.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Throws thousands of generated and mutated submissions at ingest's HTTP routes (in-process, over a
 * MockProducer) and checks, for every single answer, what {@link IngestUnderFuzz} checks: never a
 * 5xx, every 4xx a JSON error with its problems and no write, every 202 exactly the records it
 * answered for, re-validating cleanly. Prints the answers per status code of each property.
 *
 * <p>Bounded: 2,000 tries per property, a few seconds each. On a failure jqwik prints the seed
 * and the shrunk request; run again with {@code @Property(seed = "...")} to reproduce it.
 */
class SubmissionFuzzTest {
    private static final int TRIES = 2_000;

    // A fresh ingest (MockProducer, its offsets) per property: the tries of one property build on
    // each other's articles (updates, base versions) as in life, but one property's finding does not
    // cascade into the next. Starting and stopping one costs about a second.
    private IngestUnderFuzz ingest;
    private IngestUnderFuzz.StatusCounts counts;
    private String property = "";

    @BeforeProperty
    void startIngest() throws Exception {
        ingest = new IngestUnderFuzz();
        counts = new IngestUnderFuzz.StatusCounts();
    }

    @AfterProperty
    void printCountsCheckCoverageAndStillServe() {
        try {
            System.out.printf("[ingest-fuzz] %-28s %d requests, answers per status: %s, records written: %d%n",
                    property + ":", counts.total(), counts, ingest.recordsWritten());
            // Both paths must be reached, or "nothing invalid was written" would prove nothing.
            assertTrue(counts.of(400) > 0, "no request was refused with 400: the generators are too tame " + counts);
            assertTrue(counts.of(202) > 0, "no request was accepted: the generators never reach the write " + counts);
            ingest.assertHealthy();
            // After all that, an ordinary submission still goes through.
            int status = ingest.submit(new FuzzRequest(SubmissionArbitraries.ARTICLES,
                    Map.of("Content-Type", "application/json", "Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN),
                    ("{\"externalId\":\"after-fuzz\",\"headline\":\"Court adjourns\",\"body\":\"The court adjourned until Monday.\"}")
                            .getBytes(StandardCharsets.UTF_8), false, "ordinary submission after fuzzing"));
            assertEquals(202, status);
        } finally {
            ingest.close();
        }
    }

    @Property(tries = TRIES)
    void generatedJsonSubmissionsGetOnly2xxOr4xxAndWriteOnlyValidArticles(@ForAll("jsonSubmissions") FuzzRequest request) {
        submit("generated JSON", request);
    }

    @Property(tries = TRIES)
    void mutatedSubmissionsGetOnly2xxOr4xxAndWriteOnlyValidArticles(@ForAll("mutatedSubmissions") FuzzRequest request) {
        submit("mutated JSON", request);
    }

    @Property(tries = TRIES)
    void rawPagesGetOnly2xxOr4xxAndWriteOnlyValidArticles(@ForAll("rawPages") FuzzRequest request) {
        submit("raw pages", request);
    }

    @Property(tries = TRIES)
    void oddMediaTypesLengthsAndAuthorizationsGetOnly4xxOrAccepted(@ForAll("oddRequests") FuzzRequest request) {
        submit("odd media types and lengths", request);
    }

    private void submit(String propertyName, FuzzRequest request) {
        property = propertyName;
        counts.add(ingest.submit(request));
    }

    @Provide
    Arbitrary<FuzzRequest> jsonSubmissions() {
        return SubmissionArbitraries.jsonSubmissions();
    }

    @Provide
    Arbitrary<FuzzRequest> mutatedSubmissions() {
        return SubmissionArbitraries.mutatedSubmissions();
    }

    @Provide
    Arbitrary<FuzzRequest> rawPages() {
        return SubmissionArbitraries.rawPages();
    }

    @Provide
    Arbitrary<FuzzRequest> oddRequests() {
        return SubmissionArbitraries.oddRequests();
    }
}
