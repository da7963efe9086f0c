package io.newsdesk.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationTest {

    @Test
    void theDefaultInSyncCountLetsOneBrokerGoAndKeepsAMajority() {
        assertEquals(1, Replication.defaultMinInsync(1));
        assertEquals(1, Replication.defaultMinInsync(2));
        assertEquals(2, Replication.defaultMinInsync(3));
        assertEquals(3, Replication.defaultMinInsync(4));
        assertEquals(3, Replication.defaultMinInsync(5));
    }

    @Test
    void topicsAreCreatedRefusingWritesTheyCannotKeepSafely() {
        assertEquals(Map.of("min.insync.replicas", "2"), Replication.of(3, 2).topicConfigs());
    }

    @Test
    void impossibleCombinationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Replication.of(0, 1));
        assertThrows(IllegalArgumentException.class, () -> Replication.of(3, 4));
        assertThrows(IllegalArgumentException.class, () -> Replication.of(3, 0));
    }
}
