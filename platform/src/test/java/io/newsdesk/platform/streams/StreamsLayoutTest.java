package io.newsdesk.platform.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamsLayoutTest {

    @Test
    void defaultsAreOneReplicaStreamsOwnStateDirectoryAndATenthOfASecond() {
        StreamsLayout layout = StreamsLayout.from(ConfigSource.of(StreamsLayout.DEFAULTS));
        assertEquals(new StreamsLayout(1, null, 100), layout);
    }

    @Test
    void readsEachKey() {
        StreamsLayout layout = StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.REPLICATION, "3",
                StreamsLayout.STATE_DIR, "/var/lib/newsdesk", StreamsLayout.COMMIT_INTERVAL_MS, "250")));
        assertEquals(new StreamsLayout(3, "/var/lib/newsdesk", 250), layout);
    }

    @Test
    void aBlankStateDirectoryMeansStreamsDefault() {
        assertNull(StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.STATE_DIR, "  "))).stateDir());
    }

    @Test
    void refusesNoReplicasAndANonPositiveCommitInterval() {
        ConfigException replication = assertThrows(ConfigException.class,
                () -> StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.REPLICATION, "0"))));
        assertTrue(replication.getMessage().contains(StreamsLayout.REPLICATION), replication.getMessage());
        ConfigException commit = assertThrows(ConfigException.class,
                () -> StreamsLayout.from(ConfigSource.of(Map.of(StreamsLayout.COMMIT_INTERVAL_MS, "0"))));
        assertTrue(commit.getMessage().contains(StreamsLayout.COMMIT_INTERVAL_MS), commit.getMessage());
    }
}
