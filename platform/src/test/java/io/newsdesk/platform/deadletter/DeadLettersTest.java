package io.newsdesk.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.codec.AvroCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLettersTest {
    private final DeadLetters deadLetters = new DeadLetters("articles.dlq",
            Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void theRecordCarriesOriginalBytesAndHeadersAndTheReasonTwice() {
        RecordHeaders original = new RecordHeaders();
        original.add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        DeadLetters.Origin origin = new DeadLetters.Origin("articles.submitted", 2, 41L,
                "key".getBytes(StandardCharsets.UTF_8), "value".getBytes(StandardCharsets.UTF_8), original);
        Exception error = new IllegalStateException("outer", new NumberFormatException("bad number"));

        ProducerRecord<byte[], byte[]> record = deadLetters.record("enrich.process", origin, error);

        assertEquals("articles.dlq", record.topic());
        assertEquals("key", new String(record.key(), StandardCharsets.UTF_8));
        assertEquals("enrich.process", header(record, DeadLetters.HEADER_STAGE));
        assertEquals(NumberFormatException.class.getName(), header(record, DeadLetters.HEADER_EXCEPTION));
        assertEquals("articles.submitted", header(record, DeadLetters.HEADER_TOPIC));
        assertEquals("2", header(record, DeadLetters.HEADER_PARTITION));
        assertEquals("41", header(record, DeadLetters.HEADER_OFFSET));

        DeadLetter letter = AvroCodec.of(DeadLetter.class).decode(record.value());
        assertEquals("value", StandardCharsets.UTF_8.decode(letter.getOriginalValue()).toString());
        assertEquals("t-1", StandardCharsets.UTF_8.decode(letter.getOriginalHeaders().get("trace")).toString());
        assertEquals("IllegalStateException: outer <- NumberFormatException: bad number", letter.getExceptionMessage());
        assertEquals(Instant.parse("2026-11-28T12:00:00Z"), letter.getFailedAt());
        assertTrue(letter.getStackTrace().contains("NumberFormatException"));
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
