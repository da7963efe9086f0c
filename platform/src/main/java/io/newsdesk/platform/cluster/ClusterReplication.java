package io.newsdesk.platform.cluster;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the cluster how big it is and settles a service's {@link ReplicationSetting}s against it, once, at
 * start, saying in the log what was chosen and why (and warning when it is weaker than the cluster allows).
 */
public final class ClusterReplication {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterReplication.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ClusterReplication() {
    }

    /**
     * Brokers registered with the cluster, those fenced for the moment included: a broker that is down while a
     * service starts is still part of the cluster, and counting only the live ones would create topics with
     * too few copies for good.
     */
    public static int brokers(Admin admin) {
        try {
            return admin.describeCluster(new DescribeClusterOptions().includeFencedBrokers(true)
                            .timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the cluster for its brokers", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot ask the cluster for its brokers: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the cluster did not list its brokers within " + TIMEOUT, e);
        }
    }

    /**
     * {@code setting} on a cluster of {@code brokers}, logged once.
     *
     * @param of what the replication is for, e.g. "topics" or "Streams internal topics"
     * @throws io.newsdesk.platform.config.ConfigException when the setting cannot be met by this cluster
     */
    public static Replication settle(ReplicationSetting setting, int brokers, String of) {
        Replication replication = setting.forCluster(brokers);
        LOG.info("{}: {} ({} on a cluster of {} broker(s))", of, replication,
                setting.factor().isEmpty() ? "chosen" : "as configured", brokers);
        setting.warnings(replication, brokers).forEach(warning -> LOG.warn("{}: {}", of, warning));
        return replication;
    }
}
