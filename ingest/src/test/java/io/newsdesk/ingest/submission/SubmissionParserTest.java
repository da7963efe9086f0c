package io.newsdesk.ingest.submission;

import io.newsdesk.platform.articles.ArticleIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.SubmissionChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SubmissionParserTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final SubmissionParser parser = new SubmissionParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private static final String MINIMAL = """
            {"source": "harbour-courier", "externalId": "hc-1001", "headline": "Ferry fares to rise in spring",
             "body": "The council approved the new fares on Tuesday."}""";

    private ParsedSubmission valid(String json, String impliedSource) {
        ParseResult result = parser.parseJson(json.getBytes(StandardCharsets.UTF_8), impliedSource);
        return assertInstanceOf(ParseResult.Valid.class, result, () -> "expected valid, got " + result).submission();
    }

    private List<String> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> problems(byte[] json) {
        ParseResult result = parser.parseJson(json, null);
        return assertInstanceOf(ParseResult.Invalid.class, result, () -> "expected invalid, got " + result).problems();
    }

    @Test
    void minimalSubmissionGetsDefaults() {
        ParsedSubmission s = valid(MINIMAL, null);
        assertEquals("harbour-courier", s.source());
        assertEquals("hc-1001", s.externalId());
        assertEquals("Ferry fares to rise in spring", s.headline());
        assertEquals("The council approved the new fares on Tuesday.", s.body());
        assertEquals(BodyFormat.TEXT, s.bodyFormat());
        assertEquals(PubStatus.USABLE, s.pubStatus());
        assertEquals(SubmissionChannel.API, s.channel());
        assertEquals(OptionalLong.empty(), s.requestedVersion());
        assertNull(s.byline());
        assertEquals(ArticleIds.of("harbour-courier", "hc-1001"), s.articleId());
    }

    @Test
    void fullSubmissionKeepsEveryField() {
        ParsedSubmission s = valid("""
                {"source": "harbour-courier", "externalId": "hc-1002", "headline": "  Court adjourns fraud trial\\n",
                 "body": "<p>The trial was adjourned.</p>\\n<p>It resumes in May.</p>", "bodyFormat": "html",
                 "byline": "By A. Reporter", "url": "https://courier.example/news/hc-1002", "language": "en-GB",
                 "section": "courts", "firstCreated": "2025-05-31T08:15:00+02:00",
                 "embargoedUntil": "2025-06-02T06:00:00Z", "pubStatus": "withheld",
                 "correctionNote": "An earlier version misspelt the judge's name.", "version": 7}""", null);
        assertEquals("Court adjourns fraud trial", s.headline(), "surrounding whitespace stripped");
        assertEquals(BodyFormat.HTML, s.bodyFormat());
        assertEquals("By A. Reporter", s.byline());
        assertEquals("https://courier.example/news/hc-1002", s.url());
        assertEquals("en-GB", s.language());
        assertEquals("courts", s.section());
        assertEquals(Instant.parse("2025-05-31T06:15:00Z"), s.firstCreated());
        assertEquals(Instant.parse("2025-06-02T06:00:00Z"), s.embargoedUntil());
        assertEquals(PubStatus.WITHHELD, s.pubStatus());
        assertEquals("An earlier version misspelt the judge's name.", s.correctionNote());
        assertEquals(OptionalLong.of(7), s.requestedVersion());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<String> problems = problems("""
                {"headline": 42, "body": "", "bodyFormat": "markdown", "pubStatus": "live", "version": 0,
                 "url": "ftp://files.example/x", "language": "english please", "firstCreated": "yesterday"}""");
        assertEquals(List.of(
                "source: required",
                "externalId: required",
                "headline: must be a string",
                "body: must not be empty",
                "bodyFormat: must be one of \"text\", \"html\"",
                "url: must be an absolute http or https URL",
                "language: not a BCP 47 language tag such as \"en\" or \"en-GB\"",
                "firstCreated: not an ISO-8601 instant with offset, such as \"2025-03-01T09:30:00Z\"",
                "pubStatus: must be one of \"usable\", \"withheld\", \"canceled\"",
                "version: must be a positive whole number"), problems);
    }

    @Test
    void brokenJsonIsOneProblemWithItsPosition() {
        List<String> problems = problems("{\"source\": \"a\",\n \"body\": }");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("request: not valid JSON (line 2, column"), problems.get(0));
    }

    @Test
    void jsonThatIsNotAnObjectIsRefused() {
        assertEquals(List.of("request: must be a JSON object"), problems("[1, 2]"));
        assertEquals(List.of("request: must be a JSON object"), problems("\"just a string\""));
    }

    @Test
    void emptyRequestIsRefused() {
        assertEquals(List.of("request: empty, expected a JSON object"), problems("  \n"));
    }

    @Test
    void trailingContentAfterTheObjectIsRefused() {
        List<String> problems = problems(MINIMAL + " {\"another\": 1}");
        assertTrue(problems.get(0).startsWith("request: not valid JSON"), problems.toString());
    }

    @Test
    void duplicateFieldsAreRefused() {
        List<String> problems = problems("{\"source\": \"a\", \"source\": \"b\"}");
        assertTrue(problems.get(0).contains("Duplicate field 'source'"), problems.toString());
    }

    @Test
    void invalidUtf8IsRefusedWithItsPosition() {
        byte[] prefix = "{\"source\": \"harbour-courier\", \"headline\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xC3; // a two-byte lead followed by a non-continuation byte
        bytes[prefix.length + 1] = (byte) 0x28;
        bytes[prefix.length + 2] = '"';
        assertEquals(List.of("request: not valid UTF-8 (bad byte sequence at byte " + prefix.length + ")"), problems(bytes));
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAndTabsInTheBodyAreKept() {
        ParsedSubmission ok = valid(MINIMAL.replace("on Tuesday.", "on Tuesday.\\r\\n\\tMore follows."), null);
        assertTrue(ok.body().endsWith("Tuesday.\r\n\tMore follows."));

        assertEquals(List.of("body: contains control character U+0007 at position 3 (only \\n, \\r and \\t are allowed)"),
                problems(MINIMAL.replace("The council", "The\\u0007 council")));
        assertEquals(List.of("headline: contains control character U+000A at position 5 (must be a single line)"),
                problems(MINIMAL.replace("Ferry fares", "Ferry\\nfares")));
        assertEquals(List.of("byline: contains control character U+0000 at position 2 (must be a single line)"),
                problems(MINIMAL.replace("}", ", \"byline\": \"By\\u0000 X\"}")));
    }

    @Test
    void theTextCheckDrawsItsLinesExactlyAtTheControlAndSurrogateRanges() {
        // Either side of each range the fast path in checkText skips: C0 (< U+0020), DEL and C1
        // (U+007F..U+009F), surrogates (U+D800..U+DFFF).
        String kept = " ~\u00a0\ud7ff\ue000\ud83d\udea2";
        assertEquals("Ferry " + kept + " fares to rise in spring",
                valid(MINIMAL.replace("Ferry fares", "Ferry " + kept + " fares"), null).headline());
        assertEquals(List.of("headline: contains control character U+001F at position 6 (must be a single line)"),
                problems(MINIMAL.replace("Ferry fares", "Ferry \\u001f fares")));
        assertEquals(List.of("headline: contains control character U+007F at position 6 (must be a single line)"),
                problems(MINIMAL.replace("Ferry fares", "Ferry \\u007f fares")));
        assertEquals(List.of("headline: contains control character U+009F at position 6 (must be a single line)"),
                problems(MINIMAL.replace("Ferry fares", "Ferry \\u009f fares")));
        assertEquals(List.of("headline: contains an unpaired surrogate (U+DC00) at position 6"),
                problems(MINIMAL.replace("Ferry fares", "Ferry \\udc00 fares")));
        assertEquals(List.of("headline: contains an unpaired surrogate (U+DBFF) at position 6"),
                problems(MINIMAL.replace("Ferry fares", "Ferry \\udbff")));
        // A high surrogate at the very end of a multi-line body has no partner to pair with.
        assertEquals(List.of("body: contains an unpaired surrogate (U+D800) at position 46"),
                problems(MINIMAL.replace("on Tuesday.", "on Tuesday.\\ud800")));
    }

    @Test
    void unpairedSurrogatesAreRefused() {
        assertEquals(List.of("headline: contains an unpaired surrogate (U+D83D) at position 5"),
                problems(MINIMAL.replace("Ferry fares", "Ferry\\ud83d fares")));
        // A correctly paired one (an emoji) is fine.
        assertEquals("Ferry \uD83D\uDEA2 fares to rise in spring",
                valid(MINIMAL.replace("Ferry fares", "Ferry \\ud83d\\udea2 fares"), null).headline());
    }

    @Test
    void absurdDatesAreRefused() {
        List<String> problems = problems(MINIMAL.replace("}",
                ", \"firstCreated\": \"0025-03-01T09:00:00Z\", \"embargoedUntil\": \"2036-06-01T12:00:01Z\"}"));
        assertEquals(List.of(
                "firstCreated: 0025-03-01T09:00:00Z is before 1900-01-01T00:00:00Z (a typo?)",
                "embargoedUntil: 2036-06-01T12:00:01Z is more than 10 years ahead (a typo?)"), problems);
    }

    @Test
    void datesAtTheEdgesOfTheAllowedRangeAreAccepted() {
        ParsedSubmission s = valid(MINIMAL.replace("}",
                ", \"firstCreated\": \"1900-01-01T00:00:00Z\", \"embargoedUntil\": \"2035-06-01T12:00:00Z\"}"), null);
        assertEquals(Instant.parse("1900-01-01T00:00:00Z"), s.firstCreated());
        assertEquals(Instant.parse("2035-06-01T12:00:00Z"), s.embargoedUntil());
    }

    @Test
    void datesWithoutOffsetOrAsNumbersAreRefused() {
        assertEquals(List.of("firstCreated: not an ISO-8601 instant with offset, such as \"2025-03-01T09:30:00Z\""),
                problems(MINIMAL.replace("}", ", \"firstCreated\": \"2025-03-01T09:30:00\"}")));
        assertEquals(List.of("embargoedUntil: must be an ISO-8601 instant string such as \"2025-03-01T09:30:00Z\""),
                problems(MINIMAL.replace("}", ", \"embargoedUntil\": 1748779200000}")));
    }

    @Test
    void overlongHeadlineAndBylineAreRefused() {
        String longHeadline = "h".repeat(SubmissionParser.MAX_HEADLINE + 1);
        String longByline = "b".repeat(SubmissionParser.MAX_BYLINE + 1);
        assertEquals(List.of("headline: longer than 500 characters", "byline: longer than 300 characters"),
                problems(MINIMAL.replace("Ferry fares to rise in spring", longHeadline)
                        .replace("}", ", \"byline\": \"" + longByline + "\"}")));
        // Exactly at the limit is fine, counted in characters, not UTF-16 units.
        String emojiHeadline = "\uD83D\uDEA2".repeat(SubmissionParser.MAX_HEADLINE);
        assertEquals(emojiHeadline, valid(MINIMAL.replace("Ferry fares to rise in spring", emojiHeadline), null).headline());
    }

    @Test
    void versionMustBeAPositiveWholeNumber() {
        for (String bad : List.of("0", "-3", "1.5", "\"2\"", "99999999999999999999", "true")) {
            assertEquals(List.of("version: must be a positive whole number"),
                    problems(MINIMAL.replace("}", ", \"version\": " + bad + "}")), bad);
        }
        assertEquals(OptionalLong.of(Long.MAX_VALUE),
                valid(MINIMAL.replace("}", ", \"version\": " + Long.MAX_VALUE + "}"), null).requestedVersion());
    }

    @Test
    void unknownFieldsAreRefusedSoTyposDoNotLoseData() {
        assertEquals(List.of("correctonNote: unknown field"),
                problems(MINIMAL.replace("}", ", \"correctonNote\": \"fixed a name\"}")));
    }

    @Test
    void enumValuesAreCaseInsensitive() {
        ParsedSubmission s = valid(MINIMAL.replace("}", ", \"bodyFormat\": \"HTML\", \"pubStatus\": \"Canceled\"}"), null);
        assertEquals(BodyFormat.HTML, s.bodyFormat());
        assertEquals(PubStatus.CANCELED, s.pubStatus());
    }

    @Test
    void optionalFieldsSentEmptyOrNullAreAbsent() {
        ParsedSubmission s = valid(MINIMAL.replace("}", ", \"byline\": \"  \", \"section\": null, \"url\": null}"), null);
        assertNull(s.byline());
        assertNull(s.section());
        assertNull(s.url());
    }

    @Test
    void urlsMustBeAbsoluteHttpWithoutCredentials() {
        assertEquals(List.of("url: must be an absolute http or https URL"),
                problems(MINIMAL.replace("}", ", \"url\": \"/news/relative\"}")));
        assertEquals(List.of("url: must be an absolute http or https URL"),
                problems(MINIMAL.replace("}", ", \"url\": \"javascript:alert(1)\"}")));
        assertEquals(List.of("url: must not contain credentials (user:password@)"),
                problems(MINIMAL.replace("}", ", \"url\": \"https://user:pw@courier.example/a\"}")));
        assertTrue(problems(MINIMAL.replace("}", ", \"url\": \"https://courier.example/a b\"}")).get(0)
                .startsWith("url: must be an absolute http or https URL ("));
    }

    @Test
    void sourceMustBeAPlainName() {
        assertEquals(List.of("source: " + SourceNames.RULE),
                problems(MINIMAL.replace("harbour-courier", "harbour courier:1")));
    }

    @Test
    void missingSourceIsTakenFromTheCaller() {
        ParsedSubmission s = valid(MINIMAL.replace("\"source\": \"harbour-courier\", ", ""), "valley-post");
        assertEquals("valley-post", s.source());
        assertEquals(ArticleIds.of("valley-post", "hc-1001"), s.articleId());
    }

    @Test
    void declaredSourceIsReportedEvenWhenOtherFieldsAreInvalid() {
        ParseResult result = parser.parseJson("{\"source\": \"rival-times\"}".getBytes(StandardCharsets.UTF_8), "valley-post");
        assertInstanceOf(ParseResult.Invalid.class, result);
        assertEquals(Optional.of("rival-times"), result.declaredSource());
    }

    @Test
    void rawPageIsStoredAsGivenWithoutHeadline() {
        String html = "<html><nav>Home | Courts</nav><h1>Jury retires</h1><p>The jury retired at noon.</p></html>";
        ParseResult result = parser.parseRawPage(new RawPage(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                BodyFormat.HTML, "harbour-courier", "https://courier.example/courts/jury", null), null);
        ParsedSubmission s = assertInstanceOf(ParseResult.Valid.class, result).submission();
        assertEquals(SubmissionChannel.RAW_PAGE, s.channel());
        assertEquals(BodyFormat.HTML, s.bodyFormat());
        assertNull(s.headline());
        assertEquals(html, s.body());
        assertEquals("https://courier.example/courts/jury", s.externalId(), "externalId defaults to the url");
        assertEquals("https://courier.example/courts/jury", s.url());
        assertEquals("harbour-courier", s.source());
    }

    @Test
    void rawPageInAnotherCharsetIsDecodedWithIt() {
        byte[] latin1 = "Caf\u00e9 owner fined".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult result = parser.parseRawPage(new RawPage(latin1, StandardCharsets.ISO_8859_1, BodyFormat.TEXT,
                "harbour-courier", "https://courier.example/a", "page-7"), null);
        ParsedSubmission s = assertInstanceOf(ParseResult.Valid.class, result).submission();
        assertEquals("Caf\u00e9 owner fined", s.body());
        assertEquals("page-7", s.externalId());
        assertEquals(BodyFormat.TEXT, s.bodyFormat());
    }

    @Test
    void rawPageProblemsAreAllNamed() {
        byte[] bad = {'<', 'p', '>', (byte) 0xFF, '<'};
        ParseResult result = parser.parseRawPage(new RawPage(bad, StandardCharsets.UTF_8, BodyFormat.HTML,
                null, "not a url", " "), null);
        assertEquals(List.of(
                "source: required (query parameter ?source=)",
                "url: must be an absolute http or https URL (Illegal character in path at index 3)",
                "externalId: must not be empty",
                "body: not valid UTF-8 (bad byte sequence at byte 3)"),
                assertInstanceOf(ParseResult.Invalid.class, result).problems());
    }

    @Test
    void rawPageWithoutUrlOrWithOnlyWhitespaceIsRefused() {
        ParseResult result = parser.parseRawPage(new RawPage(" \n ".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                BodyFormat.TEXT, null, null, null), "harbour-courier");
        assertEquals(List.of("url: required (query parameter ?url=)", "body: empty page"),
                assertInstanceOf(ParseResult.Invalid.class, result).problems());
    }
}
