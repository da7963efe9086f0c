package io.newsdesk.launcher.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.launcher.CommandFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionFileTest {
    @TempDir
    Path dir;

    @Test
    void theFileNameSaysHowItIsSent() {
        assertEquals(Optional.of(SubmissionFile.Kind.JSON), SubmissionFile.kindOf(Path.of("a.JSON")));
        assertEquals(Optional.of(SubmissionFile.Kind.HTML), SubmissionFile.kindOf(Path.of("page.htm")));
        assertEquals(Optional.of(SubmissionFile.Kind.HTML), SubmissionFile.kindOf(Path.of("page.html")));
        assertEquals(Optional.of(SubmissionFile.Kind.TEXT), SubmissionFile.kindOf(Path.of("page.txt")));
        assertEquals(Optional.empty(), SubmissionFile.kindOf(Path.of("README.md")));
        assertEquals("text/html; charset=utf-8", SubmissionFile.Kind.HTML.contentType());
    }

    @Test
    void aRawPageTakesItsUrlFromItsCanonicalLink() throws Exception {
        Path page = write("page.html", "<html><head><link rel=\"canonical\" href=\" https://roundup.example/p/1 \">"
                + "<meta property=\"og:url\" content=\"https://roundup.example/og\"></head><body>x</body></html>");

        assertEquals(Optional.of("https://roundup.example/p/1"), SubmissionFile.read(page, Optional.empty()).url());
    }

    @Test
    void openGraphUrlIsTheFallbackAndAnExplicitUrlWins() throws Exception {
        Path page = write("page.html", "<html><head><meta property=\"og:url\" content=\"https://roundup.example/og\"></head></html>");

        assertEquals(Optional.of("https://roundup.example/og"), SubmissionFile.read(page, Optional.empty()).url());
        assertEquals(Optional.of("https://elsewhere.example/x"),
                SubmissionFile.read(page, Optional.of("https://elsewhere.example/x")).url());
    }

    @Test
    void aRawPageWithoutAnyUrlIsRefusedWithWhatToDo() throws Exception {
        Path page = write("page.txt", "top of page\nHeadline\nBody.");

        CommandFailedException e = assertThrows(CommandFailedException.class, () -> SubmissionFile.read(page, Optional.empty()));

        assertEquals(page + ": a raw page needs the http(s) URL it was scraped from, and a text file names none;"
                + " pass it with --url https://...", e.getMessage());
    }

    @Test
    void jsonIsSentAsItIsWithoutAUrl() throws Exception {
        Path json = write("a.json", "{\"externalId\":\"1\"}");

        SubmissionFile file = SubmissionFile.read(json, Optional.of("https://ignored.example"));

        assertEquals(SubmissionFile.Kind.JSON, file.kind());
        assertEquals("{\"externalId\":\"1\"}", file.text());
        assertEquals(Optional.empty(), file.url());
    }

    @Test
    void missingAndUnknownFilesAreNamedInTheError() {
        assertEquals(dir.resolve("nope.json") + ": no such file", assertThrows(CommandFailedException.class,
                () -> SubmissionFile.read(dir.resolve("nope.json"), Optional.empty())).getMessage());
        assertTrue(assertThrows(CommandFailedException.class, () -> SubmissionFile.read(dir.resolve("notes.md"), Optional.empty()))
                .getMessage().endsWith("notes.md: unknown kind of file; use .json for a submission, .html/.htm or .txt for a raw page"));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
