package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code submit} against a stand-in for ingest that records what it was sent. */
class SubmitCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private IngestStandIn ingest;
    private List<IngestStandIn.Received> received;

    @TempDir
    Path dir;

    @BeforeEach
    void startIngestStandIn() throws IOException {
        ingest = IngestStandIn.start("body: required");
        received = ingest.received();
    }

    @AfterEach
    void stopIngestStandIn() {
        ingest.close();
    }

    @Test
    void postsJsonAndRawPagesWithTheTokenAndPrintsEachAnswer() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"externalId\":\"1\"}");
        Files.writeString(dir.resolve("page.html"), "<html><head><link rel=\"canonical\" href=\"https://roundup.example/p?id=1&x=2\"></head></html>");
        Files.writeString(dir.resolve("data-token"), "t0ken-from-the-data-dir\n");
        Files.createDirectories(dir.resolve("data"));
        Files.move(dir.resolve("data-token"), dir.resolve("data").resolve("ingest-token"));

        int status = run(Map.of("NEWSDESK_INGEST_URL", "http://127.0.0.1:" + ingest.port()),
                "submit", "a.json", "page.html");

        assertEquals(0, status, stderr());
        assertEquals(2, received.size());
        assertEquals(new IngestStandIn.Received(null, "application/json", "Bearer t0ken-from-the-data-dir", "{\"externalId\":\"1\"}"), received.get(0));
        assertEquals("url=https%3A%2F%2Froundup.example%2Fp%3Fid%3D1%26x%3D2", received.get(1).query());
        assertEquals("text/html; charset=utf-8", received.get(1).contentType());
        assertEquals(dir.resolve("a.json") + ": 202 {\"articleId\":\"a1\",\"version\":1}\n"
                + dir.resolve("page.html") + ": 202 {\"articleId\":\"a1\",\"version\":1}\n", stdout());
    }

    @Test
    void aRefusedFileIsPrintedWithItsProblemsTheRestStillGoAndTheExitStatusIsOne() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "{\"REFUSE\":true}");
        Files.writeString(dir.resolve("good.json"), "{\"externalId\":\"2\"}");
        Files.writeString(dir.resolve("notes.md"), "# notes");

        int status = run(Map.of("NEWSDESK_INGEST_URL", "http://127.0.0.1:" + ingest.port(),
                "NEWSDESK_INGEST_TOKEN", "env-token-0123456789"), "submit", "bad.json", "notes.md", "good.json");

        assertEquals(NewsdeskCli.FAILED, status);
        assertEquals(2, received.size(), "the unknown file is not sent, the good one is");
        assertEquals("Bearer env-token-0123456789", received.get(1).authorization());
        assertTrue(stdout().contains("bad.json: 400 {\"error\":\"invalid submission\""), stdout());
        assertTrue(stdout().contains("notes.md: unknown kind of file"), stdout());
        assertTrue(stderr().contains("newsdesk submit: 2 of 3 file(s) not accepted"), stderr());
    }

    @Test
    void anIngestThatDoesNotAnswerIsAClearFailure() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{}");
        int port = ingest.port();
        ingest.close();

        int status = run(Map.of("NEWSDESK_INGEST_URL", "http://127.0.0.1:" + port), "submit", "a.json");

        assertEquals(NewsdeskCli.FAILED, status);
        assertTrue(stderr().contains("ingest does not answer at http://127.0.0.1:" + port + " (is ./newsdesk up running?"), stderr());
    }

    @Test
    void urlGoesWithExactlyOneRawPage() {
        int status = run(Map.of(), "submit", "--url", "https://x.example/1", "a.json");

        assertEquals(NewsdeskCli.USAGE, status);
        assertTrue(stderr().startsWith("newsdesk submit: --url names the address of one raw page"), stderr());
    }

    private int run(Map<String, String> environment, String... args) {
        CliContext context = new CliContext(environment, dir, dir,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return NewsdeskCli.standard().run(List.of(args), context);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
