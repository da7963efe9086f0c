package io.newsdesk.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an orchestrator does for the services of a chaos test, one check per {@link #run()}: starts an
 * instance that exited on its own, and restarts one that stays unhealthy ({@code /health} not 200) for
 * longer than {@link #UNHEALTHY_LIMIT}, as a liveness probe would. Counts both, for the test's report.
 */
final class ServiceSupervisor implements Runnable {
    /** An instance unhealthy this long is restarted, as an orchestrator's liveness probe would. */
    static final Duration UNHEALTHY_LIMIT = Duration.ofSeconds(30);
    /**
     * A fresh instance that was never healthy gets this long to start, as an orchestrator's startup probe
     * gives it: on a loaded machine a JVM with Streams and a Lucene index can take over 30 s to answer, and
     * killing it at 30 s then restarts every instance for ever (seen at a load average of 35 on 2 cores).
     */
    static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final List<ServiceProcess> services;
    private final String logPrefix;
    private final AtomicInteger restartsOfCrashed = new AtomicInteger();
    private final AtomicInteger restartsOfUnhealthy = new AtomicInteger();

    ServiceSupervisor(List<ServiceProcess> services, String logPrefix) {
        this.services = List.copyOf(services);
        this.logPrefix = logPrefix;
    }

    @Override
    public void run() {
        for (ServiceProcess service : services) {
            if (!service.alive()) {
                System.out.println(logPrefix + " " + service.name() + " exited on its own; starting it again");
                restartsOfCrashed.incrementAndGet();
                service.start();
            } else if (!service.healthy()
                    && service.unhealthyFor().compareTo(service.everHealthy() ? UNHEALTHY_LIMIT : START_LIMIT) > 0) {
                System.out.println(logPrefix + " " + service.name() + " unhealthy for " + service.unhealthyFor().toSeconds()
                        + " s; restarting it");
                restartsOfUnhealthy.incrementAndGet();
                service.killAndStart();
            }
        }
    }

    int restartsOfCrashed() {
        return restartsOfCrashed.get();
    }

    int restartsOfUnhealthy() {
        return restartsOfUnhealthy.get();
    }
}
