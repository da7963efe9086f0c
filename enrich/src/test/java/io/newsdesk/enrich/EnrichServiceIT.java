package io.newsdesk.enrich;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.EnrichedArticle;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import io.newsdesk.testkit.KafkaFixture;
import io.newsdesk.testkit.TopicReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service on a real broker, exactly-once, with its own topics and application id. */
class EnrichServiceIT {
    private static KafkaFixture kafka;

    @TempDir
    Path stateDir;

    @BeforeAll
    static void broker() {
        kafka = KafkaFixture.shared();
    }

    @Test
    void aSubmissionIsTaggedAndEnrichedAndBadRecordsAreDeadLetteredOnARealBroker() throws Exception {
        String prefix = kafka.uniqueName("enrich-it") + ".";
        Topics topics = Topics.withPrefix(prefix);
        ConfigSource config = ConfigSource.load(EnrichConfig.DEFAULTS, Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "NEWSDESK_TOPIC_PREFIX", prefix,
                "NEWSDESK_TOPIC_PARTITIONS", "2",
                "NEWSDESK_ENRICH_APPLICATION_ID", kafka.uniqueName("newsdesk-enrich"),
                "NEWSDESK_STATE_DIR", stateDir.toString(),
                "NEWSDESK_ENRICH_CLOSE_TIMEOUT", "15s"));
        String articleId = "riverside-ledger:4711";
        byte[] garbage = "<html>not a submission</html>".getBytes(StandardCharsets.UTF_8);

        try (EnrichService service = EnrichService.start(config)) {
            await("enrich to be ready").atMost(60, TimeUnit.SECONDS).until(service::ready);
            assertTrue(service.healthy());
            assertEquals(KafkaStreams.State.RUNNING, service.state());

            try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
                send(producer, topics.submitted().name(), "junk-1", garbage);
                send(producer, topics.submitted().name(), "someone-else", submission(topics, articleId));
                send(producer, topics.submitted().name(), articleId, submission(topics, articleId));
            }

            EnrichedArticle article = readValue(topics.enriched().name(), articleId,
                    (topic, bytes) -> topics.enriched().valueSerde().deserializer().deserialize(topic, bytes));
            assertEquals("Harbor Pilot Cleared of Smuggling Charges", article.getContent().getHeadline());
            assertEquals(SampleArticles.HARBOR_PILOT_TEXT, article.getContent().getText());
            assertEquals(76, article.getWordCount());
            assertEquals(20, article.getReadingTimeSeconds());
            assertEquals("en", article.getLanguage());
            assertEquals("harbor-pilot-cleared-of-smuggling-charges-c900f2b1", article.getSlug());
            assertEquals(List.of("harbor pilot", "smuggling charges", "Dana Whitfield", "port", "Mara Lopez", "U.S. Attorney", "verdict", "Riverside"),
                    article.getKeywords());
            assertEquals(articleId, article.getSubmission().getArticleId());

            TaggedArticle tagged = readValue(topics.tagged().name(), articleId,
                    (topic, bytes) -> topics.tagged().valueSerde().deserializer().deserialize(topic, bytes));
            assertEquals(article.getContent(), tagged.getContent());

            List<ConsumerRecord<byte[], byte[]>> dead = kafka.topicReader(topics.deadLetters().name())
                    .readUntil("a dead letter for the undecodable and the mis-keyed record", r -> r.size() >= 2);
            assertEquals(2, dead.size());
            DeadLetter undecodable = deadLetter(topics, dead, "junk-1");
            assertEquals("enrich.deserialize@" + EnrichTopology.TAGGING_SOURCE, undecodable.getStage());
            assertEquals(topics.submitted().name(), undecodable.getSourceTopic());
            assertArrayEquals(garbage, array(undecodable.getOriginalValue()));
            DeadLetter misKeyed = deadLetter(topics, dead, "someone-else");
            assertEquals("enrich.process@" + EnrichTopology.TAGGING_TAG, misKeyed.getStage());
            assertTrue(misKeyed.getExceptionMessage().contains("is not its articleId"), misKeyed.getExceptionMessage());
        }
    }

    private static byte[] submission(Topics topics, String articleId) {
        Submission page = SampleArticles.harborPilotPage(articleId);
        return topics.submitted().valueSerde().serializer().serialize(topics.submitted().name(), page);
    }

    private static void send(Producer<byte[], byte[]> producer, String topic, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS);
    }

    private static <V> V readValue(String topic, String key, org.apache.kafka.common.serialization.Deserializer<V> values) {
        List<ConsumerRecord<String, V>> records = TopicReader.of(kafka.bootstrapServers(), topic,
                        new StringDeserializer(), values)
                .withTimeout(Duration.ofSeconds(60))
                .readUntil("the article " + key, r -> r.stream().anyMatch(c -> key.equals(c.key())));
        List<V> matching = records.stream().filter(c -> key.equals(c.key())).map(ConsumerRecord::value).toList();
        assertEquals(1, matching.size(), "exactly one output for one input");
        return matching.get(0);
    }

    private static DeadLetter deadLetter(Topics topics, List<ConsumerRecord<byte[], byte[]>> records, String key) {
        ConsumerRecord<byte[], byte[]> record = records.stream()
                .filter(r -> Objects.equals(key, new String(r.key(), StandardCharsets.UTF_8)))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter keyed " + key));
        return topics.deadLetters().valueSerde().deserializer().deserialize(topics.deadLetters().name(), record.value());
    }

    private static byte[] array(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
