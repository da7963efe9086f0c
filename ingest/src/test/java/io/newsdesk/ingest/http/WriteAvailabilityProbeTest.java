package io.newsdesk.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.cluster.WriteAvailability;
import java.time.Clock;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

class WriteAvailabilityProbeTest {
    private final WriteAvailability writes = new WriteAvailability(Clock.systemUTC());

    @Test
    void whileWritesAreAcknowledgedTheClustersOwnViewAnswers() {
        BrokerStatus partitionDown = BrokerStatus.down("partition articles.submitted-2 has 1 in-sync replica(s)");
        assertEquals(partitionDown, new WriteAvailabilityProbe(writes, () -> partitionDown).check());
        assertEquals(BrokerStatus.up("ok"), new WriteAvailabilityProbe(writes, () -> BrokerStatus.up("ok")).check());
    }

    @Test
    void refusedWritesAreDownEvenWhileTheClusterSaysAllIsWell() {
        writes.sent();
        writes.answered(new NotEnoughReplicasException("fewer in-sync replicas than required"));

        BrokerStatus status = new WriteAvailabilityProbe(writes, () -> BrokerStatus.up("topics writable")).check();

        assertFalse(status.up());
        assertTrue(status.detail().startsWith("writes not acknowledged: the last write failed"), status.detail());
    }
}
