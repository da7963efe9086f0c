package io.newsdesk.publish.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;

class DeadLetterTallyTest {
    private static final Topics TOPICS = Topics.standard();
    private static final Deserializer<DeadLetter> DESERIALIZER = TOPICS.deadLetters().valueSerde().deserializer();

    /** A dead letter exactly as the platform writes it, read back at {@code dlqOffset}. */
    private static ConsumerRecord<byte[], byte[]> deadLetter(String failedAt, String message, long dlqOffset) {
        DeadLetters letters = new DeadLetters(TOPICS.deadLetters().name(),
                Clock.fixed(Instant.parse(failedAt), ZoneOffset.UTC));
        ProducerRecord<byte[], byte[]> produced = letters.record("enrich.tagging",
                new DeadLetters.Origin(TOPICS.submitted().name(), 2, 41, "a-1".getBytes(StandardCharsets.UTF_8),
                        "{not avro".getBytes(StandardCharsets.UTF_8), new RecordHeaders()),
                new IllegalArgumentException(message));
        return new ConsumerRecord<>(produced.topic(), 0, dlqOffset, Instant.parse(failedAt).toEpochMilli(),
                TimestampType.CREATE_TIME, 3, produced.value().length, produced.key(), produced.value(),
                produced.headers(), Optional.empty());
    }

    @Test
    void aDeadLetterGivesStageExceptionMessageAndSource() {
        DeadLetterTally tally = new DeadLetterTally(DESERIALIZER, 10);
        tally.add(deadLetter("2025-03-04T10:00:00Z", "headline is missing", 0));

        StatusSnapshot.DeadLetterStatus status = tally.status(true);
        assertEquals(1, status.count());
        assertEquals(0, status.undecodable());
        assertTrue(status.caughtUp());
        assertEquals(new StatusSnapshot.DeadLetterReason("enrich.tagging", IllegalArgumentException.class.getName(),
                "IllegalArgumentException: headline is missing", TOPICS.submitted().name(), 2, 41,
                Instant.parse("2025-03-04T10:00:00Z"), 0, 0), status.latest().get(0));
    }

    @Test
    void aRecordThatIsNotADeadLetterIsCountedWithTheReasonFromItsHeaders() {
        ConsumerRecord<byte[], byte[]> written = deadLetter("2025-03-04T10:00:00Z", "bad date", 5);
        ConsumerRecord<byte[], byte[]> garbled = new ConsumerRecord<>(written.topic(), 1, 9, written.timestamp(),
                TimestampType.CREATE_TIME, 0, 3, null, "???".getBytes(StandardCharsets.UTF_8), written.headers(),
                Optional.empty());
        DeadLetterTally tally = new DeadLetterTally(DESERIALIZER, 10);
        tally.add(garbled);

        StatusSnapshot.DeadLetterStatus status = tally.status(false);
        assertEquals(1, status.count());
        assertEquals(1, status.undecodable());
        assertFalse(status.caughtUp());
        StatusSnapshot.DeadLetterReason reason = status.latest().get(0);
        assertEquals("enrich.tagging", reason.stage());
        assertEquals("IllegalArgumentException: bad date", reason.message());
        assertEquals(TOPICS.submitted().name(), reason.sourceTopic());
        assertEquals(41, reason.sourceOffset());
        assertEquals(9, reason.dlqOffset());
    }

    @Test
    void keepsTheNewestReasonsByFailureTimeAndCountsAll() {
        DeadLetterTally tally = new DeadLetterTally(DESERIALIZER, 3);
        for (int minute = 0; minute < 6; minute++) {
            // Out of order, as records of several partitions arrive.
            int m = (minute * 5) % 6;   // 0, 5, 4, 3, 2, 1
            tally.add(deadLetter("2025-03-04T10:0" + m + ":00Z", "failure at minute " + m, minute));
        }
        StatusSnapshot.DeadLetterStatus status = tally.status(true);
        assertEquals(6, status.count());
        assertEquals(List.of("IllegalArgumentException: failure at minute 5", "IllegalArgumentException: failure at minute 4",
                "IllegalArgumentException: failure at minute 3"), status.latest().stream()
                .map(StatusSnapshot.DeadLetterReason::message).toList());
    }

    @Test
    void longMessagesAreShortenedForThePage() {
        DeadLetterTally tally = new DeadLetterTally(DESERIALIZER, 10);
        tally.add(deadLetter("2025-03-04T10:00:00Z", "x".repeat(3_000), 0));
        String message = tally.latest().get(0).message();
        assertEquals(DeadLetterTally.MAX_MESSAGE_CHARS + 1, message.length());
        assertTrue(message.endsWith("…"));
    }
}
