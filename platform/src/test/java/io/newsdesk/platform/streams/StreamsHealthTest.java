package io.newsdesk.platform.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.cluster.WriteAvailability;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class StreamsHealthTest {
    private final WriteAvailability writes = new WriteAvailability(Clock.systemUTC());
    private final StreamsHealth health = new StreamsHealth(writes);

    @Test
    void runningAndAcknowledgedIsReady() {
        health.onChange(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
        assertTrue(health.live());
        assertTrue(health.ready());
        assertEquals(Map.of("streams", "RUNNING", "kafkaWrites", "acknowledged"), health.details());
    }

    @Test
    void writesTheClusterRefusesMakeItNotReadyButStillAliveAndSayWhy() {
        health.onChange(KafkaStreams.State.RUNNING, KafkaStreams.State.REBALANCING);
        writes.sent();
        writes.answered(new NotEnoughReplicasException("fewer in-sync replicas than required"));

        assertTrue(health.live(), "a restart would not bring the brokers back");
        assertFalse(health.ready());
        assertTrue(String.valueOf(health.details().get("kafkaWrites")).startsWith("NOT ACKNOWLEDGED: the last write failed"),
                health.details().toString());
    }

    @Test
    void weakerTopicsAreShown() {
        health.reportWeakerTopics(List.of("articles.tagged has min.insync.replicas=1, below 2"));
        assertEquals(List.of("articles.tagged has min.insync.replicas=1, below 2"), health.details().get("weakerTopics"));
    }
}
