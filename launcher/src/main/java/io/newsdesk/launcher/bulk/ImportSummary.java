package io.newsdesk.launcher.bulk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The end of an import: what was accepted, what was rejected and why (grouped by ingest's problem
 * text, most frequent first), what failed and what was skipped, and how long it took.
 *
 * @param tally       the final counts
 * @param elapsed     time of this run
 * @param rejections  this run's rejected items
 * @param stoppedEarly why the run ended before every item was tried (interrupted, ingest unreachable), if it did
 */
public record ImportSummary(Tally tally, Duration elapsed, List<Outcome> rejections, String stoppedEarly) {
    /** Reasons listed in the summary; the rejected file has every item. */
    static final int REASONS_SHOWN = 10;

    public ImportSummary {
        rejections = List.copyOf(rejections);
    }

    /** Whether every item ended accepted or rejected: rejections are the data's fault, failures are not. */
    public boolean succeeded() {
        return tally.failed() == 0 && stoppedEarly == null;
    }

    /** Each distinct reason and how many rejected items gave it, most frequent first, then alphabetically. */
    public Map<String, Long> reasonCounts() {
        Map<String, Long> counts = rejections.stream()
                .flatMap(o -> o.reasons().isEmpty() ? Stream.of("(no reason given)") : o.reasons().stream())
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    public String render(Path rejectedFile) {
        StringBuilder text = new StringBuilder();
        String width = Integer.toString(Long.toString(tally.total()).length());
        String row = "  %-9s %" + width + "d%s%n";
        text.append(String.format(Locale.ROOT, "import %s in %s: %d item(s)%n",
                stoppedEarly == null ? "finished" : "stopped", elapsedText(), tally.total()));
        text.append(String.format(Locale.ROOT, row, "accepted", tally.accepted(), ""));
        text.append(String.format(Locale.ROOT, row, "rejected", tally.rejected(), tally.rejected() > 0 ? "  (the data's fault; see below)" : ""));
        Map<String, Long> reasons = reasonCounts();
        reasons.entrySet().stream().limit(REASONS_SHOWN).forEach(reason ->
                text.append(String.format(Locale.ROOT, "      %5d × %s%n", reason.getValue(), reason.getKey())));
        if (reasons.size() > REASONS_SHOWN) {
            text.append(String.format(Locale.ROOT, "      ... %d more reason(s)%n", reasons.size() - REASONS_SHOWN));
        }
        text.append(String.format(Locale.ROOT, row, "failed", tally.failed(),
                tally.failed() > 0 ? "  (ingest unreachable or 5xx after retries; run again to resume)" : ""));
        text.append(String.format(Locale.ROOT, row, "skipped", tally.skipped(),
                tally.skipped() > 0 ? "  (imported by an earlier run; --restart sends them again)" : ""));
        long untried = tally.total() - tally.done();
        if (untried > 0) {
            text.append(String.format(Locale.ROOT, row, "not tried", untried, "  (run again to resume)"));
        }
        if (stoppedEarly != null) {
            text.append("  stopped early: ").append(stoppedEarly).append(System.lineSeparator());
        }
        if (tally.rejected() > 0 && rejectedFile != null) {
            text.append("  rejected items and their reasons: ").append(rejectedFile).append(System.lineSeparator());
        }
        return text.toString();
    }

    private String elapsedText() {
        return String.format(Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
    }

    /**
     * Writes one JSON line per rejected item, {@code {"key","reasons"}}, sorted by key; replaced whole
     * (through a temporary file) so a reader never sees half of it.
     */
    public static void writeRejected(Path file, Collection<Outcome> outcomes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (Outcome outcome : outcomes.stream().filter(o -> o.status() == Outcome.Status.REJECTED)
                    .sorted(Comparator.comparing(Outcome::key)).toList()) {
                ObjectNode json = Json.mapper().createObjectNode();
                json.put("key", outcome.key());
                ArrayNode reasons = json.putArray("reasons");
                outcome.reasons().forEach(reasons::add);
                writer.write(Json.write(json));
                writer.write('\n');
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
