package io.newsdesk.publish;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Encodes a record once for all the topics it is written to: {@link PublishProcessor} forwards the same
 * {@code PublishedArticle} instance to {@code articles.published} and to each slice it is routed to (with
 * the default route, most articles), and each sink would encode its ~20 KB again, byte for byte the same.
 * This serializer remembers the last instance it encoded and hands back those bytes when asked for the
 * very same instance (identity, not equality: an equal record is encoded afresh).
 *
 * <p>Only for a delegate whose bytes do not depend on the topic or headers (Avro single-object encoding
 * does not), and for records nobody changes once forwarded. The topology, and so this instance, is
 * shared by every stream thread: the last encoding is one immutable pair behind an atomic reference,
 * so a thread never sees another record's bytes; when two threads interleave, one merely encodes again.
 * The producer copies the bytes into its batch, so handing the same array to two sends is safe.
 */
final class EncodedOnceSerializer<T> implements Serializer<T> {
    private record Encoded(Object record, byte[] bytes) {
    }

    private final Serializer<T> delegate;
    private final AtomicReference<Encoded> last = new AtomicReference<>();

    EncodedOnceSerializer(Serializer<T> delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return delegate.serialize(topic, null);
        }
        Encoded encoded = last.get();
        if (encoded != null && encoded.record() == data) {
            return encoded.bytes();
        }
        byte[] bytes = delegate.serialize(topic, data);
        last.set(new Encoded(data, bytes));
        return bytes;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
