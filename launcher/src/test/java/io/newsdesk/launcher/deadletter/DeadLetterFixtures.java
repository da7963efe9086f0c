package io.newsdesk.launcher.deadletter;

import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.schemas.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Dead letters as the platform builds them, for the tests of this package. */
final class DeadLetterFixtures {
    static final Instant FAILED_AT = Instant.parse("2026-03-04T07:15:00Z");
    static final DeadLetters DEAD_LETTERS = new DeadLetters("articles.dlq", Clock.fixed(FAILED_AT, ZoneOffset.UTC));

    private DeadLetterFixtures() {
    }

    static DeadLetter letter(String stage, String sourceTopic, long sourceOffset, String key, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "abc".getBytes(StandardCharsets.UTF_8));
        return DEAD_LETTERS.letter(stage, new DeadLetters.Origin(sourceTopic, sourceTopic == null ? -1 : 1, sourceOffset,
                key.getBytes(StandardCharsets.UTF_8), value, headers),
                new IllegalStateException("wrapped", new IllegalArgumentException("headline: not a string")));
    }

    static DeadLetterEntry entry(int partition, long offset, DeadLetter letter) {
        return new DeadLetterEntry(new TopicPartition("articles.dlq", partition), offset, Optional.of(letter), Optional.empty());
    }
}
