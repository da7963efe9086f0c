package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.launcher.deadletter.DeadLetterReplayer;
import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.testkit.KafkaFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlq list} and {@code dlq replay} on a real broker: a poison record dead-lettered by enrich is
 * listed, replayed byte for byte to its source topic with the replayed-from header, and not again.
 */
class DlqCommandIT {
    private static final KafkaFixture KAFKA = KafkaFixture.shared();
    private static final byte[] POISON = {0x00, 0x00, 0x00, 0x00, 0x2a, (byte) 0xff, 0x13};

    @TempDir
    Path data;

    private final String prefix = KAFKA.uniqueName("dlq") + ".";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listsAPoisonRecordThenReplaysItsOriginalBytesOnceOnly() throws Exception {
        Topics topics = Topics.withPrefix(prefix);
        String dlq = topics.deadLetters().name();
        String submitted = topics.submitted().name();
        KAFKA.createTopics(1, dlq, submitted);
        DeadLetters deadLetters = new DeadLetters(dlq, Clock.fixed(Instant.parse("2026-03-04T07:15:00Z"), ZoneOffset.UTC));
        RecordHeaders originalHeaders = new RecordHeaders();
        originalHeaders.add("trace", "court-42".getBytes(StandardCharsets.UTF_8));
        long enrichLetterOffset;
        try (Producer<byte[], byte[]> producer = new KafkaProducer<>(KAFKA.producerProperties())) {
            RecordMetadata enrichLetter = producer.send(deadLetters.record("enrich.tagging.deserialize",
                    new DeadLetters.Origin(submitted, 0, 5, "art-court-42".getBytes(StandardCharsets.UTF_8), POISON, originalHeaders),
                    new SerializationException("Unknown magic byte"))).get();
            enrichLetterOffset = enrichLetter.offset();
            producer.send(deadLetters.record("publish.process",
                    new DeadLetters.Origin(topics.enriched().name(), 0, 9, "art-other".getBytes(StandardCharsets.UTF_8),
                            new byte[] {1}, new RecordHeaders()),
                    new IllegalStateException("no slug"))).get();
        }

        assertEquals(0, run("dlq", "list"));
        List<String> lines = stdout().lines().toList();
        assertEquals(2, lines.size(), stdout());
        assertEquals("2026-03-04T07:15:00Z  enrich.tagging.deserialize  " + submitted + "/0@5  "
                + "SerializationException: Unknown magic byte  key=art-court-42  (" + dlq + "-0@"
                + enrichLetterOffset + ")", lines.get(0));
        assertTrue(lines.get(1).contains("publish.process  " + topics.enriched().name() + "/0@9"), lines.get(1));

        out.reset();
        assertEquals(0, run("dlq", "list", "--json", "--stage", "enrich"));
        JsonNode json = Json.mapper().readTree(stdout());
        assertEquals("enrich.tagging.deserialize", json.get("stage").asText());
        assertEquals(Base64.getEncoder().encodeToString(POISON), json.get("originalValueBase64").asText());
        assertEquals(false, json.get("replayed").asBoolean());

        out.reset();
        assertEquals(0, run("dlq", "replay", "--stage", "enrich", "--dry-run"));
        assertTrue(stdout().contains("dry run: would replay 1 letter(s)"), stdout());

        out.reset();
        assertEquals(0, run("dlq", "replay", "--stage", "enrich"));
        assertTrue(stdout().contains("replayed 1 letter(s); 0 replayed before"), stdout());
        List<ConsumerRecord<byte[], byte[]>> replayed = KAFKA.topicReader(submitted).readAtLeast(1);
        assertEquals(1, replayed.size());
        ConsumerRecord<byte[], byte[]> record = replayed.get(0);
        assertArrayEquals(POISON, record.value(), "the original bytes, not a wrapper");
        assertArrayEquals("art-court-42".getBytes(StandardCharsets.UTF_8), record.key());
        assertArrayEquals("court-42".getBytes(StandardCharsets.UTF_8), record.headers().lastHeader("trace").value());
        assertEquals(dlq + "-0@" + enrichLetterOffset,
                new String(record.headers().lastHeader(DeadLetterReplayer.REPLAYED_FROM).value(), StandardCharsets.UTF_8));

        out.reset();
        assertEquals(0, run("dlq", "replay", "--stage", "enrich"));
        assertTrue(stdout().contains("replayed 0 letter(s); 1 replayed before"), stdout());
        // The replay commits before it returns, so a second send would already be on the topic.
        KAFKA.topicReader(submitted).assertNoRecordsMatchingFor("second replay of the letter",
                r -> r.offset() > record.offset(), Duration.ofSeconds(1));

        out.reset();
        assertEquals(0, run("dlq", "list", "--stage", "enrich"));
        assertTrue(stdout().strip().endsWith(", replayed)"), stdout());
    }

    private int run(String... args) {
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", KAFKA.bootstrapServers(),
                "NEWSDESK_TOPIC_PREFIX", prefix,
                "NEWSDESK_DATA_DIR", data.toString());
        CliContext context = new CliContext(environment, data, data, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new NewsdeskCli(List.of(new DlqCommand())).run(List.of(args), context);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
