package io.newsdesk.publish;

import static io.newsdesk.publish.ArticleFixture.CRIME;
import static io.newsdesk.publish.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.rules.PublishRules;
import io.newsdesk.publish.rules.Routes;
import io.newsdesk.publish.rules.TombstoneReason;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.PublishedArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tombstone publish writes names why the article left and the address it had: compaction removes
 * the article's last value, and a read side rebuilt from the topic must still answer 410 at that slug.
 */
class TombstoneHeadersTest {
    private final Topics topics = Topics.standard();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void open() {
        PublishRules rules = new PublishRules(Routes.parse("crime-law-justice=topic:" + CRIME));
        driver = new TopologyTestDriver(PublishTopology.build(topics, rules, Duration.ofMillis(250)),
                StreamsSettings.exactlyOnce("tombstone-headers-test", "publish", new KafkaClientConfig("localhost:9092", Map.of()),
                        topics.deadLetters().name(), stateDir.toString(), 1, 100), Instant.parse("2025-03-04T15:00:00Z"));
        enriched = driver.createInputTopic(topics.enriched().name(), new StringSerializer(),
                topics.enriched().valueSerde().serializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private TestOutputTopic<String, PublishedArticle> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), topics.published().valueSerde().deserializer());
    }

    private void send(EnrichedArticle version) {
        enriched.pipeInput(version.getSubmission().getArticleId(), version);
    }

    private static String header(TestRecord<String, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void withheldAndRetractedTombstonesCarryTheReasonAndTheSlugOnThePublishedTopicAndItsSlices() {
        send(article("a1").version(1).slug("ferry-a1").topic(CRIME).build());
        send(article("a1").version(2).status(PubStatus.WITHHELD).build());
        send(article("a1").version(3).status(PubStatus.CANCELED).build());

        for (String topic : List.of(topics.published().name(), topics.publishedSlice("crime-law-justice"))) {
            List<TestRecord<String, PublishedArticle>> out = output(topic).readRecordsToList();
            assertEquals(3, out.size(), topic);
            assertNull(header(out.get(0), TombstoneReason.SLUG_HEADER), "a value carries its slug inside");
            assertEquals("WITHHELD", header(out.get(1), TombstoneReason.HEADER));
            assertEquals("ferry-a1", header(out.get(1), TombstoneReason.SLUG_HEADER), topic);
            assertEquals("RETRACTED", header(out.get(2), TombstoneReason.HEADER));
            assertEquals("ferry-a1", header(out.get(2), TombstoneReason.SLUG_HEADER), topic);
        }
    }

    @Test
    void anArticleLeavingASliceNamesItsSlugToo() {
        send(article("a1").version(1).slug("ferry-a1").topic(CRIME).build());
        send(article("a1").version(2).topic("medtop:11000000").build());
        List<TestRecord<String, PublishedArticle>> slice = output(topics.publishedSlice("crime-law-justice")).readRecordsToList();
        assertEquals("UNROUTED", header(slice.get(1), TombstoneReason.HEADER));
        assertEquals("ferry-a1", header(slice.get(1), TombstoneReason.SLUG_HEADER));
    }
}
