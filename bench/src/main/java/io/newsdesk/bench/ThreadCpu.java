package io.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time per thread between two moments, grouped by what the threads are (all of one kind share a name
 * up to ids and numbers: "kafka-producer-network-thread | newsdesk-ingest", "data-plane-kafka-request-
 * handler-#", "...-StreamThread-#"). With broker, services and load generator in one JVM this says which
 * part of the system the process CPU went to, which the process total cannot.
 *
 * <p>A thread that ended between the two snapshots is not counted; the benchmark's phases keep their
 * threads alive throughout, so what is lost is start-up and shut-down work.
 */
public final class ThreadCpu {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** CPU seconds of the {@code threads} threads whose names normalise to {@code name}. */
    public record Group(String name, int threads, double cpuSeconds) {
    }

    private final ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start;

    private ThreadCpu(Map<Long, Long> start) {
        this.start = start;
    }

    public static ThreadCpu start() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (bean.isThreadCpuTimeSupported() && !bean.isThreadCpuTimeEnabled()) {
            bean.setThreadCpuTimeEnabled(true);
        }
        Map<Long, Long> now = new HashMap<>();
        for (long id : bean.getAllThreadIds()) {
            long cpu = bean.getThreadCpuTime(id);
            if (cpu >= 0) {
                now.put(id, cpu);
            }
        }
        return new ThreadCpu(now);
    }

    /** Name of the line for process CPU no Java thread accounts for: GC and JIT compiler threads, mostly. */
    public static final String UNATTRIBUTED = "(GC, JIT and other VM threads)";

    /**
     * The groups since {@link #start()}, largest first, those under {@code minSeconds} left out, plus a line
     * {@value #UNATTRIBUTED} for what {@code processCpuSeconds} (measured over the same span) has beyond them.
     */
    public List<Group> since(double minSeconds, double processCpuSeconds) {
        List<Group> groups = since(0);
        double attributed = groups.stream().mapToDouble(Group::cpuSeconds).sum();
        List<Group> out = new ArrayList<>(groups.stream().filter(g -> g.cpuSeconds() >= minSeconds).toList());
        out.add(new Group(UNATTRIBUTED, 0, Math.max(0, processCpuSeconds - attributed)));
        out.sort((a, b) -> Double.compare(b.cpuSeconds(), a.cpuSeconds()));
        return out;
    }

    /** The groups since {@link #start()}, largest first, those under {@code minSeconds} left out. */
    public List<Group> since(double minSeconds) {
        Map<String, double[]> groups = new HashMap<>();
        for (long id : bean.getAllThreadIds()) {
            long cpu = bean.getThreadCpuTime(id);
            ThreadInfo info = bean.getThreadInfo(id);
            if (cpu < 0 || info == null) {
                continue;
            }
            double seconds = (cpu - start.getOrDefault(id, 0L)) / 1e9;
            double[] g = groups.computeIfAbsent(normalise(info.getThreadName()), k -> new double[2]);
            g[0] += 1;
            g[1] += seconds;
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((name, g) -> {
            if (g[1] >= minSeconds) {
                out.add(new Group(name, (int) g[0], g[1]));
            }
        });
        out.sort((a, b) -> Double.compare(b.cpuSeconds(), a.cpuSeconds()));
        return out;
    }

    static String normalise(String threadName) {
        return NUMBER.matcher(UUID.matcher(threadName).replaceAll("*")).replaceAll("#");
    }
}
