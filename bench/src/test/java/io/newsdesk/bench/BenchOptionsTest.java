package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void noArgumentsGiveTheDefaults() {
        BenchOptions o = BenchOptions.parse();
        assertEquals(BenchOptions.defaults(), o);
        assertEquals(3000, o.articles());
        assertEquals(0.5, o.load());
        assertEquals(Duration.ofSeconds(20), o.latencyDuration());
        assertEquals(6, o.partitions());
        assertEquals(100, o.commitIntervalMs());
        assertFalse(o.skipHttp());
        assertEquals(Path.of("bench-results.json"), o.out());
        assertEquals(Optional.empty(), o.fixedRate());
    }

    @Test
    void everyOptionIsReadWithSpaceOrEquals() {
        BenchOptions o = BenchOptions.parse("--articles", "500", "--warmup=50", "--warmup-rounds", "2",
                "--duration", "1m30s", "--load", "0.25", "--partitions=3", "--commit-interval-ms", "50", "--submitters", "8", "--drain-timeout", "45s",
                "--http-clients", "32", "--http-duration=500ms", "--seed", "7", "--out", "/tmp/r.json",
                "--jfr", "p.jfr", "--skip-http", "--rate", "120.5", "--newsroom-rate=0");
        assertEquals(500, o.articles());
        assertEquals(50, o.warmupArticles());
        assertEquals(2, o.warmupRounds());
        assertEquals(0.0, o.newsroomRate());
        assertEquals(Duration.ofSeconds(90), o.latencyDuration());
        assertEquals(0.25, o.load());
        assertEquals(3, o.partitions());
        assertEquals(50, o.commitIntervalMs());
        assertEquals(8, o.submitters());
        assertEquals(Duration.ofSeconds(45), o.drainTimeout());
        assertEquals(32, o.httpClients());
        assertEquals(Duration.ofMillis(500), o.httpDuration());
        assertEquals(7, o.seed());
        assertEquals(Path.of("/tmp/r.json"), o.out());
        assertEquals(Optional.of(Path.of("p.jfr")), o.jfr());
        assertTrue(o.skipHttp());
        assertEquals(Optional.of(120.5), o.fixedRate());
    }

    @Test
    void durationsTakeUnitsOrPlainSeconds() {
        assertEquals(Duration.ofSeconds(20), BenchOptions.duration("20s"));
        assertEquals(Duration.ofSeconds(20), BenchOptions.duration("20"));
        assertEquals(Duration.ofMillis(2500), BenchOptions.duration("2.5"));
        assertEquals(Duration.ofMinutes(2), BenchOptions.duration("2m"));
        assertEquals(Duration.ofMillis(250), BenchOptions.duration("250ms"));
        assertEquals(Duration.ofMinutes(1).plusSeconds(5), BenchOptions.duration("1m5s"));
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertMessage("--articles must be a whole number of at least 1, was 0", "--articles", "0");
        assertMessage("--newsroom-rate must be 0 or positive, was -5", "--newsroom-rate", "-5");
        assertMessage("--warmup-rounds must be a whole number of at least 1, was 0", "--warmup-rounds", "0");
        assertMessage("--articles must be a whole number, was many", "--articles", "many");
        assertMessage("--load must be in (0, 1], was 1.5", "--load", "1.5");
        assertMessage("--duration: not a duration: soon (use e.g. 20s, 1m, 500ms)", "--duration", "soon");
        assertMessage("--duration must be positive, was 0s", "--duration", "0s");
        assertMessage("--rate must be positive, was -3", "--rate", "-3");
        assertMessage("--partitions needs a value", "--partitions");
        assertMessage("unknown option --fast (see --help)", "--fast");
        assertMessage("--skip-http takes no value", "--skip-http=yes");
    }

    @Test
    void helpIsNotAnError() {
        assertThrows(BenchOptions.HelpRequested.class, () -> BenchOptions.parse("--articles", "5", "--help"));
        assertTrue(BenchOptions.USAGE.contains("--skip-http"));
    }

    @Test
    void parametersAreReportedWithTheResults() {
        var m = BenchOptions.parse("--rate", "80").asMap();
        assertEquals(3000, m.get("articles"));
        assertEquals(80.0, m.get("fixedRate"));
        assertEquals(20.0, m.get("latencyDurationSeconds"));
    }

    private static void assertMessage(String expected, String... args) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(args));
        assertEquals(expected, e.getMessage());
    }
}
