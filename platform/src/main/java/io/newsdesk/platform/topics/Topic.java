package io.newsdesk.platform.topics;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * The typed contract of one topic: its name and the serdes of its keys and values. Producers,
 * topologies and tests all read the same value, so a topic's encoding is stated once.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name is blank");
        }
    }
}
