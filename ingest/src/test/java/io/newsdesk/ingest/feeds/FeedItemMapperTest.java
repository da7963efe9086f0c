package io.newsdesk.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.ingest.submission.ParseResult;
import io.newsdesk.ingest.submission.ParsedSubmission;
import io.newsdesk.ingest.submission.SubmissionParser;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.SubmissionChannel;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedItemMapperTest {
    private static final FeedSubscription WIRE = new FeedSubscription("riverton-wire", URI.create("https://wire.riverton.test/rss"));
    private static final Instant NOW = Instant.parse("2025-03-06T12:00:00Z");
    private final FeedItemMapper mapper = new FeedItemMapper(new SubmissionParser(Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void aCompleteItemBecomesAFeedSubmissionOfTheFeedsSource() {
        FeedItem item = new FeedItem("rcw-1", "  Verdict due\n   next week ", "<p>The jury retired on Thursday.</p>", null,
                "https://wire.riverton.test/verdict", "Mara Ellison", Instant.parse("2025-03-05T09:00:00Z"), null);

        ParsedSubmission s = valid(mapper.validate(mapper.candidate(WIRE, item)));

        assertEquals("riverton-wire", s.source());
        assertEquals("rcw-1", s.externalId());
        assertEquals(SubmissionChannel.FEED, s.channel());
        assertEquals("Verdict due next week", s.headline());
        assertEquals("<p>The jury retired on Thursday.</p>", s.body());
        assertEquals(BodyFormat.HTML, s.bodyFormat(), "undeclared body type with markup is HTML");
        assertEquals("Mara Ellison", s.byline());
        assertEquals("https://wire.riverton.test/verdict", s.url());
        assertEquals(Instant.parse("2025-03-05T09:00:00Z"), s.firstCreated());
        assertEquals(PubStatus.USABLE, s.pubStatus());
        assertTrue(s.expectedVersion().isEmpty(), "a feed item claims no base version");
    }

    @Test
    void aDeclaredTextBodyStaysTextEvenWithAngleBrackets() {
        FeedItem item = new FeedItem("x", "Title", "Sentence of <3 years was upheld", Boolean.FALSE, null, null, null, null);

        assertEquals(BodyFormat.TEXT, valid(mapper.validate(mapper.candidate(WIRE, item))).bodyFormat());
    }

    @Test
    void anUndeclaredPlainBodyIsText() {
        FeedItem item = new FeedItem("x", "Title", "Plain words only.", null, null, null, null, null);

        ParsedSubmission s = valid(mapper.validate(mapper.candidate(WIRE, item)));

        assertEquals(BodyFormat.TEXT, s.bodyFormat());
        assertNull(s.url());
        assertNull(s.firstCreated());
    }

    @Test
    void theExternalIdIsTheIdElseTheLinkElseAHashOfTitleAndBody() {
        assertEquals("guid-7", FeedItemMapper.externalId(new FeedItem(" guid-7\n", "T", "B", null, "https://a.test/x", null, null, null)));
        assertEquals("https://a.test/x", FeedItemMapper.externalId(new FeedItem(null, "T", "B", null, "https://a.test/x", null, null, null)));

        String hashed = FeedItemMapper.externalId(new FeedItem(null, "T", "B", null, null, null, null, null));
        assertTrue(hashed.matches("sha256:[0-9a-f]{64}"), hashed);
        assertEquals(hashed, FeedItemMapper.externalId(new FeedItem(null, "T", "B", null, null, null, null, null)),
                "the same content gives the same id on every poll");
        assertNotEquals(hashed, FeedItemMapper.externalId(new FeedItem(null, "T", "B2", null, null, null, null, null)));
    }

    @Test
    void anIdLongerThanIngestAllowsIsHashedStably() {
        String longId = "https://a.test/" + "x".repeat(SubmissionParser.MAX_EXTERNAL_ID);

        String id = FeedItemMapper.externalId(new FeedItem(longId, "T", "B", null, null, null, null, null));

        assertTrue(id.matches("sha256:[0-9a-f]{64}"), id);
        assertEquals(id, FeedItemMapper.externalId(new FeedItem(longId, "T", "other body", null, null, null, null, null)),
                "hashed from the id alone, so an edit keeps the article");
    }

    @Test
    void theFingerprintChangesWithContentButNotWithoutIt() {
        FeedItem item = new FeedItem("a", "Title", "Body", null, "https://a.test/a", "By", Instant.parse("2025-03-01T00:00:00Z"), null);
        String fingerprint = mapper.candidate(WIRE, item).fingerprint();

        assertEquals(fingerprint, mapper.candidate(WIRE, item).fingerprint());
        assertNotEquals(fingerprint, mapper.candidate(WIRE, new FeedItem("a", "Title!", "Body", null, "https://a.test/a", "By",
                item.published(), null)).fingerprint());
        assertNotEquals(fingerprint, mapper.candidate(WIRE, new FeedItem("a", "Title", "Body.", null, "https://a.test/a", "By",
                item.published(), null)).fingerprint());
        assertNotEquals(fingerprint, mapper.candidate(WIRE, new FeedItem("a", "Title", "Body", null, "https://a.test/b", "By",
                item.published(), null)).fingerprint());
        assertNotEquals(fingerprint, mapper.candidate(WIRE, new FeedItem("a", "Title", "Body", null, "https://a.test/a", "By",
                item.published(), Instant.parse("2025-03-02T00:00:00Z"))).fingerprint(), "an updated date is an update");
    }

    @Test
    void anItemWithoutTitleOrBodyIsInvalidWithEveryProblem() {
        FeedItem item = new FeedItem("a", null, null, null, "javascript:alert(1)", null, null, null);

        ParseResult result = mapper.validate(mapper.candidate(WIRE, item));

        ParseResult.Invalid invalid = assertInstanceOf(ParseResult.Invalid.class, result);
        assertEquals(List.of("headline: required", "body: required", "url: must be an absolute http or https URL"),
                invalid.problems());
    }

    @Test
    void theCandidateJsonIsTheSubmissionAsBuilt() {
        FeedItem item = new FeedItem("a", "Title", "Body", Boolean.FALSE, null, null, null, null);

        String json = new String(mapper.candidate(WIRE, item).json(), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals("{\"source\":\"riverton-wire\",\"externalId\":\"a\",\"headline\":\"Title\",\"body\":\"Body\","
                + "\"bodyFormat\":\"text\"}", json);
    }

    private static ParsedSubmission valid(ParseResult result) {
        if (result instanceof ParseResult.Invalid invalid) {
            throw new AssertionError("expected a valid submission, got " + invalid.problems());
        }
        return ((ParseResult.Valid) result).submission();
    }
}
