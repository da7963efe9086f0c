package io.newsdesk.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * When a system is warm: its warm-up rounds stopped getting faster. A fixed number of warm-up articles
 * does not fit both systems on two cores: the pipeline has far more code to compile than the pass-through
 * baseline (the enrichers, publish's rules and site), and after 1,500 articles its measured phases still
 * spent most of a core in C2 compilations (the JFR profile in BENCHMARKS.md), so the figures measured the
 * compiler as much as the code. Each system is warmed in rounds of the same size until two rounds in a row
 * gained no more than {@value #SETTLED_SPEEDUP} on the fastest round before them, the same rule for both.
 *
 * <p>"The JIT compiler went idle" would be the more obvious rule, but it never holds here: with the broker
 * and every client in one JVM, HotSpot keeps compiling (and re-compiling at a higher tier) a long tail of
 * methods for minutes, for the baseline too. The compile time of the measured phase is reported instead.
 */
final class WarmupSettling {
    /** A round this much faster than the one before means the system is still warming up. */
    static final double SETTLED_SPEEDUP = 0.10;

    private long bestRoundMillis = -1;
    private int roundsWithoutGain;

    /**
     * Notes one round's wall time and says whether the system is warm now: two rounds in a row were each
     * no more than {@link #SETTLED_SPEEDUP} faster than the fastest round before them. Two, because on a
     * shared machine one slow round (another process taking the cores) is no sign of being warm.
     */
    boolean roundDone(long roundMillis) {
        if (bestRoundMillis > 0 && roundMillis >= (1 - SETTLED_SPEEDUP) * bestRoundMillis) {
            roundsWithoutGain++;
        } else {
            roundsWithoutGain = 0;
        }
        bestRoundMillis = bestRoundMillis < 0 ? roundMillis : Math.min(bestRoundMillis, roundMillis);
        return roundsWithoutGain >= 2;
    }

    /** Milliseconds HotSpot's JIT compiler threads have spent compiling so far, or -1 where not known. */
    static long compileMillisSoFar() {
        CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
        return bean == null || !bean.isCompilationTimeMonitoringSupported() ? -1 : bean.getTotalCompilationTime();
    }
}
