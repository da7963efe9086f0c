package io.newsdesk.ingest.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Asks the cluster for ingest's topics: reachable, the topics exist and every partition has a leader
 * (a partition without one cannot take an acks=all write).
 */
public final class AdminBrokerProbe implements BrokerProbe {
    private final Admin admin;
    private final List<String> topics;
    private final Duration timeout;

    public AdminBrokerProbe(Admin admin, List<String> topics, Duration timeout) {
        this.admin = admin;
        this.topics = List.copyOf(topics);
        this.timeout = timeout;
    }

    @Override
    public BrokerStatus check() {
        try {
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            for (TopicDescription d : described.values()) {
                for (TopicPartitionInfo p : d.partitions()) {
                    if (p.leader() == null || p.leader().isEmpty()) {
                        return BrokerStatus.down("partition " + d.name() + "-" + p.partition() + " has no leader");
                    }
                }
            }
            return BrokerStatus.up("topics " + topics + " writable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BrokerStatus.down("interrupted");
        } catch (ExecutionException e) {
            return BrokerStatus.down(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return BrokerStatus.down("no answer from the cluster within " + timeout);
        }
    }
}
