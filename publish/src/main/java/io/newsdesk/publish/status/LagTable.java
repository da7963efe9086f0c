package io.newsdesk.publish.status;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each consumer group is behind on each Newsdesk topic: per partition the end offset minus the
 * group's committed offset, summed per topic. A partition the group never committed on has no lag to
 * speak of (the group may not read it, or has not yet); it is counted apart, never guessed.
 *
 * <p>End offsets include transaction markers, and a group that consumed a whole transaction commits the
 * offset past its marker, so a caught-up exactly-once reader shows 0, not the number of markers.
 */
public final class LagTable {
    private LagTable() {
    }

    /**
     * @param endOffsets  end offset of every partition of the Newsdesk topics; only these topics are shown
     * @param committed   committed offset per partition, per group (any topics; others are ignored)
     * @param alwaysShown groups listed even when they committed nothing on a Newsdesk topic, first and in
     *                    this order; other groups follow by name and only when they read a Newsdesk topic
     */
    public static List<StatusSnapshot.GroupLag> of(Map<TopicPartition, Long> endOffsets,
                                                   Map<String, Map<TopicPartition, Long>> committed,
                                                   Collection<String> alwaysShown) {
        Set<String> order = new LinkedHashSet<>(alwaysShown);
        order.addAll(new TreeMap<>(committed).keySet());
        Map<String, Integer> partitionsPerTopic = new TreeMap<>();
        endOffsets.keySet().forEach(tp -> partitionsPerTopic.merge(tp.topic(), 1, Integer::sum));

        List<StatusSnapshot.GroupLag> rows = new ArrayList<>();
        for (String group : order) {
            Map<String, long[]> perTopic = new TreeMap<>();   // topic -> {committed partitions, committed, lag}
            committed.getOrDefault(group, Map.of()).forEach((tp, offset) -> {
                Long end = endOffsets.get(tp);
                if (end == null || offset == null) {
                    return;
                }
                long[] sums = perTopic.computeIfAbsent(tp.topic(), t -> new long[3]);
                sums[0]++;
                sums[1] += offset;
                sums[2] += Math.max(0, end - offset);
            });
            if (perTopic.isEmpty() && !alwaysShown.contains(group)) {
                continue;
            }
            List<StatusSnapshot.TopicLag> topics = new ArrayList<>();
            long total = 0;
            for (Map.Entry<String, long[]> e : perTopic.entrySet()) {
                long[] sums = e.getValue();
                topics.add(new StatusSnapshot.TopicLag(e.getKey(), partitionsPerTopic.get(e.getKey()), (int) sums[0],
                        sums[1], sums[2]));
                total += sums[2];
            }
            rows.add(new StatusSnapshot.GroupLag(group, topics, total));
        }
        return List.copyOf(rows);
    }
}
