package io.newsdesk.platform.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void standardNamesAreThePublishedContract() {
        Topics topics = Topics.standard();
        assertEquals("articles.submitted", topics.submitted().name());
        assertEquals("articles.tagged", topics.tagged().name());
        assertEquals("articles.enriched", topics.enriched().name());
        assertEquals("articles.published", topics.published().name());
        assertEquals("articles.events", topics.events().name());
        assertEquals("articles.dlq", topics.deadLetters().name());
        assertEquals("articles.published.crime-law-justice", topics.publishedSlice("crime-law-justice"));
    }

    @Test
    void aPrefixAppliesToEveryTopicAndSpec() {
        Topics topics = Topics.withPrefix("t7-");
        List<TopicSpec> specs = topics.specs();
        assertTrue(specs.stream().allMatch(s -> s.name().startsWith("t7-")), specs.toString());
        assertEquals("t7-articles.published.x", topics.publishedSlice("x"));
    }

    @Test
    void specsCoverEveryTopicOnceWithTheirCleanupPolicy() {
        Topics topics = Topics.standard();
        Set<String> names = topics.specs().stream().map(TopicSpec::name).collect(Collectors.toSet());
        assertEquals(Set.of(topics.submitted().name(), topics.tagged().name(),
                topics.enriched().name(), topics.published().name(), topics.events().name(),
                topics.deadLetters().name(), topics.digests().name(), topics.feedItems().name()), names);
        assertTrue(!names.contains(Topics.RETIRED_VERSIONS), "the retired version table topic is no longer created");
        TopicSpec published = topics.specs().stream().filter(s -> s.name().equals("articles.published")).findFirst().orElseThrow();
        assertEquals("compact", published.configs().get("cleanup.policy"));
        assertTrue(Long.parseLong(published.configs().get("delete.retention.ms")) >= java.time.Duration.ofDays(3650).toMillis(),
                "a retraction's tombstone outlives any rebuild of a reader: years, not Kafka's one day");
        TopicSpec submitted = topics.specs().stream().filter(s -> s.name().equals("articles.submitted")).findFirst().orElseThrow();
        assertEquals("delete", submitted.configs().get("cleanup.policy"));
        assertFalse(submitted.configs().containsKey("delete.retention.ms"), "tombstones mean nothing on a deleting topic");
        assertEquals(Long.toString(30L * 24 * 3600 * 1000), submitted.configs().get("retention.ms"));
    }

    @Test
    void feedItemStatesAreCompactedAndExpireOnceTheirItemsLeftTheirFeeds() {
        Topics topics = Topics.standard();
        TopicSpec feedItems = topics.specs().stream().filter(s -> s.name().equals("ingest.feed-items")).findFirst().orElseThrow();
        assertEquals("compact,delete", feedItems.configs().get("cleanup.policy"));
        assertEquals(Long.toString(Topics.FEED_ITEMS_RETENTION.toMillis()), feedItems.configs().get("retention.ms"));
        assertEquals("compacted (latest per key, for 90 days; tombstones kept 100 years)", feedItems.retentionText());
    }
}
