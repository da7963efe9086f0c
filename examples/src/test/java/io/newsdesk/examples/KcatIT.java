package io.newsdesk.examples;

import static io.newsdesk.examples.SampleArticles.CRIME_LAW_JUSTICE;
import static io.newsdesk.examples.SampleArticles.published;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import io.newsdesk.testkit.KafkaFixture;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code kcat} command lines of {@code examples/kcat/README.md} against the real test broker,
 * so the documented commands and the documented byte layout stay true. Skipped, with the reason
 * printed, where {@code kcat} is not installed.
 */
class KcatIT {
    private static final Duration KCAT_LIMIT = Duration.ofSeconds(60);
    private static final Instant TUESDAY = Instant.parse("2025-03-04T06:00:00Z");

    private final KafkaFixture kafka = KafkaFixture.shared();

    @TempDir
    Path work;

    @BeforeAll
    static void requireKcat(@TempDir Path probeDirectory) {
        ExternalCommand.Availability kcat = ExternalCommand.probe(probeDirectory, List.of("kcat", "-V"));
        if (!kcat.available()) {
            String reason = "SKIPPING KcatIT: kcat is not usable (" + kcat.reason() + "). Install Debian's kcat to run it.";
            System.out.println("[newsdesk-examples] " + reason);
            System.err.println("[newsdesk-examples] " + reason);
        }
        assumeTrue(kcat.available(), kcat.reason());
    }

    @Test
    void rawValueIsTheSingleObjectMarkerThenThePublishedArticleFingerprintThenTheAvroBody() throws Exception {
        Topic<String, PublishedArticle> topic = Topics.withPrefix(kafka.uniqueName("kcat") + "-").published();
        kafka.createTopics(1, topic.name());
        PublishedArticle article = published("art-5e6f70", 1, "Sheriff's office ends cash bail for minor traffic offences",
                "The county sheriff's office will no longer hold people on cash bail for minor traffic offences.",
                "The county sheriff's office will no longer hold people on cash bail for minor traffic offences.",
                List.of(CRIME_LAW_JUSTICE), List.of("bail reform"), List.of(), TUESDAY, TUESDAY);
        try (Producer<String, PublishedArticle> producer = new KafkaProducer<>(transactional(),
                new StringSerializer(), topic.valueSerde().serializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic.name(), article.getArticleId(), article));
            producer.commitTransaction();
        }

        ExternalCommand kcat = kcat("-C", "-t", topic.name(), "-X", "isolation.level=read_committed",
                "-o", "beginning", "-c", "1", "-e", "-f", "%s");

        assertEquals(0, kcat.exitCode(), kcat::describe);
        byte[] value = kcat.stdout();
        assertArrayEquals(new byte[] {(byte) 0xC3, 0x01}, Arrays.copyOfRange(value, 0, 2), "single-object marker");
        long fingerprint = ByteBuffer.wrap(value, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(SchemaNormalization.parsingFingerprint64(PublishedArticle.getClassSchema()), fingerprint,
                "bytes 2..9 are the little-endian CRC-64-AVRO fingerprint of PublishedArticle's canonical form");
        assertEquals(article, AvroCodec.of(PublishedArticle.class).decode(value), "the whole value round-trips");
    }

    @Test
    void printsTheTombstoneReasonHeaderAndANullValue() throws Exception {
        String topic = kafka.uniqueName("kcat-tombstone");
        kafka.createTopics(1, topic);
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(transactional(),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            ProducerRecord<byte[], byte[]> tombstone = new ProducerRecord<>(topic, bytes("art-5e6f70"), null);
            tombstone.headers().add(new RecordHeader("newsdesk.tombstone", bytes("RETRACTED")));
            producer.send(tombstone);
            producer.commitTransaction();
        }

        ExternalCommand kcat = kcat("-C", "-t", topic, "-X", "isolation.level=read_committed",
                "-o", "beginning", "-e", "-Z", "-f", "%k %h %s\\n");

        assertEquals(0, kcat.exitCode(), kcat::describe);
        assertEquals("art-5e6f70 newsdesk.tombstone=RETRACTED NULL\n", kcat.stdoutText());
    }

    @Test
    void showsWhyARecordWentToTheDeadLetterTopicInItsHeaders() throws Exception {
        String dlq = kafka.uniqueName("kcat-dlq");
        kafka.createTopics(1, dlq);
        DeadLetters deadLetters = new DeadLetters(dlq, Clock.fixed(TUESDAY, ZoneOffset.UTC));
        ProducerRecord<byte[], byte[]> letter = deadLetters.record("enrich",
                new DeadLetters.Origin("articles.submitted", 2, 41L, bytes("art-9a8b7c"), bytes("not avro"),
                        new RecordHeaders()),
                new IllegalArgumentException("body is empty"));
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(kafka.producerProperties())) {
            producer.send(letter).get();
        }

        ExternalCommand kcat = kcat("-C", "-t", dlq, "-X", "isolation.level=read_committed",
                "-o", "beginning", "-e", "-f", "%k %h\\n");

        assertEquals(0, kcat.exitCode(), kcat::describe);
        assertEquals("art-9a8b7c newsdesk.dlq.stage=enrich,newsdesk.dlq.exception=java.lang.IllegalArgumentException,"
                + "newsdesk.dlq.message=" + new String(letter.headers().lastHeader(DeadLetters.HEADER_MESSAGE).value(),
                        StandardCharsets.UTF_8)
                + ",newsdesk.dlq.topic=articles.submitted,newsdesk.dlq.partition=2,newsdesk.dlq.offset=41\n",
                kcat.stdoutText());
    }

    private Properties transactional() {
        Properties properties = kafka.producerProperties();
        properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, kafka.uniqueName("kcat-example-tx"));
        return properties;
    }

    private ExternalCommand kcat(String... arguments) {
        List<String> command = new ArrayList<>(List.of("kcat", "-b", kafka.bootstrapServers()));
        command.addAll(List.of(arguments));
        return ExternalCommand.run(KCAT_LIMIT, work, Map.of(), command);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
