package io.newsdesk.launcher.bulk;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The import's progress on stderr. On a terminal one line is redrawn in place ({@code \r}) at most
 * ten times a second, so a fast import does not spend its time printing; anywhere else (a log file, CI)
 * a plain line every {@value #PLAIN_INTERVAL_SECONDS} seconds, since {@code \r} would pile thousands of
 * redraws into one unreadable line. The time comes from an injected nanosecond clock so the output is
 * testable to the character.
 *
 * <pre>
 * [##########..........]  1000/2000  50%  250.0/s  ETA 4s  accepted 990  rejected 10  failed 0
 * </pre>
 */
public final class ProgressBar {
    static final long TERMINAL_INTERVAL_NANOS = Duration.ofMillis(100).toNanos();
    static final int PLAIN_INTERVAL_SECONDS = 2;
    private static final int WIDTH = 20;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long startedAt;
    private long lastDrawnAt = Long.MIN_VALUE;
    private int lastLength;

    public ProgressBar(PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    /** Draws the tally unless the last drawing was too recent. Called from every worker; drawing is serialized. */
    public synchronized void update(Tally tally) {
        long now = nanoTime.getAsLong();
        long interval = terminal ? TERMINAL_INTERVAL_NANOS : Duration.ofSeconds(PLAIN_INTERVAL_SECONDS).toNanos();
        if (lastDrawnAt != Long.MIN_VALUE && now - lastDrawnAt < interval) {
            return;
        }
        draw(tally, now);
    }

    /** Draws the final state whatever the time, and ends the redrawn line. */
    public synchronized void finish(Tally tally) {
        draw(tally, nanoTime.getAsLong());
        if (terminal) {
            err.println();
        }
        err.flush();
    }

    private void draw(Tally tally, long now) {
        lastDrawnAt = now;
        String line = line(tally, Duration.ofNanos(now - startedAt));
        if (terminal) {
            // Pad over the remains of a longer previous line (the ETA can shrink by several characters).
            int padding = Math.max(0, lastLength - line.length());
            err.print("\r" + line + " ".repeat(padding));
            lastLength = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** One progress line: bar, count, percentage, rate, ETA and the outcomes so far. */
    static String line(Tally tally, Duration elapsed) {
        long total = Math.max(tally.total(), 0);
        long done = Math.min(tally.done(), total);
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        String bar = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
        int percent = total == 0 ? 100 : (int) (100 * done / total);
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds > 0 ? tally.answered() / seconds : 0;
        String eta = done >= total ? "ETA 0s" : rate > 0 ? "ETA " + duration(Math.round((total - done) / rate)) : "ETA ?";
        String width = Integer.toString(Long.toString(total).length());
        return String.format(Locale.ROOT, "%s %" + width + "d/%d %3d%% %7.1f/s  %s  accepted %d  rejected %d  failed %d%s",
                bar, done, total, percent, rate, eta, tally.accepted(), tally.rejected(), tally.failed(),
                tally.skipped() > 0 ? "  skipped " + tally.skipped() : "");
    }

    /** 42s, 3m07s, 1h02m. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
