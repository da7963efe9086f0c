package io.newsdesk.publish.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A small server-rendered SVG bar chart with one slot per minute of the window, oldest on the left:
 * this class lays it out, {@code status/chart.jte} draws it. No script and no external resource: the page's CSP forbids both. Each bar carries a {@code <title>}
 * (a tooltip, and read by screen readers), and the chart as a whole a label that states the figures
 * in words; the page also shows them in a table.
 */
final class MinuteChart {
    static final int BAR_WIDTH = 10;
    static final int GAP = 2;
    static final int HEIGHT = 48;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private MinuteChart() {
    }

    /** A chart as {@code status/chart.jte} draws it. */
    record Chart(int width, int height, String axisY, int barWidth, String summary, List<Bar> bars, String points) {
    }

    /** One minute's bar, with its tooltip. */
    record Bar(int x, long y, long height, String title) {
    }

    /**
     * @param label   what the chart shows, e.g. "ingest: records per minute"
     * @param start   the window's first minute
     * @param minutes slots in the window
     * @param bars    value per minute; minutes without one are left empty
     * @param line    a second series drawn as a line over the bars (e.g. the median under p95 bars), or empty
     * @param format  how a value reads in words, e.g. {@code v -> v + " records"}
     */
    static Chart chart(String label, Instant start, int minutes, Map<Instant, Long> bars, Map<Instant, Long> line,
                       LongFunction<String> format) {
        long max = 1;
        for (Long v : bars.values()) {
            max = Math.max(max, v);
        }
        for (Long v : line.values()) {
            max = Math.max(max, v);
        }
        int width = minutes * (BAR_WIDTH + GAP);
        List<Bar> drawn = new ArrayList<>(bars.size());
        for (int i = 0; i < minutes; i++) {
            Instant minute = start.plus(Duration.ofMinutes(i));
            Long value = bars.get(minute);
            if (value == null) {
                continue;
            }
            // At least one pixel for any non-zero value, so "a little" never looks like "nothing".
            long h = value == 0 ? 0 : Math.max(1, Math.round((double) value * (HEIGHT - 2) / max));
            drawn.add(new Bar(i * (BAR_WIDTH + GAP), HEIGHT - 1 - h, h,
                    HOUR_MINUTE.format(minute) + " UTC: " + format.apply(value)));
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            Long value = line.get(start.plus(Duration.ofMinutes(i)));
            if (value != null) {
                long y = HEIGHT - 1 - Math.round((double) value * (HEIGHT - 2) / max);
                points.add((i * (BAR_WIDTH + GAP) + BAR_WIDTH / 2) + "," + y);
            }
        }
        return new Chart(width, HEIGHT, Double.toString(HEIGHT - 0.5), BAR_WIDTH,
                label + ", " + describe(start, minutes, bars, format), drawn,
                points.isEmpty() ? null : String.join(" ", points));
    }

    private static String describe(Instant start, int minutes, Map<Instant, Long> bars, LongFunction<String> format) {
        if (bars.isEmpty()) {
            return "no data yet";
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < minutes; i++) {
            Instant minute = start.plus(Duration.ofMinutes(i));
            Long value = bars.get(minute);
            if (value != null) {
                words.append(words.length() == 0 ? "" : "; ").append(HOUR_MINUTE.format(minute)).append(' ')
                        .append(format.apply(value));
            }
        }
        return words.toString();
    }
}
