package io.newsdesk.broker;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a check at a fixed delay on a daemon thread of its own: how a {@link LocalKafkaCluster} that runs
 * unattended starts again the nodes that died, as an orchestrator with {@code restart: unless-stopped} would.
 * The delay between checks is the back-off after a failed restart.
 */
final class NodeSupervisor implements AutoCloseable {
    private final ScheduledExecutorService executor;

    NodeSupervisor(Runnable check, Duration every) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-cluster-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
