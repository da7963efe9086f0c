package io.newsdesk.bench;

import java.util.List;

/**
 * What one system (the pass-through baseline or the pipeline) did in one run.
 *
 * @param throughputArticles   articles measured in the throughput phase (all published, or fewer if the
 *                             drain timed out: then {@code throughputMissing} says how many were not)
 * @param articlesPerSec       articles published per second, from the first offer to the last publication
 * @param cpuSecondsPer1000    process CPU (all threads: broker, clients, services, the benchmark's own
 *                             producer and reader) per 1,000 articles in the throughput phase
 * @param warmupRounds         warm-up rounds run before the measurement ({@link WarmupSettling})
 * @param throughputJitMillis  milliseconds the JIT compiler spent compiling during the throughput phase
 *                             (-1 where the JVM does not say): near zero for a warm system
 * @param peakHeapBytes        sum of the heap pools' peak usage while this system ran
 * @param offeredRate          articles/s offered in the latency phase
 * @param achievedRate         articles/s actually submitted in the latency phase (lower when the system
 *                             pushes back, e.g. every intake thread waiting for acknowledgements)
 * @param latencyMissing       articles of the latency phase not published within the drain timeout; they
 *                             are in {@code latency} with the time they had waited (a lower bound)
 * @param latency              submission to publication, of the articles offered at the fixed rate
 * @param newsroomRate         articles/s of the light latency phase (0 when it did not run)
 * @param newsroomLatency      submission to publication at {@code newsroomRate}
 * @param avgPublishedBytes    mean size of a published record's value, to show both moved the same sizes
 * @param cpuByThread          CPU seconds per thread group in the throughput phase, largest first
 */
public record SystemResult(
        String name,
        int throughputArticles,
        int throughputMissing,
        double articlesPerSec,
        double cpuSecondsPer1000,
        int warmupRounds,
        long throughputJitMillis,
        long peakHeapBytes,
        double offeredRate,
        double achievedRate,
        int latencyMissing,
        LatencySummary latency,
        double newsroomRate,
        LatencySummary newsroomLatency,
        double avgPublishedBytes,
        long failedSubmissions,
        List<ThreadCpu.Group> cpuByThread) {
}
