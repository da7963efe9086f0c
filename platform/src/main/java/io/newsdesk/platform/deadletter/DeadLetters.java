package io.newsdesk.platform.deadletter;

import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.codec.AvroCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the record that goes to {@code articles.dlq} when a record cannot be processed: the original
 * key as key, a {@link DeadLetter} (original bytes and headers, stage, exception, source position) as
 * value, and the reason repeated in plain-text headers so that {@code kcat} shows it without Avro.
 */
public final class DeadLetters {
    public static final String HEADER_STAGE = "newsdesk.dlq.stage";
    public static final String HEADER_EXCEPTION = "newsdesk.dlq.exception";
    public static final String HEADER_MESSAGE = "newsdesk.dlq.message";
    public static final String HEADER_TOPIC = "newsdesk.dlq.topic";
    public static final String HEADER_PARTITION = "newsdesk.dlq.partition";
    public static final String HEADER_OFFSET = "newsdesk.dlq.offset";

    private static final int MAX_STACK_CHARS = 8_000;
    private static final int STACK_FRAMES_PER_CAUSE = 12;
    private static final int MAX_MESSAGE_CHARS = 2_000;
    private static final AvroCodec<DeadLetter> CODEC = AvroCodec.of(DeadLetter.class);

    private final String dlqTopic;
    private final Clock clock;

    public DeadLetters(String dlqTopic, Clock clock) {
        this.dlqTopic = dlqTopic;
        this.clock = clock;
    }

    public String topic() {
        return dlqTopic;
    }

    /** Where a failed record came from; partition and offset are -1 when it never was on a topic. */
    public record Origin(String topic, int partition, long offset, byte[] key, byte[] value, Headers headers) {
    }

    public DeadLetter letter(String stage, Origin origin, Throwable error) {
        Map<String, ByteBuffer> headers = new LinkedHashMap<>();
        if (origin.headers() != null) {
            for (Header h : origin.headers()) {
                headers.put(h.key(), ByteBuffer.wrap(h.value() == null ? new byte[0] : h.value()));
            }
        }
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setExceptionClass(rootCause(error).getClass().getName())
                .setExceptionMessage(truncate(describe(error), MAX_MESSAGE_CHARS))
                .setStackTrace(truncate(stackTrace(error), MAX_STACK_CHARS))
                .setSourceTopic(origin.topic())
                .setSourcePartition(origin.partition())
                .setSourceOffset(origin.offset())
                .setOriginalKey(origin.key() == null ? null : ByteBuffer.wrap(origin.key()))
                .setOriginalValue(origin.value() == null ? null : ByteBuffer.wrap(origin.value()))
                .setOriginalHeaders(headers)
                .setFailedAt(clock.instant())
                .build();
    }

    /** The dead-letter record, ready for a byte[] producer. */
    public ProducerRecord<byte[], byte[]> record(String stage, Origin origin, Throwable error) {
        DeadLetter letter = letter(stage, origin, error);
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_STAGE, utf8(stage));
        headers.add(HEADER_EXCEPTION, utf8(letter.getExceptionClass()));
        headers.add(HEADER_MESSAGE, utf8(letter.getExceptionMessage() == null ? "" : letter.getExceptionMessage()));
        if (origin.topic() != null) {
            headers.add(HEADER_TOPIC, utf8(origin.topic()));
        }
        headers.add(HEADER_PARTITION, utf8(Integer.toString(origin.partition())));
        headers.add(HEADER_OFFSET, utf8(Long.toString(origin.offset())));
        return new ProducerRecord<>(dlqTopic, null, origin.key(), CODEC.encode(letter), headers);
    }

    /** The message of the error and of each cause, so "wrapped" exceptions still say what went wrong. */
    static String describe(Throwable error) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }

    static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Each throwable of the cause chain with its top frames: enough to find the line, short enough to keep. */
    private static String stackTrace(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t == error ? "" : "Caused by: ").append(t).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, STACK_FRAMES_PER_CAUSE); i++) {
                out.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > STACK_FRAMES_PER_CAUSE) {
                out.append("\t... ").append(frames.length - STACK_FRAMES_PER_CAUSE).append(" more\n");
            }
        }
        return out.toString();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
