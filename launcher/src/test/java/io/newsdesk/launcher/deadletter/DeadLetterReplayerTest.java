package io.newsdesk.launcher.deadletter;

import static io.newsdesk.launcher.deadletter.DeadLetterFixtures.entry;
import static io.newsdesk.launcher.deadletter.DeadLetterFixtures.letter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterReplayerTest {
    @TempDir
    Path data;

    private final byte[] poison = {0x00, (byte) 0xff, 0x13, 0x37};
    private final DeadLetterEntry enrich = entry(0, 3, letter("enrich.tagging.deserialize", "articles.submitted", 17, "art-1", poison));
    private final DeadLetterEntry publish = entry(1, 4, letter("publish.process", "articles.enriched", 9, "art-2", new byte[] {7}));
    private final DeadLetterEntry feed = entry(0, 5, letter("ingest.feed", null, -1, "art-3", new byte[] {8}));

    @Test
    void aReplayedRecordIsTheOriginalKeyValueAndHeadersPlusWhereItWasDeadLettered() {
        ProducerRecord<byte[], byte[]> record = DeadLetterReplayer.recordFor(enrich);

        assertEquals("articles.submitted", record.topic());
        assertNull(record.partition(), "the partitioner puts the key where its article's other records are");
        assertArrayEquals("art-1".getBytes(StandardCharsets.UTF_8), record.key());
        assertArrayEquals(poison, record.value());
        assertArrayEquals("abc".getBytes(StandardCharsets.UTF_8), record.headers().lastHeader("trace").value());
        Header from = record.headers().lastHeader(DeadLetterReplayer.REPLAYED_FROM);
        assertEquals("articles.dlq-0@3", new String(from.value(), StandardCharsets.UTF_8));
    }

    @Test
    void thePlanSelectsByStageAndTopicSkipsReplayedLettersAndExplainsTheUnreplayable() throws IOException {
        ReplayLedger ledger = ReplayLedger.open(data);
        ledger.record(List.of(publish));
        List<DeadLetterEntry> all = List.of(enrich, publish, feed);

        DeadLetterReplayer.Plan everything = DeadLetterReplayer.plan(all, DeadLetterSelection.all(), ledger);
        DeadLetterReplayer.Plan enrichOnly = DeadLetterReplayer.plan(all, new DeadLetterSelection(Optional.of("enrich"), Optional.empty()), ledger);
        DeadLetterReplayer.Plan otherTopic = DeadLetterReplayer.plan(all,
                new DeadLetterSelection(Optional.empty(), Optional.of("articles.tagged")), ledger);

        assertEquals(List.of(enrich), everything.toSend());
        assertEquals(List.of(publish), everything.alreadyReplayed());
        assertTrue(everything.notReplayable().get(feed).startsWith("it never was on a topic"), everything.notReplayable().toString());
        assertEquals(List.of(enrich), enrichOnly.toSend());
        assertTrue(enrichOnly.notReplayable().isEmpty());
        assertTrue(otherTopic.toSend().isEmpty());
    }

    @Test
    void sendingCommitsOneTransactionAndRecordsTheLettersSoTheNextPlanSkipsThem() throws Exception {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions();
        ReplayLedger ledger = ReplayLedger.open(data);

        int sent = DeadLetterReplayer.send(List.of(enrich, publish), producer, ledger);

        assertEquals(2, sent);
        assertTrue(producer.transactionCommitted());
        assertEquals(List.of("articles.submitted", "articles.enriched"), producer.history().stream().map(ProducerRecord::topic).toList());
        assertEquals(List.of("articles.dlq-0@3", "articles.dlq-1@4"), Files.readAllLines(data.resolve(ReplayLedger.FILE_NAME)));
        DeadLetterReplayer.Plan again = DeadLetterReplayer.plan(List.of(enrich, publish), DeadLetterSelection.all(), ReplayLedger.open(data));
        assertTrue(again.toSend().isEmpty());
        assertEquals(2, again.alreadyReplayed().size());
    }

    @Test
    void aFailedSendAbortsTheTransactionAndRecordsNothing() throws Exception {
        MockProducer<byte[], byte[]> producer = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions();
        ReplayLedger ledger = ReplayLedger.open(data);
        Thread failer = new Thread(() -> {
            while (!producer.errorNext(new KafkaException("topic authorization failed"))) {
                Thread.onSpinWait();
            }
        });
        failer.start();

        KafkaException error = assertThrows(KafkaException.class, () -> DeadLetterReplayer.send(List.of(enrich), producer, ledger));
        failer.join();

        assertTrue(error.getMessage().contains("topic authorization failed"), error.getMessage());
        assertTrue(producer.transactionAborted());
        assertTrue(Files.notExists(data.resolve(ReplayLedger.FILE_NAME)));
        assertEquals(false, ledger.replayed(enrich));
    }
}
