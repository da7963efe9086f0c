package io.newsdesk.publish;

import io.newsdesk.publish.rules.LiveArticle;
import io.newsdesk.schemas.Correction;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.codec.AvroCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of the live store's values (and so of its changelog topic). The schemas are released and this
 * is publish's private state, so it is not an Avro record of its own: a format byte, then the fields. A
 * new layout gets a new format byte and keeps reading the old.
 *
 * <ul>
 *   <li>Format 2 (written): the state, the slices, the slug, the first publication time, the headline
 *       and the corrections: only what {@link LiveArticle} keeps, some 100 bytes.</li>
 *   <li>Format 1 (read only, written by earlier releases, so still in deployed stores and changelogs):
 *       the state, the slices, then the whole last {@link io.newsdesk.schemas.PublishedArticle} in the
 *       project's single-object encoding, some 20 KB; it is read into the same {@link LiveArticle}.</li>
 * </ul>
 */
final class LiveArticleSerde implements Serde<LiveArticle> {
    static final byte FORMAT_1 = 1;
    static final byte FORMAT_2 = 2;
    private final AvroCodec<PublishedArticle> codec = AvroCodec.of(PublishedArticle.class);

    @Override
    public Serializer<LiveArticle> serializer() {
        return (topic, live) -> {
            if (live == null) {
                return null;
            }
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(FORMAT_2);
                out.writeUTF(live.state().name());
                out.writeInt(live.slices().size());
                for (String slice : live.slices()) {
                    out.writeUTF(slice);
                }
                writeString(out, live.slug());
                out.writeLong(live.firstPublishedAt().toEpochMilli());
                out.writeBoolean(live.headline() != null);
                if (live.headline() != null) {
                    writeString(out, live.headline());
                }
                out.writeInt(live.corrections().size());
                for (Correction correction : live.corrections()) {
                    out.writeLong(correction.getVersion());
                    writeString(out, correction.getNote());
                    out.writeLong(correction.getAt().toEpochMilli());
                }
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
                if (format != FORMAT_1 && format != FORMAT_2) {
                    throw new SerializationException("unknown live article format " + format + " in " + topic);
                }
                LiveArticle.State state = LiveArticle.State.valueOf(in.readUTF());
                int count = in.readInt();
                List<String> slices = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    slices.add(in.readUTF());
                }
                return format == FORMAT_1 ? readFormat1(in, state, slices) : readFormat2(in, state, slices);
            } catch (IOException | RuntimeException e) {
                if (e instanceof SerializationException se) {
                    throw se;
                }
                throw new SerializationException("cannot decode live article from " + topic + ": " + e.getMessage(), e);
            }
        };
    }

    private LiveArticle readFormat1(DataInputStream in, LiveArticle.State state, List<String> slices)
            throws IOException {
        byte[] record = new byte[in.readInt()];
        in.readFully(record);
        return LiveArticle.of(state, codec.decode(record), slices);
    }

    private static LiveArticle readFormat2(DataInputStream in, LiveArticle.State state, List<String> slices)
            throws IOException {
        String slug = readString(in);
        Instant firstPublishedAt = Instant.ofEpochMilli(in.readLong());
        String headline = in.readBoolean() ? readString(in) : null;
        int count = in.readInt();
        List<Correction> corrections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            corrections.add(Correction.newBuilder()
                    .setVersion(in.readLong())
                    .setNote(readString(in))
                    .setAt(Instant.ofEpochMilli(in.readLong()))
                    .build());
        }
        return new LiveArticle(state, slug, firstPublishedAt, corrections, headline, slices);
    }

    // Length and UTF-8 bytes rather than writeUTF: a headline or a correction note is not bounded by
    // writeUTF's 64 KB, and this stays standard UTF-8 for anyone reading the changelog by hand.
    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("string length " + length + " runs past the end of the record");
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
