package io.newsdesk.schemas.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.Submission;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The codec reads current-schema records straight from the array instead of through Avro's message
 * decoder; these tests pin that the shortcut changes nothing: the same bytes as Avro's own encoder, the
 * same records as Avro's own decoder, every released version still readable, and the same errors.
 */
class AvroCodecFastPathTest {

    @TestFactory
    Stream<DynamicTest> everyReleasedVersionOfEveryTopLevelRecordDecodesAsAvroDoesAndReencodesIdentically() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<? extends SpecificRecord> type : TopLevelRecords.ALL) {
            for (ReleasedSchemas.Release release : ReleasedSchemas.shipped().of(SpecificData.get().getSchema(type).getFullName())) {
                for (int variant = 0; variant < 2; variant++) {
                    int v = variant;
                    tests.add(DynamicTest.dynamicTest(release.path() + (v == 0 ? " (values)" : " (nulls, empty)"),
                            () -> assertDecodesAsAvro(type, release.schema(), v)));
                }
            }
        }
        return tests.stream();
    }

    private static <T extends SpecificRecord> void assertDecodesAsAvro(Class<T> type, Schema writer, int variant) throws Exception {
        AvroCodec<T> codec = AvroCodec.of(type);
        SpecificData model = SpecificData.getForClass(type);
        BinaryMessageDecoder<T> avroDecoder = new BinaryMessageDecoder<>(model, codec.schema());
        avroDecoder.addSchema(writer);
        byte[] written = AvroCodecTest.singleObject(writer, SampleRecords.generic(writer, variant));

        T decoded = codec.decode(written);
        assertEquals(avroDecoder.decode(written), decoded);

        ByteBuffer avroBytes = new BinaryMessageEncoder<T>(model, codec.schema()).encode(decoded);
        byte[] expected = new byte[avroBytes.remaining()];
        avroBytes.get(expected);
        assertArrayEquals(expected, codec.encode(decoded), "encoding differs from Avro's BinaryMessageEncoder");
        assertEquals(decoded, codec.decode(codec.encode(decoded)));
        if (SchemaNormalization.parsingFingerprint64(writer) == SchemaNormalization.parsingFingerprint64(codec.schema())) {
            assertArrayEquals(written, codec.encode(decoded), "a record written with the current schema re-encodes to the same bytes");
        }
    }

    @Test
    void anOlderSchemaTakesAvrosResolvingPathAndGivesTheSameRecordAsTheCurrentOne() throws Exception {
        // An older Submission (no "section"), so its fingerprint differs and the shortcut must not apply.
        List<Schema.Field> kept = new ArrayList<>();
        for (Schema.Field f : Submission.getClassSchema().getFields()) {
            if (!f.name().equals("section")) {
                kept.add(new Schema.Field(f, f.schema()));
            }
        }
        Schema older = Schema.createRecord("Submission", null, "io.newsdesk.schemas", false, kept);
        assertNotEquals(SchemaNormalization.parsingFingerprint64(older),
                SchemaNormalization.parsingFingerprint64(Submission.getClassSchema()), "test setup");
        AvroCodec<Submission> codec = AvroCodec.of(Submission.class, List.of(older));

        GenericRecord record = SampleRecords.generic(older, 0);
        Submission viaOlder = codec.decode(AvroCodecTest.singleObject(older, record));
        Submission viaCurrent = codec.decode(codec.encode(viaOlder));
        assertEquals(viaOlder, viaCurrent);
        assertEquals(record.get("headline").toString(), viaOlder.getHeadline());
        assertEquals(null, viaOlder.getSection(), "the field the older schema lacks takes its default");
    }

    @Test
    void aRecordCutShortAtAnyLengthFailsWithTheTypeNamedAndNeverDecodes() {
        AvroCodec<Submission> codec = AvroCodec.of(Submission.class);
        byte[] whole = codec.encode(AvroCodecTest.submission());
        for (int length = 0; length < whole.length; length++) {
            byte[] cut = Arrays.copyOf(whole, length);
            AvroCodecException e = assertThrows(AvroCodecException.class, () -> codec.decode(cut), "cut at " + length);
            assertTrue(e.getMessage().startsWith("cannot decode Submission: "), e.getMessage());
        }
    }

    @Test
    void aShortOrWronglyMarkedHeaderIsNotSingleObjectEncoding() {
        AvroCodec<Submission> codec = AvroCodec.of(Submission.class);
        byte[] whole = codec.encode(AvroCodecTest.submission());
        byte[] wrongMarker = whole.clone();
        wrongMarker[1] = 0x02;
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x01, 1, 2, 3}, new byte[0], wrongMarker)) {
            AvroCodecException e = assertThrows(AvroCodecException.class, () -> codec.decode(bad));
            assertTrue(e.getMessage().contains("Submission: not Avro single-object encoding"), e.getMessage());
        }
    }

    @Test
    void aFingerprintOffByOneBitIsAnUnknownSchemaNotAMisreadRecord() {
        AvroCodec<Submission> codec = AvroCodec.of(Submission.class);
        byte[] bytes = codec.encode(AvroCodecTest.submission());
        bytes[9] ^= 0x01;
        AvroCodecException e = assertThrows(AvroCodecException.class, () -> codec.decode(bytes));
        assertTrue(e.getMessage().contains("schema this release does not know"), e.getMessage());
    }

    @Test
    void threadsDecodingAtOnceEachGetTheirOwnRecords() throws Exception {
        // The per-thread decoders must never hand one thread's bytes to another: each task decodes
        // records of different lengths and checks every one against the record it came from.
        AvroCodec<Submission> codec = AvroCodec.of(Submission.class);
        List<Submission> records = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Submission s = AvroCodecTest.submission();
            s.setArticleId("a" + i);
            s.setBody("Body of article " + i + " – ".repeat(i * 7) + "é");
            records.add(s);
        }
        List<byte[]> encoded = records.stream().map(codec::encode).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < records.size(); i++) {
                            int k = (i * 7 + offset + round) % records.size();
                            assertEquals(records.get(k), codec.decode(encoded.get(k)));
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(50 * records.size(), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Generic records filled from a schema alone, so every top-level type gets one without hand-written fixtures. */
    static final class SampleRecords {
        private SampleRecords() {
        }

        /** Variant 0 fills every optional field, every array with two items; variant 1 leaves them null/empty. */
        static GenericRecord generic(Schema schema, int variant) {
            return (GenericRecord) value(schema, variant, schema.getName());
        }

        private static Object value(Schema schema, int variant, String path) {
            switch (schema.getType()) {
                case RECORD: {
                    GenericRecord record = new GenericData.Record(schema);
                    for (Schema.Field f : schema.getFields()) {
                        record.put(f.name(), value(f.schema(), variant, path + "." + f.name()));
                    }
                    return record;
                }
                case UNION: {
                    List<Schema> branches = schema.getTypes();
                    Schema nonNull = branches.stream().filter(b -> b.getType() != Schema.Type.NULL).findFirst().orElseThrow();
                    boolean hasNull = branches.stream().anyMatch(b -> b.getType() == Schema.Type.NULL);
                    return variant == 1 && hasNull ? null : value(nonNull, variant, path);
                }
                case ARRAY: {
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < (variant == 1 ? 0 : 2); i++) {
                        items.add(value(schema.getElementType(), variant, path + "[" + i + "]"));
                    }
                    return items;
                }
                case MAP: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    if (variant == 0) {
                        map.put("k", value(schema.getValueType(), variant, path + "{k}"));
                    }
                    return map;
                }
                case ENUM:
                    return new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(path.length() % schema.getEnumSymbols().size()));
                case STRING:
                    // Non-ASCII on purpose: quotes, dashes and accents are what UTF-8 encoding gets wrong.
                    return variant == 1 ? "" : path + " “Café” – ok";
                case LONG:
                    return 1_764_324_000_000L + path.length();
                case INT:
                    return path.length() * (variant == 1 ? -1 : 300);
                case BOOLEAN:
                    return variant == 0;
                case DOUBLE:
                    return path.length() / 7.0;
                case FLOAT:
                    return path.length() / 3.0f;
                case BYTES:
                    return ByteBuffer.wrap(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case NULL:
                    return null;
                default:
                    throw new IllegalArgumentException("no sample for " + schema.getType() + " at " + path);
            }
        }
    }
}
