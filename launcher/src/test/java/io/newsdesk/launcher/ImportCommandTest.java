package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.launcher.bulk.ImportJournal;
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

/** {@code import} against a stand-in for ingest that refuses bodies containing REFUSE and records the rest. */
class ImportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private IngestStandIn ingest;
    private List<IngestStandIn.Received> received;

    @TempDir
    Path dir;

    @BeforeEach
    void startIngestStandIn() throws IOException {
        ingest = IngestStandIn.start("headline: required");
        received = ingest.received();
    }

    @AfterEach
    void stopIngestStandIn() {
        ingest.close();
    }

    @Test
    void importsAFolderReportsRejectionsAndSkipsEverythingOnTheNextRun() throws Exception {
        Path input = dir.resolve("input");
        Files.createDirectories(input.resolve("pages"));
        Files.writeString(input.resolve("wire.jsonl"), "{\"externalId\":\"1\"}\n{\"externalId\":\"REFUSE\"}\n{broken\n");
        Files.writeString(input.resolve("batch.json"), "[{\"externalId\":\"2\"},{\"externalId\":\"3\"}]");
        Files.writeString(input.resolve("pages/court.html"),
                "<html><head><link rel=\"canonical\" href=\"https://news.example.com/court\"></head><body>x</body></html>");

        int status = cli().run(List.of("import", "input", "--concurrency", "2"), context());

        assertEquals(0, status, "rejections are the data's fault: " + stdout() + stderr());
        assertEquals(5, received.size(), "every item but the broken line");
        assertTrue(received.stream().allMatch(r -> "Bearer secret".equals(r.authorization())), received.toString());
        assertTrue(received.stream().anyMatch(r -> "url=https%3A%2F%2Fnews.example.com%2Fcourt".equals(r.query())
                && r.contentType().startsWith("text/html")), received.toString());
        assertTrue(stdout().contains("  accepted  4"), stdout());
        assertTrue(stdout().contains("  rejected  2"), stdout());
        assertTrue(stdout().contains("1 × headline: required"), stdout());
        assertTrue(stdout().contains("1 × line 3: not valid JSON"), stdout());
        Path rejected = ImportJournal.rejectedFileFor(dir.resolve("data"), input);
        List<String> rejectedLines = Files.readAllLines(rejected);
        assertEquals(2, rejectedLines.size(), rejectedLines.toString());
        assertTrue(rejectedLines.get(0).startsWith("{\"key\":\"wire.jsonl:2\",\"reasons\":[\"headline: required\"]"), rejectedLines.toString());
        assertTrue(stderr().contains("[####################] 6/6 100%"), stderr());

        received.clear();
        out.reset();
        int again = cli().run(List.of("import", "input"), context());

        assertEquals(0, again);
        assertEquals(List.of(), received, "everything was finished by the first run");
        assertTrue(stdout().contains("  skipped   6"), stdout());
        assertEquals(2, Files.readAllLines(rejected).size(), "earlier rejections stay listed");
    }

    @Test
    void resumeAndRestartExcludeEachOther() throws Exception {
        Files.createDirectories(dir.resolve("input"));

        int status = cli().run(List.of("import", "input", "--resume", "--restart"), context());

        assertEquals(NewsdeskCli.USAGE, status);
        assertTrue(stderr().contains("--resume and --restart exclude each other"), stderr());
    }

    @Test
    void aMissingPathFailsWithItsName() throws Exception {
        int status = cli().run(List.of("import", "nowhere"), context());

        assertEquals(NewsdeskCli.FAILED, status);
        assertTrue(stderr().contains("nowhere: no such file or folder"), stderr());
        assertEquals(List.of(), received);
    }

    @Test
    void aDamagedArchiveFailsBeforeAnythingIsSentOrJournaled() throws Exception {
        Path archive = dir.resolve("day.tar.gz");
        Files.write(archive, "not gzip at all".getBytes(StandardCharsets.UTF_8));

        int status = cli().run(List.of("import", "day.tar.gz"), context());

        assertEquals(NewsdeskCli.FAILED, status);
        assertTrue(stderr().contains("day.tar.gz: cannot read: not a gzip file"), stderr());
        assertEquals(List.of(), received);
        assertFalse(Files.exists(ImportJournal.fileFor(dir.resolve("data"), archive.toAbsolutePath())),
                "nothing journaled: the next run starts afresh");
    }

    private NewsdeskCli cli() {
        return new NewsdeskCli(List.of(new ImportCommand()));
    }

    private CliContext context() {
        return new CliContext(Map.of("NEWSDESK_INGEST_URL", "http://127.0.0.1:" + ingest.port(),
                "NEWSDESK_INGEST_TOKEN", "secret", "NEWSDESK_DATA_DIR", dir.resolve("data").toString()), dir, dir,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
