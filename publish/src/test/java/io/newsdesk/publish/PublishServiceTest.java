package io.newsdesk.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PublishServiceTest {
    @Test
    void ensuresEveryTopicItReadsOrWritesAndOneCompactedTopicPerSlice() {
        PublishConfig config = PublishConfig.from(ConfigSource.of(PublishService.defaults()).with(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "NEWSDESK_ROUTES", "courts=section:courts,justice=topic:medtop:02000000,justice=keyword:court")));
        Map<String, TopicSpec> specs = PublishService.topicSpecs(Topics.withPrefix("t1-"), config).stream()
                .collect(Collectors.toMap(TopicSpec::name, s -> s));
        assertEquals(List.of("t1-articles.dlq", "t1-articles.enriched", "t1-articles.events", "t1-articles.published",
                        "t1-articles.published.courts", "t1-articles.published.justice", "t1-digests"),
                specs.keySet().stream().sorted().toList());
        TopicSpec justice = specs.get("t1-articles.published.justice");
        assertTrue(justice.compacted());
        assertNull(justice.retention());
        assertEquals("compact", justice.configs().get("cleanup.policy"));
        assertTrue(justice.description().contains("justice=topic:medtop:02000000")
                && justice.description().contains("justice=keyword:court"), justice.description());
        assertTrue(specs.get("t1-articles.published").compacted());
    }

    @Test
    void defaultsIncludeTheSitesKeysUnderPublishsOwn() {
        Map<String, String> defaults = PublishService.defaults();
        assertEquals("8081", defaults.get("NEWSDESK_PUBLISH_PORT"));
        assertEquals("America/New_York", defaults.get("NEWSDESK_TIME_ZONE"));
        assertTrue(defaults.containsKey("NEWSDESK_SITE_TITLE"), defaults.keySet().toString());
    }
}
