package io.newsdesk.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsdesk.platform.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code bench-results.json}: the headline figures flat at the top (what the targets are checked
 * against, and what a script comparing runs reads), then each system's details, the machine and the
 * parameters. A figure that was not measured (HTTP skipped, no samples) is {@code null}, never 0.
 */
public final class ResultsJson {
    // The shared mapper leaves nulls out; here a missing figure must show as null.
    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsJson() {
    }

    public static Map<String, Object> toMap(BenchResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baselineArticlesPerSec", round(r.baseline().articlesPerSec(), 1));
        m.put("pipelineArticlesPerSec", round(r.pipeline().articlesPerSec(), 1));
        m.put("throughputRatio", round(r.throughputRatio(), 3));
        m.put("baselineP99Ms", round(r.baseline().latency().p99Ms(), 2));
        m.put("pipelineP99Ms", round(r.pipeline().latency().p99Ms(), 2));
        m.put("latencyRatio", round(r.latencyRatio(), 3));
        m.put("newsroomLatencyRatio", round(r.newsroomLatencyRatio(), 3));
        m.put("ingestRequestsPerSec", r.http() == null ? null : round(r.http().requestsPerSec(), 1));
        m.put("ingestP99Ms", r.http() == null ? null : round(r.http().latency().p99Ms(), 2));
        m.put("cpuRatio", round(r.cpuRatio(), 3));
        m.put("heapRatio", round(r.heapRatio(), 3));
        m.put("baseline", system(r.baseline()));
        m.put("pipeline", system(r.pipeline()));
        m.put("http", r.http() == null ? null : http(r.http()));
        m.put("machine", r.machine());
        m.put("parameters", r.parameters());
        return m;
    }

    public static String toJson(BenchResults r) {
        try {
            return MAPPER.writeValueAsString(toMap(r));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the results as JSON", e);
        }
    }

    public static void write(BenchResults r, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(r) + "\n");
    }

    private static Map<String, Object> system(SystemResult s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("throughputArticles", s.throughputArticles());
        m.put("throughputMissing", s.throughputMissing());
        m.put("articlesPerSec", round(s.articlesPerSec(), 1));
        m.put("cpuSecondsPer1000Articles", round(s.cpuSecondsPer1000(), 3));
        m.put("warmupRounds", s.warmupRounds());
        m.put("jitMillisThroughputPhase", s.throughputJitMillis());
        m.put("peakHeapMb", round(s.peakHeapBytes() / (1024.0 * 1024.0), 1));
        m.put("latencyOfferedPerSec", round(s.offeredRate(), 1));
        m.put("latencyAchievedPerSec", round(s.achievedRate(), 1));
        m.put("latencyMissing", s.latencyMissing());
        m.put("latency", latency(s.latency()));
        m.put("newsroomRate", s.newsroomRate());
        m.put("newsroomLatency", latency(s.newsroomLatency()));
        m.put("avgPublishedRecordBytes", round(s.avgPublishedBytes(), 0));
        m.put("failedSubmissions", s.failedSubmissions());
        List<Map<String, Object>> threads = s.cpuByThread().stream().map(g -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("threads", g.name());
            t.put("count", g.threads());
            t.put("cpuSeconds", round(g.cpuSeconds(), 3));
            return t;
        }).toList();
        m.put("cpuByThread", threads);
        return m;
    }

    private static Map<String, Object> http(HttpResult h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", h.clients());
        m.put("seconds", round(h.seconds(), 2));
        m.put("accepted", h.accepted());
        m.put("failed", h.failed());
        m.put("firstFailure", h.firstFailure());
        m.put("requestsPerSec", round(h.requestsPerSec(), 1));
        m.put("cpuSecondsPer1000Requests", round(h.cpuSecondsPer1000(), 3));
        m.put("latency", latency(h.latency()));
        return m;
    }

    private static Map<String, Object> latency(LatencySummary l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", l.count());
        m.put("p50Ms", round(l.p50Ms(), 2));
        m.put("p95Ms", round(l.p95Ms(), 2));
        m.put("p99Ms", round(l.p99Ms(), 2));
        m.put("maxMs", round(l.maxMs(), 2));
        m.put("meanMs", round(l.meanMs(), 2));
        return m;
    }

    /** NaN and infinities (a ratio over a missing figure) become null. */
    static Double round(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
