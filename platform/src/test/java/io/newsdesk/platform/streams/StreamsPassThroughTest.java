package io.newsdesk.platform.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamsPassThroughTest {

    @Test
    void mapsKeysToStreamsNamesIncludingNamesWithUnderscoresAndClientTags() {
        Map<String, String> settings = StreamsPassThrough.from(ConfigSource.of(Map.of(
                "KAFKA_STREAMS_NUM_STANDBY_REPLICAS", " 2 ",
                "KAFKA_STREAMS_RACK_AWARE_ASSIGNMENT_TRAFFIC_COST", "10",
                "KAFKA_STREAMS_CLIENT_TAG_DATA_CENTER", "dc-2",
                "KAFKA_BOOTSTRAP_SERVERS", "b:9092",
                "NEWSDESK_STATE_DIR", "/tmp")));

        assertEquals(Map.of("num.standby.replicas", "2", "rack.aware.assignment.traffic_cost", "10",
                "client.tag.data_center", "dc-2"), settings);
    }

    @Test
    void aNameThatIsNoStreamsSettingIsRefusedNotIgnored() {
        ConfigException refused = assertThrows(ConfigException.class, () -> StreamsPassThrough.from(
                ConfigSource.of(Map.of("KAFKA_STREAMS_NUM_STANDBYS", "1"))));
        assertEquals("KAFKA_STREAMS_NUM_STANDBYS", refused.key());
        assertTrue(refused.getMessage().contains("names no Kafka Streams setting"), refused.getMessage());
    }

    @Test
    void settingsNewsdeskOwnsAreRefusedWithWhatToDoInstead() {
        ConfigException guarantee = assertThrows(ConfigException.class, () -> StreamsPassThrough.from(
                ConfigSource.of(Map.of("KAFKA_STREAMS_PROCESSING_GUARANTEE", "at_least_once"))));
        assertTrue(guarantee.getMessage().contains("exactly_once_v2"), guarantee.getMessage());
        ConfigException replication = assertThrows(ConfigException.class, () -> StreamsPassThrough.from(
                ConfigSource.of(Map.of("KAFKA_STREAMS_REPLICATION_FACTOR", "3"))));
        assertTrue(replication.getMessage().contains(StreamsLayout.REPLICATION), replication.getMessage());
    }
}
