package io.newsdesk.platform.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
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
    void rawPagesMayComeWithoutAHeadline() {
        assertEquals(List.of(), SubmissionRules.problems(valid().setHeadline(null).setChannel(SubmissionChannel.RAW_PAGE).build(), NOW));
    }
}
