package io.newsdesk.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.EnrichService;
import io.newsdesk.enrich.stage.ArticleProcessor;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.PublishService;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.testkit.KafkaFixture;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison on every input topic of the pipeline: enrich and publish running on a real broker, and on
 * each of {@code articles.submitted}, {@code articles.tagged} and {@code articles.enriched} five kinds
 * of bad record, each followed by a good one. Every bad record must land on {@code articles.dlq} with
 * its original bytes and headers saying why; every good one must still come out published.
 */
class PoisonRecordIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String TRACE_HEADER = "x-poison-trace";

    private final KafkaFixture kafka = KafkaFixture.shared();
    private final ArticleProcessor processor = StandardProcessors.create();

    @TempDir
    Path stateRoot;

    /** One bad record put on a topic, and where it was written. */
    private record Poison(String topic, String kind, byte[] key, byte[] value, String trace, int partition, long offset) {
    }

    private enum Kind {
        GARBAGE_BYTES("garbage bytes"),
        UNKNOWN_FINGERPRINT("unknown schema fingerprint"),
        TRUNCATED_AVRO("truncated Avro body"),
        EMPTY_VALUE("empty value"),
        THROWS_IN_PROCESSING("decodes, processing throws (key is not its articleId)");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Test
    void everyPoisonRecordIsDeadLetteredWithItsBytesAndReasonAndGoodRecordsStillPublish() throws Exception {
        PipelineSettings settings = PipelineSettings.create(kafka, "poison", 1, stateRoot);
        Topics topics = settings.topics();
        List<Poison> poisons = new ArrayList<>();
        Set<String> goodArticles = new HashSet<>();

        try (EnrichService enrich = EnrichService.start(PipelineSettings.configSource(settings.enrich("enrich")));
             PublishService publish = PublishService.start(PipelineSettings.configSource(settings.publish("publish")));
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            int n = 0;
            for (Kind kind : Kind.values()) {
                n++;
                poisons.add(poisonThenGood(producer, topics.submitted(), kind, "sub-" + n, goodArticles,
                        id -> TestArticles.submission(id, 1, 0)));
                poisons.add(poisonThenGood(producer, topics.tagged(), kind, "tag-" + n, goodArticles,
                        id -> processor.tag(TestArticles.submission(id, 1, 1))));
                poisons.add(poisonThenGood(producer, topics.enriched(), kind, "enr-" + n, goodArticles,
                        id -> processor.process(TestArticles.submission(id, 1, 2))));
            }

            // The good records, each written after a poison record on the same partition, all come out.
            List<ConsumerRecord<String, PublishedArticle>> published = kafka.topicReader(topics.published().name(),
                            new StringDeserializer(), topics.published().valueSerde().deserializer())
                    .withTimeout(WAIT)
                    .readUntil("every good article published", records -> records.stream()
                            .filter(r -> r.value() != null).map(ConsumerRecord::key).toList().containsAll(goodArticles));
            for (String id : goodArticles) {
                PublishedArticle article = published.stream().filter(r -> r.key().equals(id) && r.value() != null)
                        .findFirst().orElseThrow().value();
                assertEquals(1, article.getVersion());
                assertEquals(id, article.getArticleId());
                assertTrue(article.getArticle().getSubmission().getHeadline().contains(id), article.toString());
            }

            List<ConsumerRecord<byte[], DeadLetter>> dead = kafka.topicReader(topics.deadLetters().name(),
                            new ByteArrayDeserializer(), topics.deadLetters().valueSerde().deserializer())
                    .withTimeout(WAIT)
                    .readUntil("a dead letter for each of the " + poisons.size() + " poison records",
                            records -> poisons.stream().allMatch(p -> find(records, p).isPresent()));
            report(poisons, dead);
            for (Poison poison : poisons) {
                checkDeadLetter(poison, find(dead, poison).orElseThrow());
            }
            assertEquals(poisons.size(), dead.size(), "one dead letter per poison record, nothing else dead-lettered");
            assertTrue(enrich.healthy() && publish.live(), "both services still running after the poison");
        }
    }

    private <V extends SpecificRecord> Poison poisonThenGood(KafkaProducer<byte[], byte[]> producer, Topic<String, V> topic,
                                                             Kind kind, String articleId, Set<String> goodArticles,
                                                             Function<String, V> good) throws Exception {
        byte[] valid = topic.valueSerde().serializer().serialize(topic.name(), good.apply("bad-" + articleId));
        byte[] key = ("bad-" + articleId).getBytes(StandardCharsets.UTF_8);
        byte[] value = switch (kind) {
            case GARBAGE_BYTES -> "<html>this is not an article</html>\u0000\u00ff".getBytes(StandardCharsets.UTF_8);
            case UNKNOWN_FINGERPRINT -> {
                // Single-object encoding: C3 01, then the schema's 8-byte fingerprint, then the body.
                byte[] bytes = valid.clone();
                Arrays.fill(bytes, 2, 10, (byte) 0x5A);
                yield bytes;
            }
            case TRUNCATED_AVRO -> Arrays.copyOf(valid, valid.length / 2);
            case EMPTY_VALUE -> new byte[0];
            case THROWS_IN_PROCESSING -> {
                key = ("not-" + articleId).getBytes(StandardCharsets.UTF_8);
                yield valid;
            }
        };
        String trace = topic.name() + "/" + kind.name();
        RecordHeaders headers = new RecordHeaders();
        headers.add(TRACE_HEADER, trace.getBytes(StandardCharsets.UTF_8));
        RecordMetadata at = producer.send(new ProducerRecord<>(topic.name(), null, key, value, headers)).get(30, TimeUnit.SECONDS);

        String goodId = "good-" + articleId;
        producer.send(new ProducerRecord<>(topic.name(), goodId.getBytes(StandardCharsets.UTF_8),
                topic.valueSerde().serializer().serialize(topic.name(), good.apply(goodId)))).get(30, TimeUnit.SECONDS);
        goodArticles.add(goodId);
        return new Poison(topic.name(), kind.label, key, value, trace, at.partition(), at.offset());
    }

    private static Optional<ConsumerRecord<byte[], DeadLetter>> find(List<ConsumerRecord<byte[], DeadLetter>> dead, Poison poison) {
        return dead.stream().filter(r -> poison.topic().equals(r.value().getSourceTopic())
                && r.value().getSourceOffset() == poison.offset()).findFirst();
    }

    private static void checkDeadLetter(Poison poison, ConsumerRecord<byte[], DeadLetter> record) {
        DeadLetter letter = record.value();
        String what = poison.topic() + " " + poison.kind();
        assertArrayEquals(poison.value(), bytes(letter.getOriginalValue()), what + ": original value bytes");
        assertArrayEquals(poison.key(), bytes(letter.getOriginalKey()), what + ": original key bytes");
        assertArrayEquals(poison.key(), record.key(), what + ": dead letter keyed by the original key");
        assertArrayEquals(poison.trace().getBytes(StandardCharsets.UTF_8), bytes(letter.getOriginalHeaders().get(TRACE_HEADER)),
                what + ": original headers kept");
        assertEquals(poison.partition(), letter.getSourcePartition(), what);

        String stage = header(record, DeadLetters.HEADER_STAGE);
        String expectedService = poison.topic().endsWith(Topics.ENRICHED) ? "publish." : "enrich.";
        assertTrue(stage.startsWith(expectedService), what + ": stage " + stage);
        assertEquals(letter.getStage(), stage, what);
        assertEquals(letter.getExceptionClass(), header(record, DeadLetters.HEADER_EXCEPTION), what);
        assertTrue(header(record, DeadLetters.HEADER_EXCEPTION).contains("."), what + ": exception class");
        assertTrue(!header(record, DeadLetters.HEADER_MESSAGE).isBlank(), what + ": exception message");
        assertEquals(poison.topic(), header(record, DeadLetters.HEADER_TOPIC), what);
        assertEquals(Integer.toString(poison.partition()), header(record, DeadLetters.HEADER_PARTITION), what);
        assertEquals(Long.toString(poison.offset()), header(record, DeadLetters.HEADER_OFFSET), what);
        if (poison.kind().startsWith("decodes")) {
            assertTrue(stage.contains(".process"), what + ": a record that decodes fails in processing, not at " + stage);
            assertTrue(header(record, DeadLetters.HEADER_MESSAGE).contains("articleId"), what + ": says why");
        } else {
            assertTrue(stage.contains(".deserialize"), what + ": a record that does not decode fails there, not at " + stage);
        }
    }

    private static void report(List<Poison> poisons, List<ConsumerRecord<byte[], DeadLetter>> dead) {
        System.out.println("[poison] topic                        | poison kind                                           | dead-lettered | stage");
        for (Poison p : poisons) {
            Optional<ConsumerRecord<byte[], DeadLetter>> letter = find(dead, p);
            String topic = p.topic().substring(p.topic().indexOf("articles."));
            System.out.printf("[poison] %-28s | %-53s | %-13s | %s%n", topic, p.kind(), letter.isPresent() ? "yes" : "NO",
                    letter.map(r -> r.value().getStage() + " (" + simpleName(r.value().getExceptionClass()) + ")").orElse("-"));
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError("dead letter from " + record.topic() + " lacks header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
