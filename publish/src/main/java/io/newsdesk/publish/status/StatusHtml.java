package io.newsdesk.publish.status;

import io.newsdesk.publish.site.Templates;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link StatusSnapshot} as the {@code /status} page ({@code src/main/jte/status/status.jte}):
 * plain HTML with tables and small SVG charts, no script (the CSP forbids inline scripts, and the page
 * needs none: it reloads itself with {@code <meta http-equiv="refresh">}). Every text that came from
 * outside (DLQ messages, topic and group names, feed errors) is escaped by the template: an exception
 * message can quote whatever a hostile upstream sent.
 */
final class StatusHtml {
    static final int REFRESH_SECONDS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** What the template shows beyond the snapshot itself: the charts, drawn from its figures. */
    record View(StatusSnapshot snapshot, List<StageRow> throughput, MinuteChart.Chart published, MinuteChart.Chart latency) {
    }

    /** A stage's row: its chart and its last full minute ("–" before there is one). */
    record StageRow(StatusSnapshot.StageThroughput stage, MinuteChart.Chart chart, String lastFull) {
    }

    private StatusHtml() {
    }

    static String render(StatusSnapshot s) {
        Instant start = windowStart(s);
        List<StageRow> stages = s.throughput().stream().map(stage -> {
            Map<Instant, Long> bars = new LinkedHashMap<>();
            stage.perMinute().forEach(m -> bars.put(m.minute(), m.count()));
            String lastFull = stage.perMinute().stream().filter(m -> !m.partial()).reduce((a, b) -> b)
                    .map(m -> Long.toString(m.count())).orElse("–");
            return new StageRow(stage, MinuteChart.chart(stage.stage() + ": records per minute", start, s.windowMinutes(),
                    bars, Map.of(), v -> v + (v == 1 ? " record" : " records")), lastFull);
        }).toList();
        Map<Instant, Long> p95 = new LinkedHashMap<>();
        Map<Instant, Long> p50 = new LinkedHashMap<>();
        Map<Instant, Long> published = new LinkedHashMap<>();
        for (StatusSnapshot.LatencyMinute m : s.latency()) {
            published.put(m.minute(), m.events());
            if (m.p95Millis() != null) {
                p95.put(m.minute(), m.p95Millis());
                p50.put(m.minute(), m.p50Millis());
            }
        }
        return Templates.render("status/status.jte", new View(s, stages,
                MinuteChart.chart("events published per minute", start, s.windowMinutes(), published, Map.of(),
                        v -> v + (v == 1 ? " event" : " events")),
                MinuteChart.chart("95th percentile latency per minute", start, s.windowMinutes(), p95, p50,
                        StatusHtml::duration)), 16_384);
    }

    static Instant windowStart(StatusSnapshot s) {
        return s.takenAt().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(s.windowMinutes() - 1L));
    }

    /** "2025-03-04 10:14:30 UTC". */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "10:14", in UTC. */
    static String hourMinute(Instant instant) {
        return HOUR_MINUTE.format(instant);
    }

    /** "850 ms", "2.5 s", "3 min 4 s"; "–" when unknown. */
    static String duration(Long millis) {
        if (millis == null) {
            return "–";
        }
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
