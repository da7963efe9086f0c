package io.newsdesk.ingest.http;

import io.newsdesk.platform.cluster.WriteAvailability;

/**
 * Ingest's writes as its producer saw them first, then the cluster's own view: a cluster that lost too many
 * brokers can keep describing its partitions as fine (with its controller quorum gone, nobody updates the
 * metadata), while every write waits and times out. Whichever sees trouble answers DOWN, with its reason.
 */
public final class WriteAvailabilityProbe implements BrokerProbe {
    private final WriteAvailability writes;
    private final BrokerProbe cluster;

    public WriteAvailabilityProbe(WriteAvailability writes, BrokerProbe cluster) {
        this.writes = writes;
        this.cluster = cluster;
    }

    @Override
    public BrokerStatus check() {
        return writes.problem()
                .map(problem -> BrokerStatus.down("writes not acknowledged: " + problem))
                .orElseGet(cluster::check);
    }
}
