package io.newsdesk.publish;

import io.newsdesk.publish.rules.LiveArticle;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of the live store's values (and so of its changelog topic). The schemas are released and this
 * is publish's private state, so it is not an Avro record of its own: a format byte, the state, the
 * slices, then the {@link PublishedArticle} in the project's single-object encoding, which keeps the
 * record readable across schema versions. A new layout gets a new format byte and keeps reading the old.
 */
final class LiveArticleSerde implements Serde<LiveArticle> {
    private static final byte FORMAT_1 = 1;
    private final AvroCodec<PublishedArticle> codec = AvroCodec.of(PublishedArticle.class);

    @Override
    public Serializer<LiveArticle> serializer() {
        return (topic, live) -> {
            if (live == null) {
                return null;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(FORMAT_1);
                out.writeUTF(live.state().name());
                out.writeInt(live.slices().size());
                for (String slice : live.slices()) {
                    out.writeUTF(slice);
                }
                byte[] record = codec.encode(live.lastPublished());
                out.writeInt(record.length);
                out.write(record);
                out.flush();
                return bytes.toByteArray();
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("cannot encode live article for " + topic + ": " + e.getMessage(), e);
            }
        };
    }

    @Override
    public Deserializer<LiveArticle> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte format = in.readByte();
                if (format != FORMAT_1) {
                    throw new SerializationException("unknown live article format " + format + " in " + topic);
                }
                LiveArticle.State state = LiveArticle.State.valueOf(in.readUTF());
                int count = in.readInt();
                List<String> slices = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    slices.add(in.readUTF());
                }
                byte[] record = new byte[in.readInt()];
                in.readFully(record);
                return new LiveArticle(state, codec.decode(record), slices);
            } catch (IOException | RuntimeException e) {
                if (e instanceof SerializationException se) {
                    throw se;
                }
                throw new SerializationException("cannot decode live article from " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
