package io.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recording of part of the run (the pipeline's measured phases), and its summary: where the
 * CPU samples ({@code jdk.ExecutionSample}) fell by thread group, by package and method of the top frame
 * (self time), and which Newsdesk methods were on the stack (inclusive time). The same data as
 * {@code jfr print --events jdk.ExecutionSample}, counted.
 */
public final class FlightRecording implements AutoCloseable {
    private final Recording recording;
    private final Path file;

    private FlightRecording(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts recording with the JDK's "profile" settings (method samples every 10-20 ms). */
    public static FlightRecording start(Path file) {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.setName("newsdesk-bench-pipeline");
            recording.start();
            return new FlightRecording(recording, file);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot start a flight recording with the JDK's profile settings", e);
        }
    }

    /** Stops, writes the recording to its file and returns the file. */
    public Path stop() throws IOException {
        recording.stop();
        recording.dump(file);
        return file;
    }

    @Override
    public void close() {
        recording.close();
    }

    /** The counted samples of a recording as text, {@code top} lines per table. */
    public static String summarise(Path file, int top) throws IOException {
        Map<String, Integer> byThread = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        Map<String, Integer> byPackage = new HashMap<>();
        Map<String, Integer> newsdeskInclusive = new HashMap<>();
        Map<String, Long> allocatedByThread = new HashMap<>();
        Map<String, Long> allocatedBySite = new HashMap<>();
        long allocated = 0;
        int collections = 0;
        double gcPauseMs = 0;
        double gcMs = 0;
        double compileMs = 0;
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String eventType = event.getEventType().getName();
            switch (eventType) {
                case "jdk.GarbageCollection" -> {
                    collections++;
                    gcMs += event.getDuration().toNanos() / 1e6;
                    gcPauseMs += event.getDuration("sumOfPauses").toNanos() / 1e6;
                }
                case "jdk.Compilation" -> compileMs += event.getDuration().toNanos() / 1e6;
                case "jdk.ObjectAllocationSample" -> {
                    long weight = event.getLong("weight");
                    allocated += weight;
                    RecordedThread t = event.getThread("eventThread");
                    allocatedByThread.merge(ThreadCpu.normalise(t == null || t.getJavaName() == null ? "?" : t.getJavaName()),
                            weight, Long::sum);
                    allocatedBySite.merge(allocationSite(event.getStackTrace()), weight, Long::sum);
                }
                default -> {
                }
            }
            if (!eventType.equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            RecordedThread thread = event.getThread("sampledThread");
            String threadName = thread == null ? "?" : thread.getJavaName() == null ? thread.getOSName() : thread.getJavaName();
            byThread.merge(ThreadCpu.normalise(threadName), 1, Integer::sum);
            List<RecordedFrame> frames = stack.getFrames();
            RecordedFrame topFrame = frames.get(0);
            String type = topFrame.getMethod().getType().getName();
            byMethod.merge(type + "." + topFrame.getMethod().getName(), 1, Integer::sum);
            byPackage.merge(packageOf(type), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String t = frame.getMethod().getType().getName();
                if (t.startsWith("io.newsdesk.") && !t.startsWith("io.newsdesk.bench.")) {
                    String m = t + "." + frame.getMethod().getName();
                    if (seen.add(m)) {
                        newsdeskInclusive.merge(m, 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d CPU samples (jdk.ExecutionSample) in %s%n", samples, file));
        table(out, "by thread group", byThread, samples, top);
        table(out, "by package of the top frame (self)", byPackage, samples, top);
        table(out, "by method of the top frame (self)", byMethod, samples, top);
        table(out, "Newsdesk methods on the stack (inclusive)", newsdeskInclusive, samples, top);
        out.append(String.format(Locale.ROOT, "%n  garbage collection: %d collections, %.0f ms in total, %.0f ms paused;"
                + " JIT compilation: %.0f ms%n", collections, gcMs, gcPauseMs, compileMs));
        out.append(String.format(Locale.ROOT, "  allocation (jdk.ObjectAllocationSample weights): %.0f MB in total%n",
                allocated / 1048576.0));
        bytesTable(out, "allocated by thread group", allocatedByThread, allocated, top / 2);
        bytesTable(out, "allocated by site (first Newsdesk frame, else top frame)", allocatedBySite, allocated, top);
        return out.toString();
    }

    /** Where an allocation comes from: its first Newsdesk frame, or the allocating method if none. */
    private static String allocationSite(RecordedStackTrace stack) {
        if (stack == null || stack.getFrames().isEmpty()) {
            return "?";
        }
        for (RecordedFrame frame : stack.getFrames()) {
            String t = frame.getMethod().getType().getName();
            if (t.startsWith("io.newsdesk.") && !t.startsWith("io.newsdesk.bench.")) {
                return t + "." + frame.getMethod().getName();
            }
        }
        RecordedFrame top = stack.getFrames().get(0);
        return top.getMethod().getType().getName() + "." + top.getMethod().getName();
    }

    private static void bytesTable(StringBuilder out, String title, Map<String, Long> bytes, long total, int top) {
        out.append(String.format(Locale.ROOT, "%n  %s%n", title));
        bytes.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %6.1f%%  %8.0f MB  %s%n",
                        100.0 * e.getValue() / Math.max(1, total), e.getValue() / 1048576.0, e.getKey())));
    }

    /** The first three segments of a package: org.apache.kafka, io.newsdesk.enrich, java.util.regex. */
    static String packageOf(String type) {
        int lastDot = type.lastIndexOf('.');
        String pkg = lastDot < 0 ? "(default)" : type.substring(0, lastDot);
        String[] parts = pkg.split("\\.");
        return parts.length <= 3 ? pkg : parts[0] + "." + parts[1] + "." + parts[2];
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int total, int top) {
        out.append(String.format(Locale.ROOT, "%n  %s%n", title));
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %6.1f%%  %6d  %s%n",
                        100.0 * e.getValue() / Math.max(1, total), e.getValue(), e.getKey())));
    }
}
