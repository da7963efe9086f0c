package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.launcher.CommandFailedException;
import io.newsdesk.launcher.http.IngestClient;
import io.newsdesk.launcher.http.SubmissionFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkImporterTest {
    private static final String INVALID = "{\"error\":\"invalid submission\",\"status\":400,\"problems\":[\"headline: required\"]}";

    @TempDir
    Path data;

    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> posts = new ConcurrentHashMap<>();

    @Test
    void acceptedRejectedAndFailedAnswersAreCountedAndJournaled() throws Exception {
        List<ImportItem> items = List.of(item("ok"), item("bad"), item("down"),
                ImportItem.unsendable("broken.jsonl:7", new byte[0], "line 7: not valid JSON"));
        BulkImporter importer = importer(item -> switch (key(item)) {
            case "ok" -> new IngestClient.Answer(202, "{\"articleId\":\"id-ok\",\"version\":1}");
            case "bad" -> new IngestClient.Answer(400, INVALID);
            default -> new IngestClient.Answer(503, "{\"error\":\"not accepted\",\"status\":503,\"problems\":[\"broker down\"]}");
        }, Long.MAX_VALUE);

        ImportSummary summary;
        try (ImportJournal journal = journal(false)) {
            summary = importer.run(items, journal, quietBar());
            assertEquals(List.of("id-ok v1"), journal.outcomes().get("ok").reasons());
            assertEquals(Outcome.Status.FAILED, journal.outcomes().get("down").status());
        }

        assertEquals(new Tally(4, 0, 1, 2, 1), summary.tally());
        assertEquals(List.of("bad", "broken.jsonl:7"), summary.rejections().stream().map(Outcome::key).toList());
        assertEquals(Map.of("headline: required", 1L, "line 7: not valid JSON", 1L), summary.reasonCounts());
        assertEquals(4, posts.get("down"), "one attempt and three retries");
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40)), pauses, "doubling backoff");
        assertNull(posts.get("broken.jsonl:7"), "an item that is not JSON is never sent");
        assertEquals(false, summary.succeeded());
    }

    @Test
    void aNetworkErrorIsRetriedAndAnItemThatThenSucceedsIsAccepted() throws Exception {
        BulkImporter importer = importer(item -> {
            if (posts.get(key(item)) < 3) {
                throw new CommandFailedException("ingest does not answer at http://localhost:1");
            }
            return new IngestClient.Answer(202, "{\"articleId\":\"id\",\"version\":1}");
        }, Long.MAX_VALUE);

        ImportSummary summary;
        try (ImportJournal journal = journal(false)) {
            summary = importer.run(List.of(item("flaky")), journal, quietBar());
        }

        assertEquals(new Tally(1, 0, 1, 0, 0), summary.tally());
        assertEquals(3, posts.get("flaky"));
        assertTrue(summary.succeeded());
    }

    @Test
    void aResumedRunSkipsWhatTheFirstFinishedAndPostsNothingTwice() throws Exception {
        List<ImportItem> items = IntStream.range(0, 50).mapToObj(i -> item("item-" + i)).toList();
        IngestClient.Answer accepted = new IngestClient.Answer(202, "{\"articleId\":\"x\",\"version\":1}");

        ImportSummary first;
        try (ImportJournal journal = journal(false)) {
            first = importer(item -> accepted, 20).run(items, journal, quietBar());
        }
        ImportSummary second;
        try (ImportJournal journal = journal(true)) {
            second = importer(item -> accepted, Long.MAX_VALUE).run(items, journal, quietBar());
        }

        assertEquals(new Tally(50, 0, 20, 0, 0), first.tally());
        assertEquals("stopped after 20 item(s) as asked", first.stoppedEarly());
        assertEquals(new Tally(50, 20, 30, 0, 0), second.tally());
        assertEquals(50, posts.size());
        assertTrue(posts.values().stream().allMatch(count -> count == 1), posts.toString());
    }

    @Test
    void aRefusedTokenStopsTheRunInsteadOfRejectingEveryItem() throws Exception {
        List<ImportItem> items = IntStream.range(0, 100).mapToObj(i -> item("item-" + i)).toList();
        BulkImporter importer = new BulkImporter(item -> {
            posts.merge(key(item), 1, Integer::sum);
            return new IngestClient.Answer(401, "{\"error\":\"unauthorized\",\"status\":401,\"problems\":[\"Authorization: unknown token\"]}");
        }, pauses::add, new BulkImporter.Settings(1, 3, Duration.ofMillis(10), Long.MAX_VALUE), System::nanoTime);

        ImportSummary summary;
        try (ImportJournal journal = journal(false)) {
            summary = importer.run(items, journal, quietBar());
            assertTrue(journal.outcomes().isEmpty(), "nothing about the items was learnt");
        }

        assertEquals(1, posts.size(), "one thread, stopped at the first answer");
        assertTrue(summary.stoppedEarly().startsWith("ingest refused the token (401: Authorization: unknown token)"),
                summary.stoppedEarly());
    }

    private BulkImporter importer(BulkImporter.Poster answers, long stopAfter) {
        return new BulkImporter(item -> {
            posts.merge(key(item), 1, Integer::sum);
            return answers.post(item);
        }, pauses::add, new BulkImporter.Settings(4, 3, Duration.ofMillis(10), stopAfter), System::nanoTime);
    }

    private ImportJournal journal(boolean resume) throws IOException {
        return ImportJournal.open(data.resolve("import/test.journal"), resume);
    }

    private static ProgressBar quietBar() {
        return new ProgressBar(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, System::nanoTime);
    }

    private static ImportItem item(String key) {
        return ImportItem.sendable(key, SubmissionFile.Kind.JSON, ("{\"externalId\":\"" + key + "\"}").getBytes(StandardCharsets.UTF_8),
                Optional.empty());
    }

    private static String key(ImportItem item) {
        return item.key();
    }
}
