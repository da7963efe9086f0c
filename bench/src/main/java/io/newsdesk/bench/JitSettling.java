package io.newsdesk.bench;

/**
 * When a kind of page is warm in the read side: its JIT compilers went quiet while the readers asked for it.
 *
 * <p>Each kind of page runs code the others did not (search runs Lucene's scorers and the highlighter, a
 * feed the XML writer), and HotSpot compiles it while the kind is asked for. On two cores shared with 50
 * readers, with one warm-up round of a fifth of a 10 s measurement, the compiler threads took a quarter of
 * the read side's CPU in a search page's measured window, and the first kind after a restart (article
 * pages, 1,000,000 articles) cost 0.57 ms of CPU per request against 0.18-0.33 warm (BENCHMARKS.md, "Read
 * side round 11"). A server past its first minutes does not pay that; the figures are for that server.
 * So a kind is warmed in rounds until, in one round, the compilers used less than {@value #QUIET_CORES} of a
 * core, or for {@value #MAX_ROUNDS} rounds at most (then the measurement says so: its compile share is
 * printed beside it).
 */
final class JitSettling {
    /** Compile CPU per second of a round below which the compilers count as quiet. */
    static final double QUIET_CORES = 0.10;
    /** The longest warm-up: a kind still compiling after this many rounds is measured anyway. */
    static final int MAX_ROUNDS = 12;

    private int rounds;
    private boolean quiet;

    /**
     * Notes one warm-up round; whether to measure now.
     *
     * @param compileNanos the read side's JIT compile CPU in the round, or negative where it is not known
     *                     (then one round is all the warm-up there is, as before this rule)
     */
    boolean roundDone(long compileNanos, long roundNanos) {
        rounds++;
        quiet = compileNanos < 0 || compileNanos < QUIET_CORES * roundNanos;
        return quiet || rounds >= MAX_ROUNDS;
    }

    int rounds() {
        return rounds;
    }

    /** Whether the last round was quiet (false when the warm-up gave up at {@link #MAX_ROUNDS}). */
    boolean quiet() {
        return quiet;
    }
}
