package io.newsdesk.ingest.submission;

import io.newsdesk.platform.articles.ArticleIds;
import io.newsdesk.platform.articles.SubmissionRules;

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
        assertEquals(OptionalLong.empty(), s.expectedVersion());
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
        assertEquals(OptionalLong.of(7), s.expectedVersion(), "the version the update is based on");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<String> problems = problems("""
                {"headline": 42, "body": "", "bodyFormat": "markdown", "pubStatus": "live", "version": -1,
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
                "version: must be a whole number of 0 or more: the version this update is based on (0 for a new article), as ingest answered it"), problems);
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

    private static final String NOT_A_VALUE = "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    @Test
    void oneByteOrderMarkBeforeTheObjectIsSkipped() {
        assertEquals("Ferry fares to rise in spring", valid("\uFEFF" + MINIMAL, null).headline());
    }

    @Test
    void aByteOrderMarkAloneOrBeforeWhitespaceIsAnEmptyRequest() {
        // Blank as String.isBlank sees it, so U+3000 (an ideographic space, not JSON whitespace) too.
        for (String blank : List.of("", "\uFEFF", "\uFEFF \n", "\u3000", "\u2028 \u001c")) {
            assertEquals(List.of("request: empty, expected a JSON object"), problems(blank), blank);
        }
    }

    @Test
    void aSecondByteOrderMarkIsNotSkipped() {
        assertEquals(List.of("request: not valid JSON (line 1, column 1: Unexpected character ('\uFEFF' (code 65279 / 0xfeff)): "
                + NOT_A_VALUE + ")"), problems("\uFEFF\uFEFF{}"));
        assertEquals(List.of("request: not valid JSON (line 1, column 1: Unexpected character ('\u3000' (code 12288 / 0x3000)): "
                + NOT_A_VALUE + ")"), problems("\u3000{}"));
    }

    @Test
    void brokenJsonIsPlacedInCharactersCountedAfterTheByteOrderMark() {
        // Columns count characters, not bytes: the two 'é' before the error are two bytes each.
        assertEquals(List.of("request: not valid JSON (line 1, column 11: Unexpected character ('}' (code 125)): "
                + NOT_A_VALUE + ")"), problems("\uFEFF{\"caf\u00e9\u00e9\": }"));
        assertEquals(List.of("request: not valid JSON (line 2, column 9: Unrecognized token 'tru': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false'))"),
                problems("{\"source\": \"caf\u00e9\",\n \"h\u00e9\u00e9\": tru}"));
    }

    @Test
    void trailingTokensAreRefusedWithTheirPosition() {
        assertEquals(List.of("request: not valid JSON (line 2, column 60: Trailing token (of type START_OBJECT) found after "
                + "value (bound as `com.fasterxml.jackson.databind.JsonNode`): not allowed as per "
                + "`DeserializationFeature.FAIL_ON_TRAILING_TOKENS`)"), problems(MINIMAL + " {\"another\": 1}"));
        assertEquals(List.of("request: not valid JSON (line 1, column 4: Unrecognized token 'x': was expecting "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false'))"), problems("{} x"));
    }

    @Test
    void aSubmissionInUtf16IsReadAsUtf8AndRefused() {
        // As UTF-8, UTF-16 is ASCII with NUL characters between; a byte parser guessing the encoding
        // from the zero bytes would accept it.
        assertEquals(List.of("request: not valid JSON (line 1, column 3: Illegal character ((CTRL-CHAR, code 0)): "
                + "only regular white space (\\r, \\n, \\t) is allowed between tokens)"),
                problems(MINIMAL.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("request: not valid JSON (line 1, column 2: Illegal character ((CTRL-CHAR, code 0)): "
                + "only regular white space (\\r, \\n, \\t) is allowed between tokens)"),
                problems(MINIMAL.getBytes(StandardCharsets.UTF_16BE)));
    }

    private static byte[] withBytesAt(String json, String marker, int... inserted) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int at = json.substring(0, json.indexOf(marker)).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[text.length + inserted.length];
        System.arraycopy(text, 0, out, 0, at);
        for (int i = 0; i < inserted.length; i++) {
            out[at + i] = (byte) inserted[i];
        }
        System.arraycopy(text, at, out, at + inserted.length, text.length - at);
        return out;
    }

    @Test
    void malformedUtf8IsReportedAtItsFirstByteWhereverItIs() {
        String json = "\uFEFF" + MINIMAL.replace("Ferry", "Caf\u00e9 ferry");
        record Case(String what, byte[] bytes, int at) {
        }
        int bodyAt = json.substring(0, json.indexOf("The council")).getBytes(StandardCharsets.UTF_8).length;
        int nameAt = json.substring(0, json.indexOf("headline")).getBytes(StandardCharsets.UTF_8).length;
        byte[] cutShortAtTheEnd = withBytesAt(json + "!", "!", 0xF0, 0x9F, 0x98);
        cutShortAtTheEnd = java.util.Arrays.copyOf(cutShortAtTheEnd, cutShortAtTheEnd.length - 1);
        for (Case c : List.of(
                new Case("a stray continuation byte first", withBytesAt(json, "\uFEFF", 0x80), 0),
                new Case("an overlong '/' in the body", withBytesAt(json, "The council", 0xC0, 0xAF), bodyAt),
                new Case("an overlong three-byte form in the body", withBytesAt(json, "The council", 0xE0, 0x80, 0xAF), bodyAt),
                new Case("a surrogate encoded in UTF-8 in the body", withBytesAt(json, "The council", 0xED, 0xA0, 0x80), bodyAt),
                new Case("CESU-8 for an emoji in the body", withBytesAt(json, "The council", 0xED, 0xA0, 0xBD, 0xED, 0xBA, 0xA2), bodyAt),
                new Case("above U+10FFFF in a field name", withBytesAt(json, "headline", 0xF4, 0x90, 0x80, 0x80), nameAt),
                new Case("a lead byte cut short by a quote", withBytesAt(json, "The council", 0xE2, 0x82), bodyAt),
                new Case("a sequence cut short at the very end", cutShortAtTheEnd, cutShortAtTheEnd.length - 3))) {
            assertEquals(List.of("request: not valid UTF-8 (bad byte sequence at byte " + c.at() + ")"), problems(c.bytes()), c.what());
        }
    }

    @Test
    void refusedCharactersInTheBodyAreFoundWhetherWrittenRawOrEscaped() {
        assertEquals(List.of("body: contains control character U+0085 at position 3 (only \\n, \\r and \\t are allowed)"),
                problems(MINIMAL.replace("The council", "The\u0085 council")));
        assertEquals(List.of("body: contains control character U+007F at position 11 (only \\n, \\r and \\t are allowed)"),
                problems(MINIMAL.replace("The council", "The council\u007f")));
        assertEquals(List.of("body: contains control character U+0008 at position 3 (only \\n, \\r and \\t are allowed)"),
                problems(MINIMAL.replace("The council", "The\\b council")));
        assertEquals(List.of("body: contains control character U+000C at position 46 (only \\n, \\r and \\t are allowed)"),
                problems(MINIMAL.replace("on Tuesday.", "on Tuesday.\\f")));
        assertEquals(List.of("body: contains an unpaired surrogate (U+DC00) at position 4"),
                problems(MINIMAL.replace("The council", "The \\udc00council")));
        assertEquals(List.of("correctionNote: contains control character U+0001 at position 5 (only \\n, \\r and \\t are allowed)"),
                problems(MINIMAL.replace("}", ", \"correctionNote\": \"Fixed\\u0001\"}")));
        // An escaped backslash before "u0007" is text, kept as sent.
        assertEquals("The C:\\u0007 council approved the new fares on Tuesday.",
                valid(MINIMAL.replace("The council", "The C:\\\\u0007 council"), null).body());
        // A body with line breaks, quotes and non-ASCII text and nothing else to check is kept as sent.
        assertEquals("The \"council\"\n\n\tapproved caf\u00e9 \uD83D\uDEA2 fares on Tuesday.",
                valid(MINIMAL.replace("The council approved the new", "The \\\"council\\\"\\n\\n\\tapproved caf\u00e9 \uD83D\uDEA2"), null).body());
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
        String longHeadline = "h".repeat(SubmissionRules.MAX_HEADLINE + 1);
        String longByline = "b".repeat(SubmissionRules.MAX_BYLINE + 1);
        assertEquals(List.of("headline: longer than 500 characters", "byline: longer than 300 characters"),
                problems(MINIMAL.replace("Ferry fares to rise in spring", longHeadline)
                        .replace("}", ", \"byline\": \"" + longByline + "\"}")));
        // Exactly at the limit is fine, counted in characters, not UTF-16 units.
        String emojiHeadline = "\uD83D\uDEA2".repeat(SubmissionRules.MAX_HEADLINE);
        assertEquals(emojiHeadline, valid(MINIMAL.replace("Ferry fares to rise in spring", emojiHeadline), null).headline());
    }

    @Test
    void aBaseVersionMustBeAWholeNumberOfZeroOrMore() {
        for (String bad : List.of("-1", "-3", "1.5", "\"2\"", "99999999999999999999", "true")) {
            assertEquals(List.of("version: must be a whole number of 0 or more: the version this update is based on (0 for a new article), as ingest answered it"),
                    problems(MINIMAL.replace("}", ", \"version\": " + bad + "}")), bad);
        }
        assertEquals(OptionalLong.of(0), valid(MINIMAL.replace("}", ", \"version\": 0}"), null).expectedVersion(),
                "0: the article must be new");
        assertEquals(OptionalLong.of(Long.MAX_VALUE),
                valid(MINIMAL.replace("}", ", \"version\": " + Long.MAX_VALUE + "}"), null).expectedVersion());
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
    void rawPageControlCharactersAreFoundWhetherTheBytesNeedTheCheckOrNot() {
        record Page(String text, List<String> problems) {
        }
        for (Page page : List.of(
                new Page("<p>Line one\r\n\tLine two, caf\u00e9 \uD83D\uDEA2</p>", List.of()),
                // Not an escape in a page: a backslash and a letter, kept as they are.
                new Page("<p>C:\\b and \\u0007</p>", List.of()),
                new Page("<p>a\u0085b</p>", List.of("body: contains control character U+0085 at position 4 (only \\n, \\r and \\t are allowed)")),
                new Page("<p>\u007f</p>", List.of("body: contains control character U+007F at position 3 (only \\n, \\r and \\t are allowed)")),
                new Page("<p>\u0001</p>", List.of("body: contains control character U+0001 at position 3 (only \\n, \\r and \\t are allowed)")))) {
            ParseResult result = parser.parseRawPage(new RawPage(page.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    BodyFormat.HTML, "harbour-courier", "https://courier.example/a", "page-1"), null);
            if (page.problems().isEmpty()) {
                assertEquals(page.text(), assertInstanceOf(ParseResult.Valid.class, result).submission().body());
            } else {
                assertEquals(page.problems(), assertInstanceOf(ParseResult.Invalid.class, result).problems());
            }
        }
    }

    @Test
    void aRawPageWhoseUrlIsTooLongToBeItsIdNeedsAnExternalId() {
        String url = "https://courier.example/" + "a".repeat(SubmissionRules.MAX_EXTERNAL_ID);
        byte[] page = "A page about a hearing.".getBytes(StandardCharsets.UTF_8);
        ParseResult withoutId = parser.parseRawPage(new RawPage(page, StandardCharsets.UTF_8, BodyFormat.TEXT, "harbour-courier", url, null), null);
        assertEquals(List.of("externalId: required when the url is longer than 512 characters, as the url then cannot stand in"
                + " for it (query parameter ?externalId=)"), assertInstanceOf(ParseResult.Invalid.class, withoutId).problems());
        ParseResult withId = parser.parseRawPage(new RawPage(page, StandardCharsets.UTF_8, BodyFormat.TEXT, "harbour-courier", url, "p-1"), null);
        assertEquals(url, assertInstanceOf(ParseResult.Valid.class, withId).submission().url());
    }

    @Test
    void rawPageWithoutUrlOrWithOnlyWhitespaceIsRefused() {
        ParseResult result = parser.parseRawPage(new RawPage(" \n ".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                BodyFormat.TEXT, null, null, null), "harbour-courier");
        assertEquals(List.of("url: required (query parameter ?url=)", "body: empty page"),
                assertInstanceOf(ParseResult.Invalid.class, result).problems());
    }
}
