package io.newsdesk.bench;

import java.util.Locale;

/** The run's figures as the plain-text table {@code ./newsdesk bench} prints (and BENCHMARKS.md quotes). */
public final class ResultsTable {
    private ResultsTable() {
    }

    public static String render(BenchResults r) {
        SystemResult b = r.baseline();
        SystemResult p = r.pipeline();
        StringBuilder out = new StringBuilder();
        line(out, "%-34s %12s %12s %10s  %s", "", "baseline", "pipeline", "ratio", "target");
        row(out, "throughput (articles/s)", b.articlesPerSec(), p.articlesPerSec(), r.throughputRatio(), "ratio >= 0.7", 1);
        line(out, "%-34s %12s %12s", "  articles measured (missing)", b.throughputArticles() + " (" + b.throughputMissing() + ")",
                p.throughputArticles() + " (" + p.throughputMissing() + ")");
        row(out, "latency phase: offered /s", b.offeredRate(), p.offeredRate(), Double.NaN, "", 1);
        row(out, "  submitted /s", b.achievedRate(), p.achievedRate(), Double.NaN, "", 1);
        row(out, "  p50 ms", b.latency().p50Ms(), p.latency().p50Ms(), p.latency().p50Ms() / b.latency().p50Ms(), "", 1);
        row(out, "  p95 ms", b.latency().p95Ms(), p.latency().p95Ms(), p.latency().p95Ms() / b.latency().p95Ms(), "", 1);
        row(out, "  p99 ms", b.latency().p99Ms(), p.latency().p99Ms(), r.latencyRatio(), "ratio <= 1.5", 1);
        row(out, "  max ms", b.latency().maxMs(), p.latency().maxMs(), p.latency().maxMs() / b.latency().maxMs(), "", 1);
        line(out, "%-34s %12s %12s", "  articles (unpublished, at timeout)", b.latency().count() + " (" + b.latencyMissing() + ")",
                p.latency().count() + " (" + p.latencyMissing() + ")");
        if (b.newsroomRate() > 0) {
            row(out, "newsroom load: offered /s", b.newsroomRate(), p.newsroomRate(), Double.NaN, "", 1);
            row(out, "  p50 ms", b.newsroomLatency().p50Ms(), p.newsroomLatency().p50Ms(),
                    p.newsroomLatency().p50Ms() / b.newsroomLatency().p50Ms(), "", 1);
            row(out, "  p99 ms", b.newsroomLatency().p99Ms(), p.newsroomLatency().p99Ms(), r.newsroomLatencyRatio(), "", 1);
            row(out, "  max ms", b.newsroomLatency().maxMs(), p.newsroomLatency().maxMs(),
                    p.newsroomLatency().maxMs() / b.newsroomLatency().maxMs(), "", 1);
        }
        line(out, "%-34s %12d %12d", "warm-up rounds", b.warmupRounds(), p.warmupRounds());
        line(out, "%-34s %12d %12d", "JIT compiling ms (throughput phase)", b.throughputJitMillis(), p.throughputJitMillis());
        row(out, "CPU s per 1,000 articles", b.cpuSecondsPer1000(), p.cpuSecondsPer1000(), r.cpuRatio(), "", 2);
        row(out, "peak heap MB", b.peakHeapBytes() / 1048576.0, p.peakHeapBytes() / 1048576.0, r.heapRatio(), "", 0);
        row(out, "published record bytes (mean)", b.avgPublishedBytes(), p.avgPublishedBytes(),
                p.avgPublishedBytes() / b.avgPublishedBytes(), "", 0);
        line(out, "%-34s %12d %12d", "failed submissions", b.failedSubmissions(), p.failedSubmissions());
        for (SystemResult s : new SystemResult[] {b, p}) {
            if (s.offeredRate() > s.articlesPerSec()) {
                line(out, "note: the %s's throughput (%.1f/s) is below the fixed load (%.1f/s), so its latency phase"
                        + " measures a queue that grows for the whole phase, not the %s's latency", s.name(),
                        s.articlesPerSec(), s.offeredRate(), s.name());
            }
        }
        out.append('\n');
        if (r.http() == null) {
            out.append("HTTP door: skipped\n");
        } else {
            HttpResult h = r.http();
            line(out, "HTTP door, %d clients, %.0f s (enrich and publish stopped)", h.clients(), h.seconds());
            line(out, "  %-32s %12.1f   target >= 2000", "accepted requests/s", h.requestsPerSec());
            line(out, "  %-32s %12.1f", "p50 ms", h.latency().p50Ms());
            line(out, "  %-32s %12.1f", "p95 ms", h.latency().p95Ms());
            line(out, "  %-32s %12.1f   target < 50", "p99 ms", h.latency().p99Ms());
            line(out, "  %-32s %12.1f", "max ms", h.latency().maxMs());
            line(out, "  %-32s %12.2f", "CPU s per 1,000 requests", h.cpuSecondsPer1000());
            line(out, "  %-32s %12d", "accepted", h.accepted());
            line(out, "  %-32s %12d%s", "failed", h.failed(), h.firstFailure() == null ? "" : "  first: " + h.firstFailure());
        }
        out.append('\n');
        threads(out, p);
        threads(out, b);
        return out.toString();
    }

    private static void threads(StringBuilder out, SystemResult s) {
        line(out, "CPU by thread group, %s throughput phase (s):", s.name());
        s.cpuByThread().stream().limit(12).forEach(g ->
                line(out, "  %8.2f  %s", g.cpuSeconds(), g.threads() == 0 ? g.name() : g.threads() + " x " + g.name()));
    }

    private static void row(StringBuilder out, String label, double baseline, double pipeline, double ratio,
                            String target, int decimals) {
        String f = "%12." + decimals + "f";
        line(out, "%-34s " + f + " " + f + " %10s  %s", label, baseline, pipeline,
                Double.isNaN(ratio) || Double.isInfinite(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio), target);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args).stripTrailing()).append('\n');
    }
}
