package io.newsdesk.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class WriteAvailabilityTest {
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final WriteAvailability writes = new WriteAvailability(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void pass(Duration time) {
        now = now.plus(time);
    }

    @Test
    void acknowledgedWritesAndSilenceWithNothingWaitingAreFine() {
        assertEquals(Optional.empty(), writes.problem());
        writes.sent();
        writes.answered(null);
        pass(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), writes.problem(), "no writes for a while is not an outage");
    }

    @Test
    void writesWaitingWithNoAnswerForLongerThanTheStallAreAProblem() {
        writes.sent();
        writes.sent();
        pass(WriteAvailability.STALL);
        assertEquals(Optional.empty(), writes.problem(), "five seconds is a failover, not yet an outage");
        pass(Duration.ofSeconds(1));
        assertEquals(Optional.of("2 write(s) waiting 6 s for the cluster to acknowledge any"), writes.problem());

        writes.answered(null);
        assertEquals(Optional.empty(), writes.problem(), "an acknowledgement is progress");
    }

    @Test
    void aRetriableFailureIsAProblemUntilAWriteIsAcknowledgedOrItIsForgotten() {
        writes.sent();
        writes.answered(new NotEnoughReplicasException("Messages are rejected since there are fewer in-sync replicas than required."));
        pass(Duration.ofSeconds(3));
        Optional<String> problem = writes.problem();
        assertTrue(problem.isPresent() && problem.get().startsWith("the last write failed 3 s ago")
                && problem.get().contains("NotEnoughReplicasException"), problem.toString());

        pass(WriteAvailability.FAILURE_MEMORY);
        assertEquals(Optional.empty(), writes.problem(), "forgotten, so that work is offered and tried again");

        writes.sent();
        writes.answered(new TimeoutException("Expiring 1 record(s)"));
        writes.sent();
        writes.answered(null);
        assertEquals(Optional.empty(), writes.problem());
    }

    @Test
    void recordsOfAClosedProducerNoLongerWait() {
        WriteAvailabilityInterceptor interceptor = new WriteAvailabilityInterceptor();
        java.util.Map<String, Object> config = new java.util.HashMap<>();
        writes.attachTo(config);
        interceptor.configure(config);
        interceptor.onSend(null);
        interceptor.onSend(null);
        interceptor.onAcknowledgement(null, null);

        interceptor.close();
        pass(Duration.ofMinutes(1));

        assertEquals(Optional.empty(), writes.problem(), "an idle service whose old producer closed is not stalled");
    }

    @Test
    void aRecordRefusedForWhatItIsDoesNotMakeTheClusterUnavailable() {
        writes.sent();
        writes.answered(new RecordTooLargeException("too large"));
        assertEquals(Optional.empty(), writes.problem());
    }
}
