package io.newsdesk.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * CPU time of another process and of its threads, from Linux's {@code /proc/PID/stat} and
 * {@code /proc/PID/task/TID/stat}: the read side runs in a JVM of its own, whose threads the benchmark's
 * {@link ThreadCpu} cannot see.
 */
final class ProcStat {
    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}): 100 on every Linux the JDK runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    private ProcStat() {
    }

    /** The command or thread name of a stat line: in parentheses, and it may hold spaces and parentheses. */
    static String name(String statLine) {
        return statLine.substring(statLine.indexOf('(') + 1, statLine.lastIndexOf(')'));
    }

    /** User plus system time of a stat line (its 14th and 15th fields), in nanoseconds. */
    static long cpuNanos(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
        // fields[0] is the stat line's third field (the state): utime and stime are its 14th and 15th.
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    }

    /** The process's CPU time so far, in nanoseconds, or -1 where /proc cannot tell. */
    static long processCpuNanos(long pid) {
        try {
            return cpuNanos(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The CPU time so far of the process's threads whose names pass {@code threads}, in nanoseconds, or -1
     * where /proc cannot tell. A thread that ended is no longer counted.
     */
    static long threadsCpuNanos(long pid, Predicate<String> threads) {
        long total = 0;
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException threadEnded) {
                    continue;
                }
                if (threads.test(name(stat))) {
                    total += cpuNanos(stat);
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * HotSpot's JIT compiler threads ("C1 CompilerThread0", "C2 CompilerThread1"; the kernel keeps the first
     * 15 characters of a thread's name).
     */
    static boolean isJitCompiler(String threadName) {
        return threadName.matches("C[12] CompilerThre.*");
    }
}
