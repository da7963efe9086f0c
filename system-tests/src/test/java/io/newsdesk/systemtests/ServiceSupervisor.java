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
            } else if (!service.healthy() && service.unhealthyFor().compareTo(UNHEALTHY_LIMIT) > 0) {
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
