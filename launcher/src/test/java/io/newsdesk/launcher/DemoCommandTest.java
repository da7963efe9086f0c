package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Figure;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Quote;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.Submission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Instant AT = Instant.parse("2025-03-06T08:05:00Z");

    @Test
    void theDemoPostsEverySubmissionAndPageInTheSamplesFolderInNameOrder() throws Exception {
        List<Path> samples = DemoCommand.sampleFiles(REPOSITORY.resolve("samples"));

        assertEquals(List.of("01-cash-bail-study.json", "02-prison-college-report.json", "03-body-camera-ordinance.json",
                "04-juvenile-detention-page.html"), samples.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aMissingOrEmptySamplesFolderIsAClearFailure(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "nothing to post");

        assertEquals("no .json, .html or .txt files in " + dir,
                assertThrows(CommandFailedException.class, () -> DemoCommand.sampleFiles(dir)).getMessage());
        assertEquals("no samples folder at " + dir.resolve("nope")
                        + " (run the demo through the ./newsdesk script, which tells the launcher where the repository is)",
                assertThrows(CommandFailedException.class, () -> DemoCommand.sampleFiles(dir.resolve("nope"))).getMessage());
    }

    @Test
    void aPublishedArticleIsDescribedWithItsPageAndFindings() {
        Submission submission = Submission.newBuilder().setArticleId("a1").setVersion(2).setSubmissionId("s")
                .setSource("local").setExternalId("x").setBody("Body.").setReceivedAt(AT).build();
        EnrichedArticle article = EnrichedArticle.newBuilder().setSubmission(submission)
                .setContent(ArticleContent.newBuilder().setHeadline("Council Votes to Release Video").setText("Body.").build())
                .setTopics(List.of(Subject.newBuilder().setCode("medtop:02000000").setLabel("crime, law and justice").setScore(90).build()))
                .setKeywords(List.of("council", "video"))
                .setEntities(List.of(
                        Entity.newBuilder().setType(EntityType.PERSON).setName("Priya Natarajan").build(),
                        Entity.newBuilder().setType(EntityType.PLACE).setName("Colorado").build()))
                .setQuotes(List.of(Quote.newBuilder().setText("The public gets to see it").setSpeaker("Priya Natarajan").build()))
                .setFigures(List.of(Figure.newBuilder().setText("30 days").build()))
                .setWordCount(229).setReadingTimeSeconds(60).setLanguage("en").setEnrichedAt(AT).build();
        PublishedArticle published = PublishedArticle.newBuilder().setArticleId("a1").setVersion(2).setSlug("council-votes-a1")
                .setFirstPublishedAt(AT).setPublishedAt(AT).setArticle(article).build();

        assertEquals("""
                Council Votes to Release Video
                  page           http://localhost:8081/articles/council-votes-a1   (slug council-votes-a1, version 2)
                  length         229 words, 1 min read, language en
                  topics         crime, law and justice (medtop:02000000, 90)
                  keywords       council, video
                  people         Priya Natarajan
                  places         Colorado
                  organisations  -
                  quote          "The public gets to see it" (Priya Natarajan)
                  cited outlets  -
                  figures        30 days
                """, DemoCommand.describe(published, "http://localhost:8081"));
    }
}
