package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcStatTest {
    // A thread's stat line as Linux 6 prints it (utime 412, stime 37 ticks).
    private static final String COMPILER = "25932 (C2 CompilerThre) S 1 25900 25900 0 -1 4194368 7431 0 0 0 412 37 0 0 "
            + "20 0 97 0 181523 3876515840 162113 18446744073709551615 1 1 0 0 0 0 4 0 16899 0 0 0 -1 1 0 0 0 0 0";

    @Test
    void readsTheNameAndTheUserPlusSystemTime() {
        assertEquals("C2 CompilerThre", ProcStat.name(COMPILER));
        assertEquals((412 + 37) * 10_000_000L, ProcStat.cpuNanos(COMPILER));
    }

    @Test
    void aNameMayHoldSpacesAndParentheses() {
        String line = "7 (a) b (c) R 1 7 7 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 1 1 1";
        assertEquals("a) b (c", ProcStat.name(line));
        assertEquals(11 * 10_000_000L, ProcStat.cpuNanos(line));
    }

    @Test
    void knowsHotSpotsCompilerThreadsByTheirShortenedNames() {
        assertTrue(ProcStat.isJitCompiler("C2 CompilerThre"));
        assertTrue(ProcStat.isJitCompiler("C1 CompilerThre"));
        assertFalse(ProcStat.isJitCompiler("publish-http-3"));
        assertFalse(ProcStat.isJitCompiler("GC Thread#0"));
    }

    @Test
    void sumsTheThreadsOfALiveProcessThatPassTheTest() throws IOException {
        long pid = ProcessHandle.current().pid();
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                names.add(ProcStat.name(Files.readString(task.resolve("stat"))));
            }
        }
        // This test's own JVM has compiler threads, and they have compiled something by now.
        assertTrue(names.stream().anyMatch(ProcStat::isJitCompiler), names.toString());
        long compilers = ProcStat.threadsCpuNanos(pid, ProcStat::isJitCompiler);
        long all = ProcStat.threadsCpuNanos(pid, name -> true);
        assertTrue(compilers > 0, "compilers " + compilers);
        assertTrue(all > compilers, "all " + all + ", compilers " + compilers);
        assertEquals(0, ProcStat.threadsCpuNanos(pid, name -> false));
        assertTrue(ProcStat.processCpuNanos(pid) >= all - 10 * 10_000_000L, "process time covers its threads' time");
        assertEquals(-1, ProcStat.threadsCpuNanos(Long.MAX_VALUE, name -> true));
    }
}
