package io.newsdesk.testkit;

import io.newsdesk.broker.LocalKafkaCluster;

import java.time.Duration;
import java.util.Map;

/** A three-node {@link LocalKafkaCluster}, its data in a temporary folder deleted when it stops. */
final class ClusterTestBroker implements TestBroker {

    /** Long enough for a node to catch up with what it missed on a busy two-core machine. */
    private static final Duration HEAL_TIMEOUT = Duration.ofSeconds(120);

    private final LocalKafkaCluster cluster;

    private ClusterTestBroker(LocalKafkaCluster cluster) {
        this.cluster = cluster;
    }

    static ClusterTestBroker start(Map<String, String> serverPropertyOverrides) {
        LocalKafkaCluster cluster = LocalKafkaCluster.temporary(3, serverPropertyOverrides);
        try {
            cluster.start();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return new ClusterTestBroker(cluster);
    }

    LocalKafkaCluster cluster() {
        return cluster;
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /**
     * A rolling restart, as an operator upgrades a cluster: one node at a time, each stopped cleanly and
     * started again, and the next only once every partition is fully replicated again. Clients never lose
     * the cluster, so this is a gentler test than the single broker's full restart.
     */
    @Override
    public void restart() {
        for (int node : cluster.nodeIds()) {
            cluster.restartNode(node);
            cluster.awaitFullyReplicated(HEAL_TIMEOUT);
        }
    }

    @Override
    public void stop() {
        cluster.close();
    }
}
