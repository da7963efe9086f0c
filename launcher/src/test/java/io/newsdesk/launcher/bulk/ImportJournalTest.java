package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.launcher.http.SubmissionFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJournalTest {
    @TempDir
    Path data;

    private final ImportItem accepted = item("a.jsonl:1", "{\"externalId\":\"a\"}");
    private final ImportItem rejected = item("a.jsonl:2", "{\"externalId\":\"b\"}");
    private final ImportItem failed = item("a.jsonl:3", "{\"externalId\":\"c\"}");
    private final ImportItem neverSent = item("a.jsonl:4", "{\"externalId\":\"d\"}");

    @Test
    void aResumedJournalSkipsAcceptedAndRejectedItemsButNotFailedOrUnsentOnes() throws IOException {
        Path file = ImportJournal.fileFor(data, Path.of("/imports/monday"));
        try (ImportJournal journal = ImportJournal.open(file, false)) {
            journal.record(outcome(accepted, Outcome.Status.ACCEPTED, "id-a v1"));
            journal.record(outcome(rejected, Outcome.Status.REJECTED, "headline: required"));
            journal.record(outcome(failed, Outcome.Status.FAILED, "HTTP 503"));
        }

        try (ImportJournal resumed = ImportJournal.open(file, true)) {
            assertTrue(resumed.finished(accepted));
            assertTrue(resumed.finished(rejected));
            assertFalse(resumed.finished(failed), "a failure was not the data's fault: send it again");
            assertFalse(resumed.finished(neverSent));
            assertEquals(List.of("headline: required"), resumed.outcomes().get("a.jsonl:2").reasons());
        }
    }

    @Test
    void anItemWhoseContentChangedSinceIsSentAgain() throws IOException {
        Path file = data.resolve("import/j.journal");
        try (ImportJournal journal = ImportJournal.open(file, false)) {
            journal.record(outcome(rejected, Outcome.Status.REJECTED, "headline: required"));
        }
        ImportItem fixed = item(rejected.key(), "{\"externalId\":\"b\",\"headline\":\"B\"}");

        try (ImportJournal resumed = ImportJournal.open(file, true)) {
            assertFalse(resumed.finished(fixed));
        }
    }

    @Test
    void aTornLastLineIsIgnoredAndTheNextEntryStartsOnALineOfItsOwn() throws IOException {
        Path file = data.resolve("import/j.journal");
        try (ImportJournal journal = ImportJournal.open(file, false)) {
            journal.record(outcome(accepted, Outcome.Status.ACCEPTED, "id-a v1"));
        }
        // What a crash in the middle of writing the second entry leaves behind.
        Files.writeString(file, "{\"key\":\"a.jsonl:2\",\"status\":\"REJ", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        try (ImportJournal resumed = ImportJournal.open(file, true)) {
            assertTrue(resumed.finished(accepted));
            assertFalse(resumed.finished(rejected), "the torn entry does not count");
            resumed.record(outcome(failed, Outcome.Status.ACCEPTED, "id-c v1"));
        }

        try (ImportJournal again = ImportJournal.open(file, true)) {
            assertTrue(again.finished(failed), "the entry after the torn line is readable");
            assertEquals(2, again.outcomes().size());
        }
        assertEquals(3, Files.readAllLines(file).size());
    }

    @Test
    void aSecondImportOfTheSamePathIsRefusedWhileTheFirstRuns() throws IOException {
        Path file = data.resolve("import/j.journal");
        try (ImportJournal running = ImportJournal.open(file, false)) {
            IOException error = assertThrows(IOException.class, () -> ImportJournal.open(file, true));
            assertTrue(error.getMessage().startsWith("another import of the same path is running"), error.getMessage());
        }
        try (ImportJournal afterwards = ImportJournal.open(file, true)) {
            assertTrue(afterwards.outcomes().isEmpty());
        }
    }

    @Test
    void restartingForgetsTheEarlierRun() throws IOException {
        Path file = data.resolve("import/j.journal");
        try (ImportJournal journal = ImportJournal.open(file, false)) {
            journal.record(outcome(accepted, Outcome.Status.ACCEPTED, "id-a v1"));
        }

        try (ImportJournal restarted = ImportJournal.open(file, false)) {
            assertFalse(restarted.finished(accepted));
            assertTrue(restarted.outcomes().isEmpty());
        }
        assertEquals("", Files.readString(file));
    }

    @Test
    void theJournalIsNamedByTheAbsolutePathOfTheImport() {
        Path one = ImportJournal.fileFor(data, Path.of("/imports/monday"));

        assertEquals(data.resolve("import"), one.getParent());
        assertTrue(one.getFileName().toString().matches("[0-9a-f]{16}\\.journal"), one.toString());
        assertEquals(one, ImportJournal.fileFor(data, Path.of("/imports/./monday")));
        assertNotEquals(one, ImportJournal.fileFor(data, Path.of("/imports/tuesday")));
        assertEquals(one.getFileName().toString().replace(".journal", ".rejected.jsonl"),
                ImportJournal.rejectedFileFor(data, Path.of("/imports/monday")).getFileName().toString());
    }

    private static ImportItem item(String key, String json) {
        return ImportItem.sendable(key, SubmissionFile.Kind.JSON, json.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }

    private static Outcome outcome(ImportItem item, Outcome.Status status, String reason) {
        return new Outcome(item.key(), status, item.contentHash(), List.of(reason));
    }
}
