package io.newsdesk.platform.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicLayoutTest {

    @Test
    void defaultsAreOneLocalBrokersLayout() {
        assertEquals(new TopicLayout("", 6, (short) 1), TopicLayout.from(ConfigSource.of(TopicLayout.DEFAULTS)));
    }

    @Test
    void readsPrefixPartitionsAndReplication() {
        TopicLayout layout = TopicLayout.from(ConfigSource.of(Map.of(TopicLayout.PREFIX, "staging.",
                TopicLayout.PARTITIONS, "12", TopicLayout.REPLICATION, "3")));
        assertEquals(new TopicLayout("staging.", 12, (short) 3), layout);
        assertEquals("staging.articles.published", layout.topics().published().name());
    }

    @Test
    void impossibleValuesNameTheirKey() {
        assertEquals(TopicLayout.PARTITIONS, assertThrows(ConfigException.class,
                () -> TopicLayout.from(ConfigSource.of(Map.of(TopicLayout.PARTITIONS, "0")))).key());
        assertEquals(TopicLayout.REPLICATION, assertThrows(ConfigException.class,
                () -> TopicLayout.from(ConfigSource.of(Map.of(TopicLayout.REPLICATION, "40000")))).key());
    }
}
