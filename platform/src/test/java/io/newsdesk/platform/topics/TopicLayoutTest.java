package io.newsdesk.platform.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.platform.cluster.Replication;
import io.newsdesk.platform.cluster.ReplicationSetting;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

    @Test
    void defaultsAreSixPartitionsWithReplicationFollowingTheCluster() {
        TopicLayout layout = TopicLayout.from(ConfigSource.of(TopicLayout.DEFAULTS));
        assertEquals(new TopicLayout("", 6, ReplicationSetting.auto(TopicLayout.REPLICATION,
                TopicLayout.MIN_INSYNC_REPLICAS)), layout);
        assertEquals(Replication.of(3, 2), layout.replication().forCluster(3));
        assertEquals(Replication.of(1, 1), layout.replication().forCluster(1));
    }

    @Test
    void readsPrefixPartitionsAndReplication() {
        TopicLayout layout = TopicLayout.from(ConfigSource.of(Map.of(TopicLayout.PREFIX, "staging.",
                TopicLayout.PARTITIONS, "12", TopicLayout.REPLICATION, "3", TopicLayout.MIN_INSYNC_REPLICAS, "3")));
        assertEquals("staging.", layout.prefix());
        assertEquals(12, layout.partitions());
        assertEquals(Replication.of(3, 3), layout.replication().forCluster(5));
        assertEquals("staging.articles.published", layout.topics().published().name());
    }

    @Test
    void impossibleValuesNameTheirKey() {
        assertEquals(TopicLayout.PARTITIONS, assertThrows(ConfigException.class,
                () -> TopicLayout.from(ConfigSource.of(Map.of(TopicLayout.PARTITIONS, "0")))).key());
        assertEquals(TopicLayout.REPLICATION, assertThrows(ConfigException.class,
                () -> TopicLayout.from(ConfigSource.of(Map.of(TopicLayout.REPLICATION, "40000")))).key());
    }
}
