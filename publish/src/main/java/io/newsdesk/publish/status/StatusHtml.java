package io.newsdesk.publish.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link StatusSnapshot} as the {@code /status} page: plain HTML with tables and small SVG
 * charts, no script (the CSP forbids inline scripts, and the page needs none: it reloads itself with
 * {@code <meta http-equiv="refresh">}). Every text that came from outside (DLQ messages, topic and
 * group names, feed errors) is escaped: an exception message can quote whatever a hostile upstream sent.
 */
final class StatusHtml {
    static final int REFRESH_SECONDS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Layout only; the site's stylesheet gives type and colours. Inline styles are allowed by the CSP. */
    private static final String STYLE = """
            table { border-collapse: collapse; margin: .5rem 0 1rem; font: .9rem/1.4 system-ui, sans-serif; }
            th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
            .status main { max-width: 64rem; }
            .problems { border-left: 4px solid #8a1c1c; padding-left: 1rem; }
            .chart { display: block; }
            .dlq-message { max-width: 28rem; overflow-wrap: anywhere; }
            """;

    private StatusHtml() {
    }

    static String render(StatusSnapshot s) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"refresh\" content=\"").append(REFRESH_SECONDS).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex\">\n")
                .append("<title>Pipeline status · Newsdesk</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body class=\"status\">\n")
                .append("<main id=\"main\">\n<h1>Pipeline status</h1>\n<p class=\"meta\">");
        if (s.round() == 0) {
            h.append("No figures yet.");
        } else {
            h.append("Figures as of <time datetime=\"").append(s.takenAt()).append("\">").append(TIME.format(s.takenAt()))
                    .append("</time>");
        }
        h.append(s.topicPrefix().isEmpty() ? "" : "; topic prefix <code>" + escape(s.topicPrefix()) + "</code>")
                .append(". This page refreshes every ").append(REFRESH_SECONDS)
                .append(" seconds. <a href=\"/status.json\">The same figures as JSON</a>.</p>\n");
        problems(h, s);
        throughput(h, s);
        latency(h, s);
        topics(h, s);
        groups(h, s);
        deadLetters(h, s);
        feeds(h, s);
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void problems(StringBuilder h, StatusSnapshot s) {
        if (s.problems().isEmpty()) {
            return;
        }
        h.append("<section class=\"problems\" id=\"problems\" role=\"status\">\n<h2>Not all figures are current</h2>\n<ul>\n");
        s.problems().forEach(p -> h.append("<li>").append(escape(p)).append("</li>\n"));
        h.append("</ul>\n</section>\n");
    }

    private static void throughput(StringBuilder h, StatusSnapshot s) {
        Instant start = windowStart(s);
        h.append("<section aria-labelledby=\"throughput-heading\">\n<h2 id=\"throughput-heading\">Throughput per stage</h2>\n")
                .append("<p>Records written to each stage's output topic per minute over the last ")
                .append(s.windowMinutes()).append(" minutes, from end offsets (under exactly-once these include one ")
                .append("transaction marker per partition and commit).</p>\n")
                .append("<table id=\"throughput\">\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Topic</th>")
                .append("<th scope=\"col\">Per minute</th><th scope=\"col\" class=\"num\">Last full minute</th>")
                .append("<th scope=\"col\" class=\"num\">In the window</th></tr></thead>\n<tbody>\n");
        for (StatusSnapshot.StageThroughput stage : s.throughput()) {
            Map<Instant, Long> bars = new LinkedHashMap<>();
            stage.perMinute().forEach(m -> bars.put(m.minute(), m.count()));
            String lastFull = stage.perMinute().stream().filter(m -> !m.partial()).reduce((a, b) -> b)
                    .map(m -> Long.toString(m.count())).orElse("–");
            h.append("<tr><th scope=\"row\">").append(escape(stage.stage())).append("</th><td><code>")
                    .append(escape(stage.topic())).append("</code></td><td>")
                    .append(MinuteChart.render(stage.stage() + ": records per minute", start, s.windowMinutes(), bars,
                            Map.of(), v -> v + (v == 1 ? " record" : " records")))
                    .append("</td><td class=\"num\">").append(lastFull).append("</td><td class=\"num\">")
                    .append(stage.total()).append("</td></tr>\n");
        }
        if (s.throughput().isEmpty()) {
            h.append("<tr><td colspan=\"5\">No figures yet.</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void latency(StringBuilder h, StatusSnapshot s) {
        Instant start = windowStart(s);
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
        h.append("<section aria-labelledby=\"latency-heading\">\n<h2 id=\"latency-heading\">Published and end-to-end latency</h2>\n")
                .append("<p>Events on <code>articles.events</code> per minute of publication, and the time from ingest ")
                .append("accepting each version to its publication (bars: 95th percentile; line: median).</p>\n")
                .append("<figure><figcaption>Events published per minute</figcaption>")
                .append(MinuteChart.render("events published per minute", start, s.windowMinutes(), published, Map.of(),
                        v -> v + (v == 1 ? " event" : " events")))
                .append("</figure>\n<figure><figcaption>Latency per minute (95th percentile and median)</figcaption>")
                .append(MinuteChart.render("95th percentile latency per minute", start, s.windowMinutes(), p95, p50,
                        StatusHtml::duration))
                .append("</figure>\n")
                .append("<table id=\"latency\">\n<thead><tr><th scope=\"col\">Minute (UTC)</th>")
                .append("<th scope=\"col\" class=\"num\">Events</th><th scope=\"col\" class=\"num\">With receivedAt</th>")
                .append("<th scope=\"col\" class=\"num\">p50</th><th scope=\"col\" class=\"num\">p95</th>")
                .append("<th scope=\"col\" class=\"num\">Max</th></tr></thead>\n<tbody>\n");
        for (StatusSnapshot.LatencyMinute m : s.latency()) {
            h.append("<tr><th scope=\"row\"><time datetime=\"").append(m.minute()).append("\">")
                    .append(HOUR_MINUTE.format(m.minute())).append("</time></th><td class=\"num\">").append(m.events())
                    .append("</td><td class=\"num\">").append(m.measured()).append("</td><td class=\"num\">")
                    .append(duration(m.p50Millis())).append("</td><td class=\"num\">").append(duration(m.p95Millis()))
                    .append("</td><td class=\"num\">").append(duration(m.maxMillis())).append("</td></tr>\n");
        }
        if (s.latency().isEmpty()) {
            h.append("<tr><td colspan=\"6\">Nothing published in the last ").append(s.windowMinutes())
                    .append(" minutes.</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        if (s.eventsUndecodable() > 0) {
            h.append("<p>").append(s.eventsUndecodable()).append(" record(s) on the events topic were not ArticleEvents and are not counted.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void topics(StringBuilder h, StatusSnapshot s) {
        h.append("<section aria-labelledby=\"topics-heading\">\n<h2 id=\"topics-heading\">Topics</h2>\n")
                .append("<table id=\"topics\">\n<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\" class=\"num\">Partitions</th>")
                .append("<th scope=\"col\" class=\"num\">Start offset</th><th scope=\"col\" class=\"num\">End offset</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (StatusSnapshot.TopicOffsets t : s.topics()) {
            h.append("<tr><th scope=\"row\"><code>").append(escape(t.topic())).append("</code></th><td class=\"num\">")
                    .append(t.partitions()).append("</td><td class=\"num\">").append(t.startOffset())
                    .append("</td><td class=\"num\">").append(t.endOffset()).append("</td></tr>\n");
        }
        if (s.topics().isEmpty()) {
            h.append("<tr><td colspan=\"4\">No Newsdesk topics found yet.</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p>Offsets are summed over partitions.</p>\n</section>\n");
    }

    private static void groups(StringBuilder h, StatusSnapshot s) {
        h.append("<section aria-labelledby=\"groups-heading\">\n<h2 id=\"groups-heading\">Consumer groups and lag</h2>\n")
                .append("<table id=\"groups\">\n<thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Topic</th>")
                .append("<th scope=\"col\" class=\"num\">Committed on</th><th scope=\"col\" class=\"num\">Lag</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (StatusSnapshot.GroupLag g : s.groups()) {
            if (g.topics().isEmpty()) {
                h.append("<tr><th scope=\"row\">").append(escape(g.group()))
                        .append("</th><td colspan=\"3\">no committed offsets on Newsdesk topics</td></tr>\n");
                continue;
            }
            for (StatusSnapshot.TopicLag t : g.topics()) {
                h.append("<tr><th scope=\"row\">").append(escape(g.group())).append("</th><td><code>")
                        .append(escape(t.topic())).append("</code></td><td class=\"num\">").append(t.committedPartitions())
                        .append(" of ").append(t.partitions()).append(" partitions</td><td class=\"num\">").append(t.lag())
                        .append("</td></tr>\n");
            }
        }
        if (s.groups().isEmpty()) {
            h.append("<tr><td colspan=\"4\">No consumer groups found yet.</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void deadLetters(StringBuilder h, StatusSnapshot s) {
        StatusSnapshot.DeadLetterStatus d = s.deadLetters();
        h.append("<section aria-labelledby=\"dlq-heading\">\n<h2 id=\"dlq-heading\">Dead letters</h2>\n")
                .append("<p class=\"dlq-count\"><strong id=\"dlq-count\">").append(d.count()).append("</strong> ")
                .append(d.count() == 1 ? "record" : "records").append(" on the dead-letter topic")
                .append(d.caughtUp() ? "" : " so far (still reading the topic)").append('.');
        if (d.undecodable() > 0) {
            h.append(' ').append(d.undecodable()).append(" of them are not DeadLetter records; their reason is read from their headers.");
        }
        h.append("</p>\n");
        if (d.latest().isEmpty()) {
            h.append("</section>\n");
            return;
        }
        h.append("<table id=\"dead-letters\">\n<caption>The latest ").append(d.latest().size()).append(", newest first</caption>\n")
                .append("<thead><tr><th scope=\"col\">Failed at</th><th scope=\"col\">Stage</th><th scope=\"col\">Exception</th>")
                .append("<th scope=\"col\">Message</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
        for (StatusSnapshot.DeadLetterReason r : d.latest()) {
            h.append("<tr><td>").append(r.failedAt() == null ? "–" : "<time datetime=\"" + r.failedAt() + "\">"
                            + TIME.format(r.failedAt()) + "</time>").append("</td><td>").append(escape(r.stage()))
                    .append("</td><td><code>").append(escape(r.exceptionClass())).append("</code></td><td class=\"dlq-message\">")
                    .append(escape(r.message())).append("</td><td>");
            if (r.sourceTopic() == null || r.sourcePartition() < 0) {
                h.append("never on a topic");
            } else {
                h.append("<code>").append(escape(r.sourceTopic())).append("</code> partition ").append(r.sourcePartition())
                        .append(" offset ").append(r.sourceOffset());
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void feeds(StringBuilder h, StatusSnapshot s) {
        StatusSnapshot.FeedHealth f = s.feeds();
        h.append("<section aria-labelledby=\"feeds-heading\">\n<h2 id=\"feeds-heading\">Feed health</h2>\n")
                .append("<p id=\"feed-state\">Ingest's feeds: <strong>").append(escape(f.state())).append("</strong>");
        if (f.detail() != null) {
            h.append(" — ").append(escape(f.detail()));
        }
        if (f.ingestUrl() != null) {
            h.append(" (<code>").append(escape(f.ingestUrl())).append("</code>)");
        }
        h.append(".</p>\n");
        if (!f.feeds().isEmpty()) {
            h.append("<table id=\"feeds\">\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Status</th>")
                    .append("<th scope=\"col\">Last success</th><th scope=\"col\">Last error</th>")
                    .append("<th scope=\"col\" class=\"num\">Items seen</th><th scope=\"col\" class=\"num\">Submitted</th>")
                    .append("<th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\" class=\"num\">Failures in a row</th>")
                    .append("</tr></thead>\n<tbody>\n");
            for (StatusSnapshot.FeedRow r : f.feeds()) {
                h.append("<tr><th scope=\"row\">").append(escape(r.source())).append("<br><code>").append(escape(r.url()))
                        .append("</code></th><td>").append(escape(r.status())).append("</td><td>")
                        .append(r.lastSuccessAt() == null ? "never" : TIME.format(r.lastSuccessAt())).append("</td><td>")
                        .append(r.lastError() == null ? "–" : escape(r.lastError())).append("</td><td class=\"num\">")
                        .append(r.itemsSeen()).append("</td><td class=\"num\">").append(r.itemsSubmitted())
                        .append("</td><td class=\"num\">").append(r.itemsRejected()).append("</td><td class=\"num\">")
                        .append(r.consecutiveFailures()).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n");
        }
        h.append("</section>\n");
    }

    static Instant windowStart(StatusSnapshot s) {
        return s.takenAt().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(s.windowMinutes() - 1L));
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

    /**
     * Escapes for HTML text and double-quoted attributes, and drops characters HTML forbids (controls,
     * unpaired surrogates) so that a hostile message cannot break the document either.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F
                    || c == 0xFFFE || c == 0xFFFF) {
                continue;
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
