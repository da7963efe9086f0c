package io.newsdesk.schemas.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes and decodes one record type with Avro's single-object encoding: the bytes
 * {@code C3 01}, the 8-byte little-endian CRC-64-AVRO fingerprint of the writer's schema, then the
 * Avro binary body. A reader in any language finds the writer schema by fingerprint among the
 * project's {@code .avsc} files, so no schema registry is needed.
 *
 * <p>The decoder knows the current schema and every released version of it, so a record written by
 * an older release is resolved into the current class (new fields take their defaults).
 * Instances are immutable after construction and safe to share between threads.
 */
public final class AvroCodec<T extends SpecificRecord> {
    private final Class<T> type;
    private final Schema schema;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroCodec(Class<T> type, ReleasedSchemas releases, Iterable<Schema> alsoKnown) {
        TrustedSchemas.install();
        this.type = type;
        this.schema = SpecificData.get().getSchema(type);
        SpecificData model = SpecificData.getForClass(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        for (ReleasedSchemas.Release release : releases.of(schema.getFullName())) {
            decoder.addSchema(release.schema());
        }
        for (Schema writer : alsoKnown) {
            decoder.addSchema(writer);
        }
    }

    /** A codec for a generated record class, resolving every version released with this jar. */
    public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type) {
        return new AvroCodec<>(type, ReleasedSchemas.shipped(), java.util.List.of());
    }

    /**
     * As {@link #of(Class)}, also resolving records written with the given writer schemas: for
     * reading data from a schema version that was never released (a development branch, a test).
     */
    public static <T extends SpecificRecord> AvroCodec<T> of(Class<T> type, Iterable<Schema> alsoKnown) {
        return new AvroCodec<>(type, ReleasedSchemas.shipped(), alsoKnown);
    }

    public Class<T> type() {
        return type;
    }

    /** The current (reader and writer) schema. */
    public Schema schema() {
        return schema;
    }

    public byte[] encode(T record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            // Avro hands back a fresh array wrapped whole; copying it again would allocate every record
            // (up to ~20 KB for an enriched article) a second time on every hop.
            if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.position() == 0
                    && buffer.remaining() == buffer.array().length) {
                return buffer.array();
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new AvroCodecException("cannot encode " + type.getSimpleName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Avro reports a missing required field as a NullPointerException deep in the writer.
            throw new AvroCodecException("cannot encode " + type.getSimpleName() + ": " + e, e);
        }
    }

    public T decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (MissingSchemaException e) {
            throw new AvroCodecException("cannot decode " + type.getSimpleName()
                    + ": written with a schema this release does not know (" + e.getMessage() + ")", e);
        } catch (BadHeaderException e) {
            throw new AvroCodecException("cannot decode " + type.getSimpleName()
                    + ": not Avro single-object encoding (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new AvroCodecException("cannot decode " + type.getSimpleName() + ": " + e, e);
        }
    }
}
