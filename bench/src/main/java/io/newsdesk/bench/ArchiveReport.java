package io.newsdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The archive benchmark's figures as they come in, and the table they make. */
final class ArchiveReport {
    /** The targets of issue 11: heap flat in the archive's size, restart within 10 s, p99 per kind of page. */
    static final double PAGE_P99_TARGET_MS = 50;
    static final double SEARCH_P99_TARGET_MS = 100;
    static final Duration RESTART_TARGET = Duration.ofSeconds(10);

    private final ArchiveOptions options;
    private ArchiveWriter.Loaded loaded;
    /** The mean record size of an archive an earlier run wrote ({@code --reuse}), else NaN. */
    private double reusedRecordBytes = Double.NaN;
    private Duration[] freshReady;
    private Duration[] restartReady;
    private String freshFollower;
    private String restartFollower;
    private long heapLoaded;
    private long residentLoaded;
    private long heapAfterReads;
    private long heapRestarted;
    private long topicBytes;
    private long indexBytes;
    private int publishedDuringReads;
    private String indexDuringReads;
    private final List<ReaderLoad.PageResult> pages = new ArrayList<>();

    ArchiveReport(ArchiveOptions options) {
        this.options = options;
    }

    void loaded(ArchiveWriter.Loaded value) {
        this.loaded = value;
    }

    /** The archive was written by an earlier run: nothing written and no fresh instance in this one. */
    void reused(double meanRecordBytes) {
        this.reusedRecordBytes = meanRecordBytes;
    }

    /** @param value the read model caught up, then /ready */
    void freshReady(Duration[] value, String follower) {
        this.freshReady = value;
        this.freshFollower = follower;
    }

    /** @param value the read model caught up, then /ready */
    void restartReady(Duration[] value, String follower) {
        this.restartReady = value;
        this.restartFollower = follower;
    }

    void heapLoaded(long heap, long resident) {
        this.heapLoaded = heap;
        this.residentLoaded = resident;
    }

    void heapAfterReads(long heap) {
        this.heapAfterReads = heap;
    }

    void heapRestarted(long heap) {
        this.heapRestarted = heap;
    }

    void disk(long topic, long index) {
        this.topicBytes = topic;
        this.indexBytes = index;
    }

    void publishedDuringReads(int count) {
        this.publishedDuringReads = count;
    }

    /** The index's merges from the warm-up to the last page ({@link IndexMeters#since}). */
    void indexDuringReads(String value) {
        this.indexDuringReads = value;
    }

    void pages(ReaderLoad.PageResult result) {
        pages.add(result);
    }

    String render() {
        StringBuilder t = new StringBuilder();
        boolean reused = loaded == null;
        t.append(String.format(Locale.ROOT, "%nArchive benchmark: %,d articles (records of %.1f KB on average), read side "
                + "(publish) in its own JVM with -Xmx%s, %d readers, %d cores%n", options.articles(),
                (reused ? reusedRecordBytes : loaded.meanRecordBytes()) / 1024, options.heap(), options.readers(),
                Runtime.getRuntime().availableProcessors()));
        row(t, "machine load average at the end (all processes)", String.format(Locale.ROOT, "%.1f", ResourceMeter.loadAverage()));
        if (reused) {
            row(t, "archive and index reused (--reuse) from", options.dataDir().toString());
        } else {
            row(t, "archive written to articles.published", String.format(Locale.ROOT, "%.0f s (%,.0f records/s)", loaded.seconds(),
                    loaded.records() / loaded.seconds()));
            row(t, "fresh instance (builds its index from offset 0): start to", ready(freshReady));
            row(t, "  of which the read model's own reading (its log)", freshFollower);
            row(t, "heap after catching up, after a full GC", String.format(Locale.ROOT, "%s (process RSS %s)", mb(heapLoaded),
                    mb(residentLoaded)));
        }
        row(t, "heap after the reads below, after a full GC", mb(heapAfterReads));
        row(t, "disk: articles.published / index", gb(topicBytes) + " / " + gb(indexBytes));
        row(t, "existing instance (continues from its index): restart to", ready(restartReady)
                + verdict(restartReady[1].compareTo(RESTART_TARGET) <= 0, "target /ready <= 10 s"));
        row(t, "  of which the read model's own reading (its log)", restartFollower);
        row(t, "heap after the restart, after a full GC", mb(heapRestarted));
        // Lucene merges in threads of its own: their CPU is in every page's "cpu ms/req" below, so it is shown.
        row(t, "index during the reads (its /metrics)", indexDuringReads);
        t.append(String.format(Locale.ROOT, "%nwhile a newsroom published one article a second (%d during the reads):",
                publishedDuringReads));
        // "warm-up s": how long the kind ran unmeasured first, until the read side's JIT compilers went quiet
        // ("+" where they had not after JitSettling.MAX_ROUNDS rounds); "jit %": their part of the read side's
        // CPU during the measurement, which "cpu ms/req" includes.
        t.append(String.format(Locale.ROOT, "%n%-32s %9s %9s %8s %8s %8s %7s %9s %9s %9s %5s  %s%n", "page (" + options.readers() + " readers)",
                "requests", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "cpu ms/req", "readers'", "warm-up s", "jit %",
                "p99 target"));
        for (ReaderLoad.PageResult p : pages) {
            double target = p.kind().startsWith("search") ? SEARCH_P99_TARGET_MS : PAGE_P99_TARGET_MS;
            ReaderLoad.Warmth warmth = p.warmth();
            t.append(String.format(Locale.ROOT, "%-32s %9d %9.0f %8.1f %8.1f %8.1f %7d %9.2f %9.2f %9s %5s  %s%n", p.kind(), p.requests(),
                    p.perSecond(), p.latency().p50Ms(), p.latency().p99Ms(), p.latency().maxMs(), p.errors(), p.serverCpuMsPerRequest(),
                    p.readersCpuMsPerRequest(),
                    String.format(Locale.ROOT, "%.0f%s", warmth.warmUpSeconds(), warmth.quiet() ? "" : "+"),
                    warmth.jitShare() < 0 ? "?" : String.format(Locale.ROOT, "%.0f", warmth.jitShare() * 100),
                    String.format(Locale.ROOT, "<= %.0f ms: %s", target, p.latency().p99Ms() <= target ? "met" : "MISSED")));
            if (p.firstError() != null) {
                t.append("    first error: ").append(p.firstError()).append('\n');
            }
        }
        return t.toString();
    }

    private static void row(StringBuilder t, String what, String value) {
        t.append(String.format(Locale.ROOT, "  %-60s %s%n", what, value));
    }

    private static String verdict(boolean met, String target) {
        return "  (" + target + ": " + (met ? "met" : "MISSED") + ")";
    }

    private static String ready(Duration[] times) {
        String cpu = times.length > 2 && times[2] != null ? " (" + seconds(times[2]) + " of CPU)" : "";
        return "read model caught up " + seconds(times[0]) + ", /ready " + seconds(times[1]) + cpu;
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }

    private static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1024.0 / 1024.0 / 1024.0);
    }
}
