package io.newsdesk.broker;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * What a {@link LocalKafkaCluster} asks its running cluster, through an admin client with short timeouts and
 * quick reconnects: who serves, who leads, and what is not yet healed after a failure. Every call is bounded,
 * and fails as an unchecked exception with the cause's message.
 */
final class ClusterAdmin implements AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    /** A voter that fetched the whole metadata log this recently is in the quorum, not catching up. */
    private static final Duration VOTER_CAUGHT_UP_WITHIN = Duration.ofSeconds(5);
    private static final int LAGGING_SHOWN = 10;
    private static final long POLL_MILLIS = 200;

    private final Admin admin;

    ClusterAdmin(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-kafka-cluster-probe");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
        properties.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        this.admin = Admin.create(properties);
    }

    /** The brokers serving (registered and unfenced) as the node(s) at this address see it. */
    Set<Integer> servingBrokers() {
        return call(() -> admin.describeCluster().nodes()).stream().map(Node::id).collect(Collectors.toSet());
    }

    /** The node leading {@code topic}'s partition now; empty while it has none. */
    OptionalInt leaderOf(String topic, int partition) {
        TopicDescription description = call(() -> admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        if (partition >= description.partitions().size()) {
            throw new IllegalArgumentException(topic + " has no partition " + partition);
        }
        Node leader = description.partitions().get(partition).leader();
        return leader == null || leader.isEmpty() ? OptionalInt.empty() : OptionalInt.of(leader.id());
    }

    /** The node whose controller leads the KRaft quorum now; empty while an election runs. */
    OptionalInt activeController() {
        int leader = call(() -> admin.describeMetadataQuorum().quorumInfo()).leaderId();
        return leader < 0 ? OptionalInt.empty() : OptionalInt.of(leader);
    }

    /**
     * What is not yet healed on a cluster of {@code nodeIds}, in words; empty when nothing: brokers not serving,
     * controllers behind on the metadata log, partitions without a leader or with replicas out of sync.
     */
    String lagging(SortedSet<Integer> nodeIds) {
        List<String> behind = new ArrayList<>();
        Collection<Node> serving = call(() -> admin.describeCluster().nodes());
        if (serving.size() < nodeIds.size()) {
            behind.add("brokers serving " + serving.stream().map(Node::id).sorted().toList() + " of " + nodeIds);
        }
        QuorumInfo quorum = call(() -> admin.describeMetadataQuorum().quorumInfo());
        long now = System.currentTimeMillis();
        if (quorum.leaderId() < 0) {
            behind.add("no active controller");
        }
        for (QuorumInfo.ReplicaState voter : quorum.voters()) {
            boolean caughtUp = voter.replicaId() == quorum.leaderId() || voter.lastCaughtUpTimestamp().isPresent()
                    && now - voter.lastCaughtUpTimestamp().getAsLong() < VOTER_CAUGHT_UP_WITHIN.toMillis();
            if (!caughtUp) {
                behind.add("controller " + voter.replicaId() + " catching up with the metadata log");
            }
        }
        Set<String> topics = call(() -> admin.listTopics(new ListTopicsOptions().listInternal(true)).names());
        Map<String, TopicDescription> described = call(() -> admin.describeTopics(topics).allTopicNames());
        for (TopicDescription topic : described.values()) {
            for (TopicPartitionInfo partition : topic.partitions()) {
                if (partition.leader() == null || partition.leader().isEmpty()) {
                    behind.add(topic.name() + "-" + partition.partition() + " has no leader");
                } else if (partition.isr().size() < partition.replicas().size()) {
                    behind.add(topic.name() + "-" + partition.partition() + " in sync " + ids(partition.isr())
                            + " of " + ids(partition.replicas()));
                }
            }
        }
        return behind.isEmpty() ? "" : behind.size() <= LAGGING_SHOWN ? String.join("; ", behind)
                : String.join("; ", behind.subList(0, LAGGING_SHOWN)) + "; and " + (behind.size() - LAGGING_SHOWN) + " more";
    }

    /**
     * Asks {@code notYetBecause} every 200 ms until it answers empty or {@code deadlineNanos} ({@link System#nanoTime()})
     * passes; returns its last answer, empty when the condition was met. Its exceptions end the wait.
     */
    static Optional<String> pollUntil(long deadlineNanos, Supplier<Optional<String>> notYetBecause) {
        Optional<String> why = Optional.of("not asked yet");
        while (System.nanoTime() < deadlineNanos) {
            why = notYetBecause.get();
            if (why.isEmpty()) {
                return why;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the Kafka cluster", e);
            }
        }
        return why;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).sorted().toList();
    }

    /** One admin call, bounded; failures as unchecked exceptions with the cause's message. */
    private static <T> T call(Supplier<KafkaFuture<T>> request) {
        try {
            return request.get().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the cluster", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + CALL_TIMEOUT, e);
        }
    }
}
