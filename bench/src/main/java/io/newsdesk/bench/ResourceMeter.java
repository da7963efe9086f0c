package io.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;

/**
 * Process CPU time and peak heap between {@link #start()} and the readings: CPU from
 * {@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}, heap as the sum of every heap
 * pool's peak usage since the peaks were reset (an upper bound of the true peak, since the pools need
 * not peak together; the usual figure for "how much heap did this need").
 */
public final class ResourceMeter {
    private final com.sun.management.OperatingSystemMXBean os;
    private final long cpuAtStart;

    private ResourceMeter(com.sun.management.OperatingSystemMXBean os, long cpuAtStart) {
        this.os = os;
        this.cpuAtStart = cpuAtStart;
    }

    /** Resets the heap pools' peaks and notes the CPU time so far. */
    public static ResourceMeter start() {
        OperatingSystemMXBean bean = ManagementFactory.getOperatingSystemMXBean();
        if (!(bean instanceof com.sun.management.OperatingSystemMXBean os)) {
            throw new IllegalStateException("this JVM does not report process CPU time (needs com.sun.management)");
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        return new ResourceMeter(os, os.getProcessCpuTime());
    }

    public double cpuSeconds() {
        return (os.getProcessCpuTime() - cpuAtStart) / 1e9;
    }

    public long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** One-minute load average of the machine, or NaN where the OS does not say. */
    public static double loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? Double.NaN : load;
    }
}
