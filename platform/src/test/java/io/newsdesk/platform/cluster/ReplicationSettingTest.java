package io.newsdesk.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationSettingTest {
    private static final String FACTOR = "NEWSDESK_TOPIC_REPLICATION";
    private static final String IN_SYNC = "NEWSDESK_TOPIC_MIN_INSYNC_REPLICAS";

    private static ReplicationSetting read(Map<String, String> values) {
        return ReplicationSetting.read(ConfigSource.of(values), ReplicationSetting.count(FACTOR, "copies"),
                ReplicationSetting.count(IN_SYNC, "in sync"));
    }

    @Test
    void autoFollowsTheClusterThreeCopiesTwoInSyncFromThreeBrokers() {
        ReplicationSetting auto = read(Map.of(FACTOR, "auto", IN_SYNC, "AUTO"));
        assertTrue(auto.automatic());
        assertEquals(Replication.of(1, 1), auto.forCluster(1));
        assertEquals(Replication.of(2, 1), auto.forCluster(2));
        assertEquals(Replication.of(3, 2), auto.forCluster(3));
        assertEquals(Replication.of(3, 2), auto.forCluster(7));
        assertEquals(auto, read(Map.of()), "unset is auto");
    }

    @Test
    void anExplicitFactorIsKeptAndItsInSyncCountIsAMajority() {
        assertEquals(Replication.of(5, 3), read(Map.of(FACTOR, "5")).forCluster(6));
        assertEquals(Replication.of(1, 1), read(Map.of(FACTOR, "1")).forCluster(3));
        assertEquals(Replication.of(3, 3), read(Map.of(FACTOR, "3", IN_SYNC, "3")).forCluster(3));
    }

    @Test
    void moreCopiesThanBrokersIsRefusedLoudlyNeverQuietlyReduced() {
        ConfigException refused = assertThrows(ConfigException.class, () -> read(Map.of(FACTOR, "3")).forCluster(1));
        assertEquals(FACTOR, refused.key());
        assertTrue(refused.getMessage().contains("is more than the 1 broker(s) of the cluster"), refused.getMessage());
    }

    @Test
    void moreInSyncThanCopiesIsRefused() {
        ConfigException refused = assertThrows(ConfigException.class,
                () -> read(Map.of(FACTOR, "auto", IN_SYNC, "2")).forCluster(1));
        assertEquals(IN_SYNC, refused.key());
        assertTrue(refused.getMessage().contains("no write could ever be acknowledged"), refused.getMessage());
    }

    @Test
    void nonsenseIsRefusedWithTheKey() {
        assertEquals(FACTOR, assertThrows(ConfigException.class, () -> read(Map.of(FACTOR, "three"))).key());
        assertEquals(IN_SYNC, assertThrows(ConfigException.class, () -> read(Map.of(IN_SYNC, "0"))).key());
        assertEquals(FACTOR + ": must be auto or a whole number between 1 and 32767, was 'three'",
                assertThrows(ConfigException.class, () -> read(Map.of(FACTOR, "three"))).getMessage());
    }

    @Test
    void warnsWhenWeakerThanTheClusterAllows() {
        ReplicationSetting one = read(Map.of(FACTOR, "1"));
        List<String> warnings = one.warnings(one.forCluster(3), 3);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("losing one broker loses data that was acknowledged"), warnings.get(0));

        ReplicationSetting loose = read(Map.of(IN_SYNC, "1"));
        assertTrue(loose.warnings(loose.forCluster(3), 3).get(0).contains("acknowledged once one broker has it"));

        ReplicationSetting auto = read(Map.of());
        assertEquals(List.of(), auto.warnings(auto.forCluster(3), 3));
        assertEquals(List.of(), auto.warnings(auto.forCluster(1), 1), "one broker can do no better");
        assertTrue(auto.warnings(auto.forCluster(2), 2).get(0).contains("cannot do better"));
    }
}
