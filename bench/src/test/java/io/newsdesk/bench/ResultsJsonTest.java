package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

    static SystemResult system(String name, double perSec, double p99, double cpu, long heap) {
        return new SystemResult(name, 3000, 0, perSec, cpu, 3, 120, heap, 400, 398.5, 0,
                new LatencySummary(8000, p99 / 3, p99 / 1.5, p99, p99 * 2, p99 / 2.5), 50,
                new LatencySummary(500, p99 / 6, p99 / 5, p99 / 4, p99 / 3, p99 / 5.5), 14_000, 0,
                List.of(new ThreadCpu.Group("data-plane-kafka-request-handler-#", 8, 1.25)));
    }

    static BenchResults results(HttpResult http) {
        return new BenchResults(Map.of("cores", 2), Map.of("articles", 3000),
                system("baseline", 800, 200, 2.0, 300L << 20), system("pipeline", 600, 260, 5.0, 450L << 20), http);
    }

    @Test
    void headlineFiguresAndRatiosAreAtTheTop(@TempDir Path dir) throws Exception {
        HttpResult http = new HttpResult(64, 15.0, 31_000, 2, "HTTP 503: busy", 2066.67,
                new LatencySummary(31_000, 20, 35, 44.444, 90, 22), 0.9);
        Path file = dir.resolve("nested/bench-results.json");
        ResultsJson.write(results(http), file);
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(800.0, json.get("baselineArticlesPerSec").asDouble());
        assertEquals(600.0, json.get("pipelineArticlesPerSec").asDouble());
        assertEquals(0.75, json.get("throughputRatio").asDouble());
        assertEquals(200.0, json.get("baselineP99Ms").asDouble());
        assertEquals(260.0, json.get("pipelineP99Ms").asDouble());
        assertEquals(1.3, json.get("latencyRatio").asDouble());
        assertEquals(2066.7, json.get("ingestRequestsPerSec").asDouble());
        assertEquals(44.44, json.get("ingestP99Ms").asDouble());
        assertEquals(2.5, json.get("cpuRatio").asDouble());
        assertEquals(1.5, json.get("heapRatio").asDouble());
        assertEquals(2, json.get("machine").get("cores").asInt());
        assertEquals(3000, json.get("parameters").get("articles").asInt());
        assertEquals(300.0, json.get("baseline").get("peakHeapMb").asDouble());
        assertEquals(2.0, json.get("baseline").get("cpuSecondsPer1000Articles").asDouble());
        assertEquals(3, json.get("baseline").get("warmupRounds").asInt());
        assertEquals(1.3, json.get("newsroomLatencyRatio").asDouble(), 1e-9);
        assertEquals(65.0, json.get("pipeline").get("newsroomLatency").get("p99Ms").asDouble(), 1e-9);
        assertEquals(120, json.get("pipeline").get("jitMillisThroughputPhase").asLong());
        assertEquals("data-plane-kafka-request-handler-#",
                json.get("pipeline").get("cpuByThread").get(0).get("threads").asText());
        assertEquals("HTTP 503: busy", json.get("http").get("firstFailure").asText());
        assertEquals(2, json.get("http").get("failed").asInt());
    }

    @Test
    void aSkippedHttpDoorIsNullNotZero() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultsJson.toJson(results(null)));
        assertTrue(json.has("ingestRequestsPerSec"));
        assertTrue(json.get("ingestRequestsPerSec").isNull());
        assertTrue(json.get("ingestP99Ms").isNull());
        assertTrue(json.get("http").isNull());
    }

    @Test
    void aMissingFigureIsNullNotNaN() throws Exception {
        SystemResult noLatency = new SystemResult("baseline", 0, 3000, Double.NaN, 1, 1, -1, 1, 0, 0, 0,
                LatencySummary.EMPTY, 0, LatencySummary.EMPTY, Double.NaN, 0, List.of());
        BenchResults r = new BenchResults(Map.of(), Map.of(), noLatency, system("pipeline", 600, 260, 5.0, 1), null);
        JsonNode json = new ObjectMapper().readTree(ResultsJson.toJson(r));
        assertTrue(json.get("baselineArticlesPerSec").isNull());
        assertTrue(json.get("throughputRatio").isNull());
        assertTrue(json.get("latencyRatio").isNull());
        assertTrue(json.get("newsroomLatencyRatio").isNull());
        assertTrue(json.get("baseline").get("latency").get("p99Ms").isNull());
        assertEquals(3000, json.get("baseline").get("throughputMissing").asInt());
    }

    @Test
    void theTableShowsTheSameFiguresAndTargets() {
        String table = ResultsTable.render(results(null));
        assertTrue(table.contains("throughput (articles/s)                   800.0        600.0       0.75  ratio >= 0.7"), table);
        assertTrue(table.contains("  p99 ms                                  200.0        260.0       1.30  ratio <= 1.5"), table);
        assertTrue(table.contains("HTTP door: skipped"), table);
        assertTrue(!table.contains("note:"), "both systems kept up with the fixed load of 400/s: " + table);
    }

    @Test
    void theTableSaysWhenASystemCouldNotKeepUpWithTheFixedLoad() {
        BenchResults r = new BenchResults(Map.of(), Map.of(), system("baseline", 800, 200, 2.0, 1),
                system("pipeline", 70, 26_000, 11.0, 1), null);
        String table = ResultsTable.render(r);
        assertTrue(table.contains("note: the pipeline's throughput (70.0/s) is below the fixed load (400.0/s)"), table);
        assertTrue(!table.contains("note: the baseline"), table);
    }

    @Test
    void theTableShowsTheNewsroomLoadWithItsRatio() {
        String table = ResultsTable.render(results(null));
        assertTrue(table.contains("newsroom load: offered /s"), table);
        // p99 at the newsroom load: 50.0 ms and 65.0 ms, ratio 1.30.
        assertTrue(table.lines().anyMatch(l -> l.matches("\\s+p99 ms\\s+50\\.0\\s+65\\.0\\s+1\\.30")), table);
    }
}
