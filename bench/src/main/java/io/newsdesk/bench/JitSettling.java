package io.newsdesk.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * When a system is warm: the JIT compiler has stopped working on it. A fixed number of warm-up articles
 * is not enough on two cores: the pipeline has far more code than the pass-through baseline (the broker,
 * both Streams apps, the enrichers, the site), and after 1,500 articles its measured phases still spent
 * a core's worth of time in C2 compilations (the JFR profile in BENCHMARKS.md: 29.7 s of compilation in
 * 50 s), so the figures measured the compiler as much as the code. Each system is warmed in rounds until
 * a round in which the compiler used less than {@value #SETTLED_SHARE} of the round's wall time, the same
 * rule for both.
 */
final class JitSettling {
    /** Compilation time as a share of a round's wall time below which the JIT counts as settled. */
    static final double SETTLED_SHARE = 0.05;

    private final CompilationMXBean compiler;
    private long compileMillisAtStart;
    private long nanosAtStart;

    private JitSettling(CompilationMXBean compiler) {
        this.compiler = compiler;
    }

    /** Starts watching; null where the JVM does not time its compiler (then warm-up is one round). */
    static JitSettling watch() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        if (bean == null || !bean.isCompilationTimeMonitoringSupported()) {
            return null;
        }
        JitSettling settling = new JitSettling(bean);
        settling.restart();
        return settling;
    }

    /** Starts a new round of observation. */
    void restart() {
        compileMillisAtStart = compiler.getTotalCompilationTime();
        nanosAtStart = System.nanoTime();
    }

    /** Milliseconds the JIT compiler threads spent compiling since {@link #restart()}. */
    long compileMillis() {
        return compiler.getTotalCompilationTime() - compileMillisAtStart;
    }

    long elapsedMillis() {
        return (System.nanoTime() - nanosAtStart) / 1_000_000;
    }

    /** True when compiling took less than {@link #SETTLED_SHARE} of the elapsed wall time. */
    static boolean settled(long compileMillis, long elapsedMillis) {
        return elapsedMillis > 0 && compileMillis < SETTLED_SHARE * elapsedMillis;
    }
}
