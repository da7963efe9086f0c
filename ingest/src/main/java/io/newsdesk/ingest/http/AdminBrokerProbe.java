package io.newsdesk.ingest.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Asks the cluster for ingest's topics: reachable, the topics exist, and every partition can take an
 * {@code acks=all} write: it has a leader, and at least as many in-sync replicas as the topic's
 * {@code min.insync.replicas} (below that the broker refuses the write with {@code NotEnoughReplicas}).
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
            long deadline = System.nanoTime() + timeout.toNanos();
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.stream()
                            .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList()).all()
                    .get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            for (TopicDescription d : described.values()) {
                Optional<String> unwritable = unwritable(d,
                        minInsync(configs.get(new ConfigResource(ConfigResource.Type.TOPIC, d.name()))));
                if (unwritable.isPresent()) {
                    return BrokerStatus.down(unwritable.get());
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

    /** Why an {@code acks=all} write to some partition of {@code topic} cannot be acknowledged now; empty if none. */
    static Optional<String> unwritable(TopicDescription topic, int minInsync) {
        for (TopicPartitionInfo p : topic.partitions()) {
            if (p.leader() == null || p.leader().isEmpty()) {
                return Optional.of("partition " + topic.name() + "-" + p.partition() + " has no leader");
            }
            if (p.isr().size() < minInsync) {
                return Optional.of("partition " + topic.name() + "-" + p.partition() + " has " + p.isr().size()
                        + " in-sync replica(s), fewer than its min.insync.replicas=" + minInsync
                        + ": the cluster refuses writes to it");
            }
        }
        return Optional.empty();
    }

    /** The topic's effective min.insync.replicas (its own, or the brokers' default); 1 if unknown. */
    private static int minInsync(Config config) {
        ConfigEntry entry = config == null ? null : config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
        if (entry == null || entry.value() == null) {
            return 1;
        }
        return Integer.parseInt(entry.value());
    }
}
