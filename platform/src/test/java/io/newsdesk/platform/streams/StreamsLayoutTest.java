package io.newsdesk.platform.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.TopicLayout;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamsLayoutTest {

    @Test
    void defaultsFollowTheClusterWithStreamsOwnStateDirectoryATenthOfASecondAndNothingPassedThrough() {
        StreamsLayout layout = StreamsLayout.from(ConfigSource.of(StreamsLayout.DEFAULTS));
        assertEquals(new StreamsLayout(ReplicationSetting.auto(StreamsLayout.REPLICATION, TopicLayout.MIN_INSYNC_REPLICAS),
                null, 100, Map.of()), layout);
    }

    @Test
    void readsEachKey() {
        StreamsLayout layout = StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.REPLICATION, "3",
                StreamsLayout.STATE_DIR, "/var/lib/newsdesk", StreamsLayout.COMMIT_INTERVAL_MS, "250",
                "KAFKA_STREAMS_NUM_STANDBY_REPLICAS", "2")));
        assertEquals(Replication.of(3, 2), layout.replication().forCluster(3));
        assertEquals("/var/lib/newsdesk", layout.stateDir());
        assertEquals(250, layout.commitIntervalMs());
        assertEquals(Map.of("num.standby.replicas", "2"), layout.passThrough());
    }

    @Test
    void aBlankStateDirectoryMeansStreamsDefault() {
        assertNull(StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.STATE_DIR, "  "))).stateDir());
    }

    @Test
    void anExplicitInSyncCountAppliesToStreamsTopicsToo() {
        StreamsLayout layout = StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.REPLICATION, "5",
                TopicLayout.MIN_INSYNC_REPLICAS, "4")));
        assertEquals(Replication.of(5, 4), layout.replication().forCluster(5));
    }

    @Test
    void refusesNoReplicasAndANonPositiveCommitInterval() {
        ConfigException replication = assertThrows(ConfigException.class,
                () -> StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.REPLICATION, "0"))));
        assertTrue(replication.getMessage().contains(StreamsLayout.REPLICATION), replication.getMessage());
        ConfigException commit = assertThrows(ConfigException.class,
                () -> StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.COMMIT_INTERVAL_MS, "0"))));
        assertTrue(commit.getMessage().contains(StreamsLayout.COMMIT_INTERVAL_MS), commit.getMessage());
    }
}
