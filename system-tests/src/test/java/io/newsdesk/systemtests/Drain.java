package io.newsdesk.systemtests;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting for the pipeline to catch up with the load before the audit's final word. */
final class Drain {
    private Drain() {
    }

    /**
     * Re-reads the topics (through {@code complete}) every 2 s until the audit finds everything it waits
     * for, at most {@code max}. False when it did not: the test then prints the audit's figures and
     * fails on them, which says more than a timeout would.
     */
    static boolean until(String what, Duration max, Callable<Boolean> complete) {
        try {
            await(what).atMost(max).pollInterval(Duration.ofSeconds(2)).until(complete);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
