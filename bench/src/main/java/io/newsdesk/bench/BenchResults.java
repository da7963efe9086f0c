package io.newsdesk.bench;

import java.util.Map;

/**
 * Everything one run measured, with the machine and the parameters: the input of the printed table and of
 * {@code bench-results.json}.
 *
 * @param http null when the HTTP door was skipped
 */
public record BenchResults(Map<String, Object> machine, Map<String, Object> parameters, SystemResult baseline,
                           SystemResult pipeline, HttpResult http) {

    /** Pipeline throughput ÷ baseline throughput; the target is at least 0.7. */
    public double throughputRatio() {
        return pipeline.articlesPerSec() / baseline.articlesPerSec();
    }

    /** Pipeline p99 ÷ baseline p99 at the same fixed load; the target is at most 1.5. */
    public double latencyRatio() {
        return pipeline.latency().p99Ms() / baseline.latency().p99Ms();
    }

    /**
     * Pipeline p99 ÷ baseline p99 at the light newsroom load (NaN when that phase did not run): the latency
     * ratio of two systems both within their capacity; not the target, which is at the fixed load.
     */
    public double newsroomLatencyRatio() {
        return pipeline.newsroomLatency().p99Ms() / baseline.newsroomLatency().p99Ms();
    }

    public double cpuRatio() {
        return pipeline.cpuSecondsPer1000() / baseline.cpuSecondsPer1000();
    }

    public double heapRatio() {
        return (double) pipeline.peakHeapBytes() / baseline.peakHeapBytes();
    }
}
