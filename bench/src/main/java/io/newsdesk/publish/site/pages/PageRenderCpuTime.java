package io.newsdesk.publish.site.pages;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What {@link PageRenderBenchmark} measures, as CPU time and bytes allocated per page of the thread that
 * renders it, instead of wall time: on a machine shared with other builds the wall time says more about the
 * neighbours than about the code (see {@code StageCpuTime}). The two pages alternate within each round;
 * read the medians.
 *
 * <pre>
 * java -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:bench/target/lib/*" io.newsdesk.publish.site.pages.PageRenderCpuTime 9
 * </pre>
 * prints one line per round: the article page and the home page in CPU µs per page, then the same two in KB
 * allocated per page; and the medians at the end.
 */
public final class PageRenderCpuTime {
    private static final int PAGES_PER_ROUND = 2_000;

    private PageRenderCpuTime() {
    }

    public static void main(String[] args) {
        measure(args.length > 0 ? Integer.parseInt(args[0]) : 9, System.out);
    }

    static void measure(int rounds, PrintStream out) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        PageRenderBenchmark pages = new PageRenderBenchmark();
        pages.setUp();
        @SuppressWarnings("unchecked")
        Supplier<String>[] renders = new Supplier[] {pages::articleTemplate, pages::homeTemplate};
        long sink = 0;
        for (int i = 0; i < 5 * PAGES_PER_ROUND; i++) {
            sink += renders[i % renders.length].get().length();
        }
        double[][] cpu = new double[renders.length][rounds];
        double[][] kb = new double[renders.length][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int r = 0; r < renders.length; r++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getThreadAllocatedBytes(self);
                for (int i = 0; i < PAGES_PER_ROUND; i++) {
                    sink += renders[r].get().length();
                }
                cpu[r][round] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / PAGES_PER_ROUND;
                kb[r][round] = (threads.getThreadAllocatedBytes(self) - bytes0) / 1024.0 / PAGES_PER_ROUND;
            }
            out.printf(Locale.ROOT, "%.1f %.1f   %.1f %.1f%n", cpu[0][round], cpu[1][round], kb[0][round], kb[1][round]);
        }
        out.printf(Locale.ROOT, "median CPU us/page: article %.1f; home %.1f%n", median(cpu[0]), median(cpu[1]));
        out.printf(Locale.ROOT, "median KB allocated/page: article %.1f; home %.1f%n", median(kb[0]), median(kb[1]));
        if (sink == Long.MIN_VALUE) {
            out.println(); // keeps the work from being optimised away
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
