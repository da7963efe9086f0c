package io.newsdesk.systemtests;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** The schedulers that drive load, faults and supervision in the system tests, and how they are stopped. */
final class Schedules {
    private Schedules() {
    }

    /** Daemon threads named {@code name}; stopping it ends the schedule (see {@link #stop}). */
    static ScheduledExecutorService daemon(String name, int threads) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        // Stopping ends the schedule: no step that was only planned runs afterwards.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        return executor;
    }

    /**
     * Lets a running step finish (a kill half done would leave an instance down, or a submission half
     * sent unrecorded), runs no further one.
     */
    static void stop(ScheduledExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    /**
     * Runs a scheduled step; a failure is kept for the test to report instead of silently ending the schedule
     * (an executor drops a periodic task whose run threw).
     */
    static void guard(AtomicReference<Throwable> failure, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            System.out.println("[chaos] step failed: " + e);
        }
    }
}
