package io.newsdesk.launcher.deadletter;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * How {@code dlq list} shows a letter: one line for a person, or one JSON object with everything for
 * a program (original bytes as base64, since they are exactly what could not be read).
 */
public final class DeadLetterFormat {
    static final int MESSAGE_CHARS = 120;
    static final int KEY_CHARS = 60;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DeadLetterFormat() {
    }

    /**
     * {@code failedAt  stage  source-topic/partition@offset  ExceptionClass: message  key=...  (dlq position)}.
     */
    public static String line(DeadLetterEntry entry, boolean replayed) {
        String suffix = "  (" + entry.reference() + (replayed ? ", replayed" : "") + ")";
        if (entry.letter().isEmpty()) {
            return "?  ?  ?  unreadable dead letter: " + shorten(entry.decodeError().orElse(""), MESSAGE_CHARS) + suffix;
        }
        DeadLetter letter = entry.letter().get();
        String source = letter.getSourceTopic() == null ? "(not from a topic)"
                : letter.getSourceTopic() + "/" + letter.getSourcePartition() + "@" + letter.getSourceOffset();
        return letter.getFailedAt() + "  " + letter.getStage() + "  " + source + "  "
                + shorten(error(letter), MESSAGE_CHARS)
                + "  key=" + key(letter.getOriginalKey()) + suffix;
    }

    /** Every field of the letter and its place on the dead-letter topic. */
    public static ObjectNode json(DeadLetterEntry entry, boolean replayed) {
        ObjectNode json = NODES.objectNode();
        json.put("dlqTopic", entry.position().topic());
        json.put("dlqPartition", entry.position().partition());
        json.put("dlqOffset", entry.offset());
        json.put("replayed", replayed);
        if (entry.letter().isEmpty()) {
            json.put("error", "unreadable dead letter: " + entry.decodeError().orElse(""));
            return json;
        }
        DeadLetter letter = entry.letter().get();
        json.put("failedAt", letter.getFailedAt().toString());
        json.put("stage", letter.getStage());
        json.put("exceptionClass", letter.getExceptionClass());
        json.put("exceptionMessage", letter.getExceptionMessage());
        json.put("stackTrace", letter.getStackTrace());
        json.put("sourceTopic", letter.getSourceTopic());
        json.put("sourcePartition", letter.getSourcePartition());
        json.put("sourceOffset", letter.getSourceOffset());
        json.put("originalKey", letter.getOriginalKey() == null ? null : utf8(bytes(letter.getOriginalKey())).orElse(null));
        json.put("originalKeyBase64", base64(letter.getOriginalKey()));
        json.put("originalValueBase64", base64(letter.getOriginalValue()));
        ObjectNode headers = json.putObject("originalHeadersBase64");
        for (Map.Entry<String, ByteBuffer> header : letter.getOriginalHeaders().entrySet()) {
            headers.put(header.getKey(), base64(header.getValue()));
        }
        return json;
    }

    static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }

    private static String base64(ByteBuffer buffer) {
        return buffer == null ? null : Base64.getEncoder().encodeToString(bytes(buffer));
    }

    private static String key(ByteBuffer key) {
        if (key == null) {
            return "(none)";
        }
        byte[] bytes = bytes(key);
        return utf8(bytes).map(k -> shorten(k, KEY_CHARS)).orElseGet(() -> "base64:" + Base64.getEncoder().encodeToString(bytes));
    }

    /**
     * The exception as {@code Class: message}. The platform writes the message as the whole cause chain,
     * each with its class name ({@code IllegalStateException: wrapped <- SerializationException: bad}); when
     * it already names the root class, repeating it in front would only push the message off the line.
     */
    private static String error(DeadLetter letter) {
        String name = simpleName(letter.getExceptionClass());
        String message = letter.getExceptionMessage();
        if (message == null || message.isBlank()) {
            return name;
        }
        return message.contains(name) ? message : name + ": " + message;
    }

    /** The class name without its package: the package rarely helps on one line, the stack trace is in --json. */
    private static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }

    /** One line of at most {@code max} characters: newlines would break the one-letter-per-line promise. */
    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().anyMatch(c -> c < 0x20) ? Optional.empty() : Optional.of(text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
