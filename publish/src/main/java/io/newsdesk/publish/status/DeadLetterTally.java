package io.newsdesk.publish.status;

import io.newsdesk.platform.deadletter.DeadLetters;
import io.newsdesk.schemas.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Counts the records read from {@code articles.dlq} and keeps the latest few reasons. A record whose value
 * is not a {@link DeadLetter} (written by hand, or by a future writer) is still counted, with its reason
 * taken from the plain-text {@code newsdesk.dlq.*} headers every Newsdesk writer adds. Not thread-safe:
 * owned by the collector's thread.
 */
public final class DeadLetterTally {
    /** Long enough to say what went wrong; the full message and stack stay on the topic. */
    static final int MAX_MESSAGE_CHARS = 500;
    private static final Comparator<StatusSnapshot.DeadLetterReason> NEWEST_FIRST = Comparator
            .comparing(StatusSnapshot.DeadLetterReason::failedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StatusSnapshot.DeadLetterReason::dlqPartition)
            .thenComparing(StatusSnapshot.DeadLetterReason::dlqOffset, Comparator.reverseOrder());

    private final Deserializer<DeadLetter> deserializer;
    private final int keep;
    private final TreeSet<StatusSnapshot.DeadLetterReason> latest = new TreeSet<>(NEWEST_FIRST);
    private long count;
    private long undecodable;

    public DeadLetterTally(Deserializer<DeadLetter> deserializer, int keep) {
        this.deserializer = deserializer;
        this.keep = keep;
    }

    public void add(ConsumerRecord<byte[], byte[]> record) {
        count++;
        StatusSnapshot.DeadLetterReason reason;
        try {
            DeadLetter letter = record.value() == null ? null : deserializer.deserialize(record.topic(), record.value());
            if (letter == null) {
                throw new IllegalArgumentException("no value");
            }
            reason = new StatusSnapshot.DeadLetterReason(letter.getStage(), letter.getExceptionClass(),
                    shorten(letter.getExceptionMessage()), letter.getSourceTopic(), letter.getSourcePartition(),
                    letter.getSourceOffset(), letter.getFailedAt(), record.partition(), record.offset());
        } catch (RuntimeException notADeadLetter) {
            undecodable++;
            reason = fromHeaders(record);
        }
        latest.add(reason);
        if (latest.size() > keep) {
            latest.pollLast();
        }
    }

    public StatusSnapshot.DeadLetterStatus status(boolean caughtUp) {
        return new StatusSnapshot.DeadLetterStatus(count, undecodable, caughtUp, new ArrayList<>(latest));
    }

    private static StatusSnapshot.DeadLetterReason fromHeaders(ConsumerRecord<byte[], byte[]> record) {
        String stage = header(record, DeadLetters.HEADER_STAGE);
        String exception = header(record, DeadLetters.HEADER_EXCEPTION);
        String message = header(record, DeadLetters.HEADER_MESSAGE);
        return new StatusSnapshot.DeadLetterReason(
                stage == null ? "unknown" : stage,
                exception == null ? "unknown" : exception,
                shorten(message == null ? "the record is not a DeadLetter and has no newsdesk.dlq headers" : message),
                header(record, DeadLetters.HEADER_TOPIC),
                (int) number(header(record, DeadLetters.HEADER_PARTITION)),
                number(header(record, DeadLetters.HEADER_OFFSET)),
                record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()),
                record.partition(), record.offset());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static long number(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String shorten(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        return message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    /** For tests: the reasons kept, newest first. */
    List<StatusSnapshot.DeadLetterReason> latest() {
        return List.copyOf(latest);
    }
}
