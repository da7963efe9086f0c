package io.newsdesk.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.articles.SubmissionRules;
import io.newsdesk.platform.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Anything ingest accepts, enrich accepts: submissions whose fields sit at and around their limits,
 * written in one-, two-, three- and four-byte characters (where counting chars and counting characters
 * part), and raw pages whose address is long enough to stand in for an id or not, go through ingest's
 * real routes; {@link IngestUnderFuzz} fails any 202 whose written record {@link SubmissionRules#problems}
 * would refuse (enrich dead-letters such a record: the article would be acknowledged and never published).
 */
class IngestAndEnrichAgreeTest {
    private static final int TRIES = 600;
    /** One character each, in one, two, three and four UTF-8 bytes (the last two UTF-16 units). */
    private static final String[] CHARACTERS = {"a", "\u00e9", "\u4e2d", "\uD83D\uDEA2"};

    private static IngestUnderFuzz ingest;
    private int accepted;
    private int refused;

    @BeforeContainer
    static void startIngest() throws Exception {
        ingest = new IngestUnderFuzz();
    }

    @AfterContainer
    static void stopIngest() {
        ingest.close();
    }

    @BeforeProperty
    void resetCounts() {
        accepted = 0;
        refused = 0;
    }

    /** Both sides of each limit must be reached, or "every accepted one passes" would prove little. */
    @AfterProperty
    void bothSidesOfTheLimitsWereReached() {
        if (accepted + refused > 1) {
            System.out.printf("[ingest-enrich-agree] accepted %d, refused %d%n", accepted, refused);
            assertTrue(accepted > 0 && refused > 0, "accepted " + accepted + ", refused " + refused);
        }
    }

    @Example
    void aHeadlineOfFiveHundredEmojiIsAcceptedByBoth() {
        Map<String, Object> json = article("emoji-headline");
        json.put("headline", "\uD83D\uDEA2".repeat(SubmissionRules.MAX_HEADLINE));
        assertEquals(202, submit(json), "500 characters is the limit, however many UTF-16 units they take");
        json.put("headline", "\uD83D\uDEA2".repeat(SubmissionRules.MAX_HEADLINE + 1));
        assertEquals(400, submit(json));
    }

    @Property(tries = TRIES)
    void submissionsAtTheirLimitsThatIngestAcceptsEnrichAccepts(@ForAll("fieldsAtTheirLimits") Map<String, Object> json) {
        count(submit(json));
    }

    @Property(tries = TRIES)
    void rawPagesThatIngestAcceptsEnrichAccepts(@ForAll("longAddresses") String url, @ForAll boolean withExternalId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("url", url);
        if (withExternalId) {
            query.put("externalId", "page-" + url.length());
        }
        int status = ingest.submit(new FuzzRequest(SubmissionArbitraries.ARTICLES + SubmissionArbitraries.query(query),
                Map.of("Content-Type", "text/plain", "Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN),
                "A page about a hearing.\nSecond line.".getBytes(StandardCharsets.UTF_8), false, "raw page, url of " + url.length()));
        count(status);
    }

    private void count(int status) {
        if (status == 202) {
            accepted++;
        } else {
            refused++;
        }
    }

    private static int submit(Map<String, Object> json) {
        return ingest.submit(new FuzzRequest(SubmissionArbitraries.ARTICLES,
                Map.of("Content-Type", "application/json", "Authorization", "Bearer " + SubmissionArbitraries.COURIER_TOKEN),
                Json.writeBytes(json), false, "fields at their limits: " + json.keySet()));
    }

    private static Map<String, Object> article(String externalId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("externalId", externalId);
        json.put("headline", "Ferry fares to rise");
        json.put("body", "The council approved the new fares on Tuesday.");
        return json;
    }

    /** A text of {@code length} characters around {@code limit}, each drawn from {@link #CHARACTERS}. */
    private static Arbitrary<String> around(int limit) {
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(Math.max(1, limit - 2), limit + 2)),
                Tuple.of(1, Arbitraries.integers().between(Math.max(1, limit / 2 - 2), limit / 2 + 2)),
                Tuple.of(1, Arbitraries.integers().between(1, limit + 2)));
        return Combinators.combine(length, Arbitraries.of(CHARACTERS).list().ofMinSize(1).ofMaxSize(4))
                .as((n, alphabet) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        text.append(alphabet.get(i % alphabet.size()));
                    }
                    return text.toString();
                });
    }

    @Provide
    Arbitrary<Map<String, Object>> fieldsAtTheirLimits() {
        Arbitrary<String> field = Arbitraries.of("externalId", "headline", "byline", "section", "correctionNote");
        return Combinators.combine(field, field, Arbitraries.integers().between(0, 1_000_000))
                .flatAs((first, second, id) -> Combinators.combine(around(limitOf(first)), around(limitOf(second)))
                        .as((a, b) -> {
                            Map<String, Object> json = article("limits-" + id);
                            json.put(first, a);
                            json.put(second, b);
                            return json;
                        }));
    }

    @Provide
    Arbitrary<String> longAddresses() {
        Arbitrary<Integer> length = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.integers().between(SubmissionRules.MAX_EXTERNAL_ID - 3, SubmissionRules.MAX_EXTERNAL_ID + 3)),
                Tuple.of(2, Arbitraries.integers().between(SubmissionRules.MAX_URL - 3, SubmissionRules.MAX_URL + 3)),
                Tuple.of(1, Arbitraries.integers().between(30, SubmissionRules.MAX_URL + 3)));
        String prefix = "https://courier.example/";
        return Combinators.combine(length, Arbitraries.of("a", "%C3%A9", "\u00e9"))
                .as((n, unit) -> {
                    StringBuilder url = new StringBuilder(prefix);
                    while (url.length() < n) {
                        url.append(unit);
                    }
                    return url.toString();
                });
    }

    private static int limitOf(String field) {
        return switch (field) {
            case "externalId" -> SubmissionRules.MAX_EXTERNAL_ID;
            case "headline" -> SubmissionRules.MAX_HEADLINE;
            case "byline" -> SubmissionRules.MAX_BYLINE;
            case "section" -> SubmissionRules.MAX_SECTION;
            default -> SubmissionRules.MAX_CORRECTION_NOTE;
        };
    }
}
