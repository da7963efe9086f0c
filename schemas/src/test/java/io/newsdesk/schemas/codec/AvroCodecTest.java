package io.newsdesk.schemas.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;

class AvroCodecTest {
    private final AvroCodec<Submission> codec = AvroCodec.of(Submission.class);

    static Submission submission() {
        return Submission.newBuilder()
                .setArticleId("a1").setVersion(3).setSubmissionId("s-1")
                .setSource("cms").setExternalId("x-1").setChannel(SubmissionChannel.API)
                .setHeadline("Court hears appeal").setBody("The court heard the appeal.")
                .setBodyFormat(BodyFormat.TEXT).setPubStatus(PubStatus.USABLE)
                .setReceivedAt(Instant.parse("2026-11-28T10:00:00Z"))
                .build();
    }

    @Test
    void roundTripsARecord() {
        Submission original = submission();
        assertEquals(original, codec.decode(codec.encode(original)));
    }

    @Test
    void writesSingleObjectEncodingWithTheSchemaFingerprint() {
        byte[] bytes = codec.encode(submission());
        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertEquals(SchemaNormalization.parsingFingerprint64(Submission.getClassSchema()), fingerprint);
    }

    @Test
    void readsARecordWrittenByAnOlderSchemaVersion() throws Exception {
        // An "older" Submission without correctionNote and section, written by a generic writer.
        java.util.List<Schema.Field> kept = new java.util.ArrayList<>();
        for (Schema.Field f : Submission.getClassSchema().getFields()) {
            if (!f.name().equals("correctionNote") && !f.name().equals("section")) {
                kept.add(new Schema.Field(f, f.schema()));
            }
        }
        Schema older = Schema.createRecord("Submission", null, "io.newsdesk.schemas", false, kept);
        assertNull(older.getField("correctionNote"), "test setup: the older schema must lack the field");
        GenericRecord record = new GenericData.Record(older);
        for (Schema.Field field : older.getFields()) {
            if (field.hasDefaultValue()) {
                record.put(field.name(), GenericData.get().deepCopy(field.schema(), GenericData.get().getDefaultValue(field)));
            }
        }
        record.put("articleId", "a9");
        record.put("version", 1L);
        record.put("submissionId", "s");
        record.put("source", "wire");
        record.put("externalId", "w-9");
        record.put("body", "Body.");
        record.put("receivedAt", 1_000L);

        AvroCodec<Submission> knowsOlder = codecKnowing(older);
        Submission decoded = knowsOlder.decode(singleObject(older, record));
        assertEquals("a9", decoded.getArticleId());
        assertNull(decoded.getCorrectionNote());
        assertEquals(PubStatus.USABLE, decoded.getPubStatus());
    }

    @Test
    void rejectsBytesFromAnUnknownSchemaWithAClearMessage() throws Exception {
        Schema stranger = new Schema.Parser().parse("""
                {"type":"record","name":"Stranger","fields":[{"name":"x","type":"int"}]}""");
        GenericRecord record = new GenericData.Record(stranger);
        record.put("x", 1);
        AvroCodecException e = assertThrows(AvroCodecException.class, () -> codec.decode(singleObject(stranger, record)));
        assertTrue(e.getMessage().contains("schema this release does not know"), e.getMessage());
    }

    @Test
    void rejectsBytesThatAreNotSingleObjectEncoded() {
        AvroCodecException e = assertThrows(AvroCodecException.class,
                () -> codec.decode("{\"json\":true}".getBytes()));
        assertTrue(e.getMessage().contains("Submission"), e.getMessage());
    }

    @Test
    void decodesNullAsNullForTombstones() {
        assertNull(codec.decode(null));
    }

    @Test
    void encodingAnIncompleteRecordFailsWithTheTypeName() {
        Submission incomplete = submission();
        incomplete.setBody(null);
        AvroCodecException e = assertThrows(AvroCodecException.class, () -> codec.encode(incomplete));
        assertTrue(e.getMessage().contains("Submission"), e.getMessage());
    }

    @Test
    void encodingIsDeterministic() {
        assertArrayEquals(codec.encode(submission()), codec.encode(submission()));
    }

    @Test
    void everyEncodingIsItsOwnArray() {
        // encode hands out Avro's array without copying it; a caller scribbling on one result (or Kafka
        // holding it in a batch) must never see a later record's bytes.
        byte[] first = codec.encode(submission());
        byte[] expected = first.clone();
        Submission other = submission();
        other.setHeadline("A different headline of another length");
        byte[] second = codec.encode(other);
        assertNotSame(first, second);
        assertArrayEquals(expected, first);
        java.util.Arrays.fill(first, (byte) 0);
        assertEquals(other, codec.decode(second));
    }

    private static AvroCodec<Submission> codecKnowing(Schema extra) {
        return AvroCodec.of(Submission.class, java.util.List.of(extra));
    }

    static byte[] singleObject(Schema schema, GenericRecord record) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xC3);
        out.write(0x01);
        out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(SchemaNormalization.parsingFingerprint64(schema)).array());
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
