package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArchiveOptionsTest {
    @Test
    void theArchiveOptionChoosesThisBenchmarkAndTakesItsOwnOptions() {
        assertTrue(ArchiveOptions.requested("--archive", "1000"));
        assertTrue(ArchiveOptions.requested("--archive=1000"));
        assertFalse(ArchiveOptions.requested("--articles", "1000"));
        ArchiveOptions o = ArchiveOptions.parse("--archive", "100000", "--readers=20", "--duration", "30s", "--heap", "1g",
                "--data", "/tmp/x", "--keep", "--seed", "7");
        assertEquals(new ArchiveOptions(100_000, 20, Duration.ofSeconds(30), "1g", Path.of("/tmp/x"), true, 7, false, null), o);
        ArchiveOptions reused = ArchiveOptions.parse("--archive", "1000", "--reuse", "--profile", "/tmp/read-side.jfr");
        assertTrue(reused.reuse());
        assertTrue(reused.keep(), "a reused archive is kept for the next run");
        assertEquals(Path.of("/tmp/read-side.jfr"), reused.profile());
        ArchiveOptions defaults = ArchiveOptions.parse("--archive=1000");
        assertEquals(50, defaults.readers());
        assertEquals("512m", defaults.heap());
        assertEquals(Duration.ofSeconds(20), defaults.duration());
        assertFalse(defaults.reuse());
        assertEquals(null, defaults.profile());
    }

    @Test
    void badOptionsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArchiveOptions.parse("--archive", "ten"))
                .getMessage().contains("--archive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArchiveOptions.parse("--archive", "10"))
                .getMessage().contains("at least 100"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArchiveOptions.parse("--archive", "1000", "--heap", "lots"))
                .getMessage().contains("--heap"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ArchiveOptions.parse("--archive", "1000", "--articles", "5"))
                .getMessage().contains("unknown option"));
        assertThrows(BenchOptions.HelpRequested.class, () -> ArchiveOptions.parse("--archive", "--help"));
    }
}
