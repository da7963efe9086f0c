package io.newsdesk.ingest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

/** When a partition of ingest's topics cannot take an acks=all write, as the cluster's metadata shows it. */
class AdminBrokerProbeTest {
    private static final Node ONE = new Node(1, "127.0.0.1", 9092);
    private static final Node TWO = new Node(2, "127.0.0.1", 9093);
    private static final Node THREE = new Node(3, "127.0.0.1", 9094);

    private static TopicDescription topic(TopicPartitionInfo... partitions) {
        return new TopicDescription("articles.submitted", false, List.of(partitions), java.util.Set.of(), Uuid.randomUuid());
    }

    @Test
    void partitionsWithTheirInSyncReplicasAreWritable() {
        TopicDescription healthy = topic(new TopicPartitionInfo(0, ONE, List.of(ONE, TWO, THREE), List.of(ONE, TWO)),
                new TopicPartitionInfo(1, TWO, List.of(ONE, TWO, THREE), List.of(ONE, TWO, THREE)));
        assertEquals(Optional.empty(), AdminBrokerProbe.unwritable(healthy, 2));
    }

    @Test
    void fewerInSyncReplicasThanTheTopicRequiresIsUnwritable() {
        TopicDescription shrunk = topic(new TopicPartitionInfo(0, ONE, List.of(ONE, TWO, THREE), List.of(ONE, TWO)),
                new TopicPartitionInfo(1, THREE, List.of(ONE, TWO, THREE), List.of(THREE)));
        assertEquals(Optional.of("partition articles.submitted-1 has 1 in-sync replica(s), fewer than its "
                + "min.insync.replicas=2: the cluster refuses writes to it"), AdminBrokerProbe.unwritable(shrunk, 2));
    }

    @Test
    void aPartitionWithoutLeaderIsUnwritable() {
        TopicDescription leaderless = topic(new TopicPartitionInfo(0, null, List.of(ONE, TWO, THREE), List.of()));
        assertEquals(Optional.of("partition articles.submitted-0 has no leader"), AdminBrokerProbe.unwritable(leaderless, 1));
    }
}
