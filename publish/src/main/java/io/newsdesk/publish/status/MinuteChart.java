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
 * A small server-rendered SVG bar chart with one slot per minute of the window, oldest on the left.
 * No script and no external resource: the page's CSP forbids both. Each bar carries a {@code <title>}
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

    /**
     * @param label   what the chart shows, e.g. "ingest: records per minute"
     * @param start   the window's first minute
     * @param minutes slots in the window
     * @param bars    value per minute; minutes without one are left empty
     * @param line    a second series drawn as a line over the bars (e.g. the median under p95 bars), or empty
     * @param format  how a value reads in words, e.g. {@code v -> v + " records"}
     */
    static String render(String label, Instant start, int minutes, Map<Instant, Long> bars, Map<Instant, Long> line,
                         LongFunction<String> format) {
        long max = 1;
        for (Long v : bars.values()) {
            max = Math.max(max, v);
        }
        for (Long v : line.values()) {
            max = Math.max(max, v);
        }
        int width = minutes * (BAR_WIDTH + GAP);
        StringBuilder svg = new StringBuilder(256 + minutes * 120);
        String summary = label + ", " + describe(start, minutes, bars, format);
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(HEIGHT).append("\" aria-label=\"").append(StatusHtml.escape(summary)).append("\">")
                .append("<title>").append(StatusHtml.escape(summary)).append("</title>");
        svg.append("<line x1=\"0\" y1=\"").append(HEIGHT - 0.5).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(HEIGHT - 0.5).append("\" stroke=\"#999\" stroke-width=\"1\"/>");
        for (int i = 0; i < minutes; i++) {
            Instant minute = start.plus(Duration.ofMinutes(i));
            Long value = bars.get(minute);
            if (value == null) {
                continue;
            }
            // At least one pixel for any non-zero value, so "a little" never looks like "nothing".
            long h = value == 0 ? 0 : Math.max(1, Math.round((double) value * (HEIGHT - 2) / max));
            svg.append("<rect class=\"bar\" x=\"").append(i * (BAR_WIDTH + GAP)).append("\" y=\"").append(HEIGHT - 1 - h)
                    .append("\" width=\"").append(BAR_WIDTH).append("\" height=\"").append(h)
                    .append("\" fill=\"#8a1c1c\"><title>").append(HOUR_MINUTE.format(minute)).append(" UTC: ")
                    .append(StatusHtml.escape(format.apply(value))).append("</title></rect>");
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < minutes; i++) {
            Long value = line.get(start.plus(Duration.ofMinutes(i)));
            if (value != null) {
                long y = HEIGHT - 1 - Math.round((double) value * (HEIGHT - 2) / max);
                points.add((i * (BAR_WIDTH + GAP) + BAR_WIDTH / 2) + "," + y);
            }
        }
        if (!points.isEmpty()) {
            svg.append("<polyline class=\"line\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\" points=\"")
                    .append(String.join(" ", points)).append("\"/>");
        }
        return svg.append("</svg>").toString();
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
