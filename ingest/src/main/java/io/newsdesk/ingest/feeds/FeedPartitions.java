package io.newsdesk.ingest.feeds;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which partition of {@code ingest.feed-items} holds a source's feed items, and so which ingest
 * instance polls the source's feeds: the one the consumer group gave that partition. By source, not by
 * item, so that one owner holds every state its feeds need; with Kafka's own key hash (murmur2), so the
 * choice is the one any Kafka client would make for the key {@code source}.
 *
 * <p>It depends on the number of partitions: adding partitions moves sources to other partitions,
 * whose new owners do not know their items and submit each once more.
 */
public final class FeedPartitions {
    private FeedPartitions() {
    }

    public static int of(String source, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive: " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(source.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
