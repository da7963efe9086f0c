package io.newsdesk.publish.status;

import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListStreamsGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The status page's view of the cluster through an {@link Admin}: the Newsdesk topics (the catalogue's
 * names under the prefix, and the routed slices {@code articles.published.*} found on the cluster) with
 * their start and end offsets, and the committed offsets of the configured groups and of every other
 * group on the cluster (at most {@value #MAX_GROUPS}) on those topics, giving the {@link LagTable}.
 * Each call waits at most {@code timeout}; the last good figures stay until a call succeeds.
 * Used by one thread at a time (the collector's).
 */
final class ClusterOffsets {
    static final int MAX_GROUPS = 200;

    private final Topics topics;
    private final Admin admin;
    private final List<String> configuredGroups;
    private final Duration timeout;

    private Map<TopicPartition, Long> endOffsets = Map.of();
    private List<StatusSnapshot.TopicOffsets> topicOffsets = List.of();
    private List<StatusSnapshot.GroupLag> groupLag = List.of();

    ClusterOffsets(Topics topics, Admin admin, List<String> configuredGroups, Duration timeout) {
        this.topics = topics;
        this.admin = admin;
        this.configuredGroups = List.copyOf(configuredGroups);
        this.timeout = timeout;
    }

    /** Every partition of the Newsdesk topics with its end offset, as of the last good read. */
    Map<TopicPartition, Long> endOffsets() {
        return endOffsets;
    }

    List<StatusSnapshot.TopicOffsets> topicOffsets() {
        return topicOffsets;
    }

    List<StatusSnapshot.GroupLag> groupLag() {
        return groupLag;
    }

    /** Reads the topics and their start and end offsets. */
    void readOffsets() throws ExecutionException, TimeoutException, InterruptedException {
        Set<String> names = newsdeskTopics(admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        Map<String, TopicDescription> described = names.isEmpty() ? Map.of()
                : admin.describeTopics(names).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        List<StatusSnapshot.TopicOffsets> rows = new ArrayList<>();
        for (String topic : new TreeSet<>(described.keySet())) {
            List<TopicPartition> ofTopic = partitions.stream().filter(tp -> tp.topic().equals(topic)).toList();
            rows.add(new StatusSnapshot.TopicOffsets(topic, ofTopic.size(),
                    ofTopic.stream().mapToLong(tp -> starts.getOrDefault(tp, 0L)).sum(),
                    ofTopic.stream().mapToLong(tp -> ends.getOrDefault(tp, 0L)).sum()));
        }
        endOffsets = Map.copyOf(ends);
        topicOffsets = List.copyOf(rows);
    }

    /** The catalogue's topics under this prefix, and the routed slices of the published topic. */
    Set<String> newsdeskTopics(Collection<String> onCluster) {
        Set<String> fixed = topics.specs().stream().map(TopicSpec::name).collect(Collectors.toSet());
        String slicePrefix = topics.publishedSlice("");
        return onCluster.stream().filter(n -> fixed.contains(n) || (n.startsWith(slicePrefix) && n.length() > slicePrefix.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** Reads the groups' committed offsets on the partitions {@link #readOffsets()} found. */
    void readLag() throws ExecutionException, TimeoutException, InterruptedException {
        if (endOffsets.isEmpty()) {
            groupLag = LagTable.of(Map.of(), Map.of(), configuredGroups);
            return;
        }
        Collection<GroupListing> listed = admin.listGroups().all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, GroupType> types = new TreeMap<>();
        for (GroupListing g : listed) {
            GroupType type = g.type().orElse(GroupType.CLASSIC);
            if (type != GroupType.SHARE) {   // share groups have no committed offsets
                types.put(g.groupId(), type);
            }
        }
        // The configured groups first, so a busy cluster's many groups never push them off the page.
        Set<String> wanted = new LinkedHashSet<>(configuredGroups);
        types.keySet().stream().limit(MAX_GROUPS).forEach(wanted::add);
        List<TopicPartition> ours = List.copyOf(endOffsets.keySet());
        Map<String, ListConsumerGroupOffsetsSpec> consumerGroups = new LinkedHashMap<>();
        Map<String, ListStreamsGroupOffsetsSpec> streamsGroups = new LinkedHashMap<>();
        for (String group : wanted) {
            if (types.get(group) == GroupType.STREAMS) {
                streamsGroups.put(group, new ListStreamsGroupOffsetsSpec().topicPartitions(ours));
            } else {
                consumerGroups.put(group, new ListConsumerGroupOffsetsSpec().topicPartitions(ours));
            }
        }
        Map<String, Map<TopicPartition, Long>> committed = new LinkedHashMap<>();
        if (!consumerGroups.isEmpty()) {
            ListConsumerGroupOffsetsResult result = admin.listConsumerGroupOffsets(consumerGroups);
            for (String group : consumerGroups.keySet()) {
                committed.put(group, committedOffsets(result.partitionsToOffsetAndMetadata(group)));
            }
        }
        if (!streamsGroups.isEmpty()) {
            ListStreamsGroupOffsetsResult result = admin.listStreamsGroupOffsets(streamsGroups);
            for (String group : streamsGroups.keySet()) {
                committed.put(group, committedOffsets(result.partitionsToOffsetAndMetadata(group)));
            }
        }
        groupLag = LagTable.of(endOffsets, committed, configuredGroups);
    }

    private Map<TopicPartition, Long> committedOffsets(KafkaFuture<Map<TopicPartition, OffsetAndMetadata>> future)
            throws ExecutionException, TimeoutException, InterruptedException {
        Map<TopicPartition, Long> out = new HashMap<>();
        // Partitions asked for but never committed come back with a null value.
        future.get(timeout.toMillis(), TimeUnit.MILLISECONDS).forEach((tp, om) -> {
            if (om != null) {
                out.put(tp, om.offset());
            }
        });
        return out;
    }
}
