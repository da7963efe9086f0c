package io.newsdesk.ingest.version;

import io.newsdesk.schemas.VersionStamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the {@link VersionTable} from {@code articles.versions} at start: every partition from
 * the beginning to the end offset seen when loading began. The consumer must read committed data
 * only and is assigned partitions directly (no group: every ingest start reads the whole topic).
 */
public final class VersionTableLoader {
    private static final Logger LOG = LoggerFactory.getLogger(VersionTableLoader.class);

    private final Clock clock;

    public VersionTableLoader(Clock clock) {
        this.clock = clock;
    }

    /** @throws IllegalStateException when the end is not reached within {@code timeout} */
    public VersionTable load(Consumer<String, VersionStamp> consumer, String topic, Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : infos) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);

        VersionTable table = new VersionTable();
        long records = 0;
        while (!reached(consumer, end)) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + timeout);
            }
            for (ConsumerRecord<String, VersionStamp> record : consumer.poll(Duration.ofMillis(200))) {
                records++;
                // Tombstones never come from ingest; an operator deleting a key must not break the load.
                if (record.value() != null) {
                    table.advance(record.value().getArticleId(), record.value().getVersion());
                }
            }
        }
        LOG.info("version table rebuilt from {}: {} articles from {} records", topic, table.size(), records);
        return table;
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }
}
