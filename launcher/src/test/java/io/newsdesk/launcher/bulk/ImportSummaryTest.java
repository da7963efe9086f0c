package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSummaryTest {
    @TempDir
    Path temp;

    private final List<Outcome> rejections = List.of(
            rejected("a.jsonl:2", "headline: required"),
            rejected("a.jsonl:5", "headline: required", "body: required"),
            rejected("b.json[3]", "headline: required"),
            rejected("c.html", "url: a raw page needs the URL it was scraped from"));

    @Test
    void rejectionsAreGroupedByReasonMostFrequentFirst() {
        ImportSummary summary = new ImportSummary(new Tally(100, 0, 96, 4, 0), Duration.ofMillis(12_345), rejections, null);

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("headline: required", 3L);
        expected.put("body: required", 1L);
        expected.put("url: a raw page needs the URL it was scraped from", 1L);
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(summary.reasonCounts().entrySet()));
    }

    @Test
    void theRenderedSummaryCountsEveryOutcomeAndNamesTheRejectedFile() {
        ImportSummary summary = new ImportSummary(new Tally(100, 20, 76, 4, 0), Duration.ofMillis(12_345), rejections, null);

        assertEquals(String.join(System.lineSeparator(),
                "import finished in 12.3 s: 100 item(s)",
                "  accepted   76",
                "  rejected    4  (the data's fault; see below)",
                "          3 × headline: required",
                "          1 × body: required",
                "          1 × url: a raw page needs the URL it was scraped from",
                "  failed      0",
                "  skipped    20  (imported by an earlier run; --restart sends them again)",
                "  rejected items and their reasons: /data/import/x.rejected.jsonl",
                ""), summary.render(Path.of("/data/import/x.rejected.jsonl")));
        assertTrue(summary.succeeded(), "rejections alone are the data's fault, not a failed import");
    }

    @Test
    void failuresAndAnEarlyStopMakeTheImportUnsuccessfulAndSaySo() {
        ImportSummary failed = new ImportSummary(new Tally(10, 0, 9, 0, 1), Duration.ofSeconds(1), List.of(), null);
        ImportSummary stopped = new ImportSummary(new Tally(10, 0, 4, 0, 0), Duration.ofSeconds(1), List.of(), "interrupted (Ctrl-C)");

        assertFalse(failed.succeeded());
        assertTrue(failed.render(null).contains("  failed     1  (ingest unreachable or 5xx after retries; run again to resume)"),
                failed.render(null));
        assertFalse(stopped.succeeded());
        assertTrue(stopped.render(null).startsWith("import stopped in 1.0 s: 10 item(s)"), stopped.render(null));
        assertTrue(stopped.render(null).contains("  not tried  6  (run again to resume)"), stopped.render(null));
        assertTrue(stopped.render(null).contains("  stopped early: interrupted (Ctrl-C)"), stopped.render(null));
    }

    @Test
    void theRejectedFileListsOnlyRejectedItemsSortedByKey() throws IOException {
        Path file = temp.resolve("import/x.rejected.jsonl");
        List<Outcome> outcomes = List.of(
                rejected("b.json[3]", "headline: required"),
                new Outcome("a.jsonl:1", Outcome.Status.ACCEPTED, "h", List.of("id v1")),
                rejected("a.jsonl:2", "headline: required", "body: required"));

        ImportSummary.writeRejected(file, outcomes);

        assertEquals(List.of(
                "{\"key\":\"a.jsonl:2\",\"reasons\":[\"headline: required\",\"body: required\"]}",
                "{\"key\":\"b.json[3]\",\"reasons\":[\"headline: required\"]}"), Files.readAllLines(file));
    }

    private static Outcome rejected(String key, String... reasons) {
        return new Outcome(key, Outcome.Status.REJECTED, "hash-" + key, List.of(reasons));
    }
}
