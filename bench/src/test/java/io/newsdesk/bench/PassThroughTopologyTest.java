package io.newsdesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class PassThroughTopologyTest {
    private static final Topics TOPICS = Topics.withPrefix("t-");
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aSubmissionCrossesBothAppsUnchangedAsEachStagesRecordType() {
        GeneratedArticle article = new ArticleGenerator(11).article(4);
        Submission submission = article.toSubmission("src", "sub-9", NOW);
        EnrichedArticle enriched;
        try (TopologyTestDriver driver = new TopologyTestDriver(PassThroughTopology.tagAndEnrichHops(TOPICS, CLOCK), props())) {
            TestInputTopic<String, Submission> in = driver.createInputTopic(TOPICS.submitted().name(),
                    TOPICS.submitted().keySerde().serializer(), TOPICS.submitted().valueSerde().serializer());
            TestOutputTopic<String, TaggedArticle> tagged = driver.createOutputTopic(TOPICS.tagged().name(),
                    TOPICS.tagged().keySerde().deserializer(), TOPICS.tagged().valueSerde().deserializer());
            TestOutputTopic<String, EnrichedArticle> out = driver.createOutputTopic(TOPICS.enriched().name(),
                    TOPICS.enriched().keySerde().deserializer(), TOPICS.enriched().valueSerde().deserializer());
            in.pipeInput(submission.getArticleId(), submission);
            TaggedArticle t = tagged.readValue();
            assertEquals(submission, t.getSubmission());
            assertEquals(article.body(), t.getContent().getText());
            assertEquals(NOW, t.getTaggedAt());
            KeyValue<String, EnrichedArticle> e = out.readKeyValue();
            assertEquals(submission.getArticleId(), e.key);
            enriched = e.value;
            assertEquals(submission, enriched.getSubmission());
            assertEquals(article.headline(), enriched.getContent().getHeadline());
            assertTrue(enriched.getKeywords().isEmpty(), "the baseline does no tagging");
        }
        try (TopologyTestDriver driver = new TopologyTestDriver(PassThroughTopology.publishHop(TOPICS, CLOCK), props())) {
            TestInputTopic<String, EnrichedArticle> in = driver.createInputTopic(TOPICS.enriched().name(),
                    TOPICS.enriched().keySerde().serializer(), TOPICS.enriched().valueSerde().serializer());
            TestOutputTopic<String, PublishedArticle> out = driver.createOutputTopic(TOPICS.published().name(),
                    TOPICS.published().keySerde().deserializer(), TOPICS.published().valueSerde().deserializer());
            in.pipeInput(submission.getArticleId(), enriched);
            KeyValue<String, PublishedArticle> p = out.readKeyValue();
            assertEquals(submission.getArticleId(), p.key);
            assertEquals(submission.getArticleId(), p.value.getArticleId());
            assertEquals(1L, p.value.getVersion());
            assertEquals(enriched, p.value.getArticle());
            assertEquals(NOW, p.value.getPublishedAt());
        }
    }

    @Test
    void processorNamesArePinned() {
        assertEquals(java.util.List.of(PassThroughTopology.TAG_SOURCE, PassThroughTopology.TAG, PassThroughTopology.TAG_SINK,
                        PassThroughTopology.ENRICH_SOURCE, PassThroughTopology.ENRICH, PassThroughTopology.ENRICH_SINK),
                nodeNames(PassThroughTopology.tagAndEnrichHops(TOPICS, CLOCK)));
        assertEquals(java.util.List.of(PassThroughTopology.PUBLISH_SOURCE, PassThroughTopology.PUBLISH,
                        PassThroughTopology.PUBLISH_SINK),
                nodeNames(PassThroughTopology.publishHop(TOPICS, CLOCK)));
    }

    private static java.util.List<String> nodeNames(Topology topology) {
        Matcher m = Pattern.compile("(?:Source|Processor|Sink): (\\S+)").matcher(topology.describe().toString());
        java.util.List<String> names = new java.util.ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties props() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "passthrough-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return p;
    }
}
