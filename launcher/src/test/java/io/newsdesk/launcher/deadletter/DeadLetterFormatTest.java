package io.newsdesk.launcher.deadletter;

import static io.newsdesk.launcher.deadletter.DeadLetterFixtures.entry;
import static io.newsdesk.launcher.deadletter.DeadLetterFixtures.letter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.schemas.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class DeadLetterFormatTest {
    private final byte[] poison = {0x00, (byte) 0xff, 0x13, 0x37};

    @Test
    void oneLineShowsWhenWhereWhatAndWhichKey() {
        DeadLetterEntry entry = entry(2, 42, letter("enrich.tagging.deserialize", "articles.submitted", 17, "art-1", poison));

        assertEquals("2026-03-04T07:15:00Z  enrich.tagging.deserialize  articles.submitted/1@17  "
                        + "IllegalStateException: wrapped <- IllegalArgumentException: headline: not a string"
                        + "  key=art-1  (articles.dlq-2@42)",
                DeadLetterFormat.line(entry, false));
        String replayed = DeadLetterFormat.line(entry, true);
        assertTrue(replayed.endsWith("  key=art-1  (articles.dlq-2@42, replayed)"), replayed);
    }

    @Test
    void aMessageThatDoesNotNameTheExceptionGetsItsClassInFront() {
        DeadLetter letter = DeadLetter.newBuilder(letter("publish.process", "articles.enriched", 1, "k", new byte[] {1}))
                .setExceptionClass("org.apache.kafka.common.errors.RecordTooLargeException")
                .setExceptionMessage("the record is 3 MB")
                .build();

        String line = DeadLetterFormat.line(entry(0, 1, letter), false);

        assertTrue(line.contains("  RecordTooLargeException: the record is 3 MB  key=k"), line);
    }

    @Test
    void aLongMessageIsShortenedToOneLine() {
        assertEquals("a b " + "c".repeat(5) + "…", DeadLetterFormat.shorten("a\n  b\t" + "c".repeat(50), 10));
    }

    @Test
    void anUnreadableRecordIsShownWithTheReason() {
        DeadLetterEntry unreadable = new DeadLetterEntry(new TopicPartition("articles.dlq", 0), 3, Optional.empty(),
                Optional.of("AvroRuntimeException: bad magic"));

        assertEquals("?  ?  ?  unreadable dead letter: AvroRuntimeException: bad magic  (articles.dlq-0@3)",
                DeadLetterFormat.line(unreadable, false));
    }

    @Test
    void jsonHasEveryFieldWithTheOriginalBytesInBase64() {
        DeadLetterEntry entry = entry(0, 5, letter("publish.process", "articles.enriched", 9, "art-2", poison));

        ObjectNode json = DeadLetterFormat.json(entry, false);

        assertEquals("articles.dlq", json.get("dlqTopic").asText());
        assertEquals(5, json.get("dlqOffset").asLong());
        assertEquals("publish.process", json.get("stage").asText());
        assertEquals("java.lang.IllegalArgumentException", json.get("exceptionClass").asText());
        assertEquals("articles.enriched", json.get("sourceTopic").asText());
        assertEquals(9, json.get("sourceOffset").asLong());
        assertEquals("art-2", json.get("originalKey").asText());
        assertEquals(Base64.getEncoder().encodeToString(poison), json.get("originalValueBase64").asText());
        assertEquals(Base64.getEncoder().encodeToString("abc".getBytes(StandardCharsets.UTF_8)),
                json.get("originalHeadersBase64").get("trace").asText());
        assertEquals(false, json.get("replayed").asBoolean());
    }
}
