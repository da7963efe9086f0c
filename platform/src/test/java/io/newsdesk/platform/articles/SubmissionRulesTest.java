package io.newsdesk.platform.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    static Submission.Builder valid() {
        return Submission.newBuilder()
                .setArticleId(ArticleIds.of("wire", "w-77")).setVersion(1).setSubmissionId("s-1")
                .setSource("wire").setExternalId("w-77").setChannel(SubmissionChannel.KAFKA)
                .setHeadline("County jail expands visiting hours").setBody("The county jail will open on Sundays.")
                .setBodyFormat(BodyFormat.TEXT).setPubStatus(PubStatus.USABLE)
                .setUrl("https://wire.example/77").setLanguage("en-US")
                .setReceivedAt(NOW);
    }

    @Test
    void aWellFormedRecordHasNoProblems() {
        assertEquals(List.of(), SubmissionRules.problems(valid().build(), NOW));
    }

    @Test
    void derivedArticleIdsAreRecognised() {
        assertTrue(SubmissionRules.hasDerivedArticleId(valid().build()));
        assertFalse(SubmissionRules.hasDerivedArticleId(valid().setArticleId("made-up").build()));
    }

    @Test
    void aBlankArticleIdIsRefused() {
        assertEquals(List.of("articleId: required"), SubmissionRules.problems(valid().setArticleId(" ").build(), NOW));
    }

    @Test
    void everyBrokenFieldIsNamed() {
        Submission broken = valid()
                .setVersion(0).setExpectedVersion(-1L).setHeadline(" ").setBody("text\u0000with a NUL").setByline("x".repeat(301))
                .setLanguage("english please").setUrl("javascript:alert(1)")
                .setEmbargoedUntil(Instant.parse("2999-01-01T00:00:00Z")).setFirstCreated(Instant.parse("1800-01-01T00:00:00Z"))
                .build();
        List<String> problems = SubmissionRules.problems(broken, NOW);
        assertEquals(List.of("version", "expectedVersion", "headline", "body", "byline", "language", "url", "firstCreated", "embargoedUntil"),
                problems.stream().map(p -> p.substring(0, p.indexOf(':'))).toList(), problems.toString());
    }

    @Test
    void anExpectedVersionOfZeroOrMoreIsAcceptable() {
        assertEquals(List.of(), SubmissionRules.problems(valid().setExpectedVersion(0L).build(), NOW));
        assertEquals(List.of(), SubmissionRules.problems(valid().setExpectedVersion(57L).build(), NOW));
    }

    @Test
    void aBadSourceIsReported() {
        List<String> problems = SubmissionRules.problems(valid().setSource("no spaces allowed").build(), NOW);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("source:"));
    }

    @Test
    void lengthsAreCountedInCharactersAsAReaderCountsThemSoEmojiCountOnce() {
        String emoji = "\uD83D\uDEA2";
        assertEquals(List.of(), SubmissionRules.problems(valid().setHeadline(emoji.repeat(SubmissionRules.MAX_HEADLINE)).build(), NOW),
                "500 emoji are 1,000 UTF-16 units but 500 characters: ingest accepts such a headline, so enrich must");
        assertEquals(List.of("headline: longer than 500 characters"),
                SubmissionRules.problems(valid().setHeadline(emoji.repeat(SubmissionRules.MAX_HEADLINE) + "x").build(), NOW));
        assertEquals(List.of(), SubmissionRules.problems(valid().setByline("\u00e9".repeat(300)).setSection(emoji.repeat(100))
                .setCorrectionNote(emoji.repeat(4000)).setExternalId(emoji.repeat(512)).build(), NOW));
    }

    @Test
    void singleLineFieldsRefuseLineBreaksAndEveryFieldRefusesUnpairedSurrogates() {
        assertEquals(List.of("headline: contains control character U+000A at position 6 (must be a single line)"),
                SubmissionRules.problems(valid().setHeadline("County\njail").build(), NOW));
        assertEquals(List.of("body: contains an unpaired surrogate (U+D83D) at position 4"),
                SubmissionRules.problems(valid().setBody("text\uD83D").build(), NOW));
        assertEquals(List.of(), SubmissionRules.problems(valid().setBody("line\r\n\tnext").setCorrectionNote("a\nb").build(), NOW));
    }

    @Test
    void theProblemsReadAsIngestSaysThem() {
        assertEquals(List.of("source: must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"),
                SubmissionRules.problems(valid().setSource("no spaces allowed").build(), NOW));
        assertEquals(List.of("url: must not contain credentials (user:password@)"),
                SubmissionRules.problems(valid().setUrl("https://u:p@wire.example/77").build(), NOW));
        assertEquals(List.of("url: must be an absolute http or https URL (Illegal character in path at index 3)"),
                SubmissionRules.problems(valid().setUrl("not a url").build(), NOW));
        assertEquals(List.of("language: not a BCP 47 language tag such as \"en\" or \"en-GB\""),
                SubmissionRules.problems(valid().setLanguage("english").build(), NOW));
        assertEquals(List.of("body: must not be empty"), SubmissionRules.problems(valid().setBody(" \n ").build(), NOW));
        assertEquals(List.of("firstCreated: 0025-03-01T09:00:00Z is before 1900-01-01T00:00:00Z (a typo?)",
                "embargoedUntil: 2036-11-28T12:00:01Z is more than 10 years ahead (a typo?)"),
                SubmissionRules.problems(valid().setFirstCreated(Instant.parse("0025-03-01T09:00:00Z"))
                        .setEmbargoedUntil(Instant.parse("2036-11-28T12:00:01Z")).build(), NOW));
    }

    @Test
    void webUrlsAreAbsoluteHttpLinksWithAHostAndNoCredentials() {
        assertTrue(SubmissionRules.isWebUrl("https://wire.example/77?x=1"));
        assertTrue(SubmissionRules.isWebUrl("HTTP://wire.example"));
        for (String url : new String[] {null, "", " ", "javascript:alert(1)", "/relative", "https://", "ftp://x.example/a",
            "https://u:p@x.example/", "https://x.example/" + "a".repeat(SubmissionRules.MAX_URL), "https://x.example/\u0007"}) {
            assertFalse(SubmissionRules.isWebUrl(url), url);
        }
    }

    @Test
    void theTextCheckPairsSurrogatesAcrossItsChunksAndCountsPositionsInTheWholeText() {
        for (int at = 500; at < 1040; at++) {
            List<String> fine = new ArrayList<>();
            SubmissionRules.checkText("body", "a".repeat(at) + "\uD83D\uDEA2" + "b".repeat(30), true, fine);
            assertEquals(List.of(), fine, "a pair at " + at);

            List<String> lone = new ArrayList<>();
            SubmissionRules.checkText("body", "a".repeat(at) + "\uDEA2" + "\uD83D", true, lone);
            assertEquals(List.of("body: contains an unpaired surrogate (U+DEA2) at position " + at), lone);

            List<String> control = new ArrayList<>();
            SubmissionRules.checkText("headline", "\uD83D\uDEA2" + "a".repeat(at) + "\u0007", false, control);
            assertEquals(List.of("headline: contains control character U+0007 at position " + (at + 2) + " (must be a single line)"),
                    control);
        }
        List<String> highAtEnd = new ArrayList<>();
        SubmissionRules.checkText("body", "a".repeat(511) + "\uD83D", true, highAtEnd);
        assertEquals(List.of("body: contains an unpaired surrogate (U+D83D) at position 511"), highAtEnd);
    }

    @Test
    void rawPagesMayComeWithoutAHeadline() {
        assertEquals(List.of(), SubmissionRules.problems(valid().setHeadline(null).setChannel(SubmissionChannel.RAW_PAGE).build(), NOW));
    }
}
