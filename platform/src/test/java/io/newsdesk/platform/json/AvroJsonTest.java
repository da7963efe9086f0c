package io.newsdesk.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.CitedSource;
import io.newsdesk.schemas.PubStatus;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void aGeneratedRecordBecomesPlainJsonWithEveryFieldInSchemaOrder() {
        Submission submission = Submission.newBuilder()
                .setArticleId("a1")
                .setVersion(2)
                .setSubmissionId("s-1")
                .setSource("local")
                .setExternalId("x-9")
                .setChannel(SubmissionChannel.RAW_PAGE)
                .setHeadline(null)
                .setBody("<p>Body</p>")
                .setBodyFormat(BodyFormat.HTML)
                .setUrl("https://example.org/x")
                .setFirstCreated(Instant.parse("2025-03-04T07:15:00Z"))
                .setPubStatus(PubStatus.USABLE)
                .setReceivedAt(Instant.parse("2025-03-04T07:16:01.250Z"))
                .build();

        assertEquals("{\"articleId\":\"a1\",\"version\":2,\"submissionId\":\"s-1\",\"source\":\"local\","
                        + "\"externalId\":\"x-9\",\"channel\":\"RAW_PAGE\",\"headline\":null,\"body\":\"<p>Body</p>\","
                        + "\"bodyFormat\":\"HTML\",\"byline\":null,\"url\":\"https://example.org/x\",\"language\":null,"
                        + "\"section\":null,\"firstCreated\":\"2025-03-04T07:15:00Z\",\"embargoedUntil\":null,"
                        + "\"pubStatus\":\"USABLE\",\"correctionNote\":null,\"receivedAt\":\"2025-03-04T07:16:01.250Z\",\"expectedVersion\":null}",
                Json.write(AvroJson.toJson(submission)));
    }

    @Test
    void nestedRecordsAndArraysKeepTheirShape() {
        CitedSource source = CitedSource.newBuilder().setName("Gulf Coast Sentinel").setMentionCount(2)
                .setPhrases(List.of("The Gulf Coast Sentinel reports", "told the Gulf Coast Sentinel")).build();

        assertEquals("{\"name\":\"Gulf Coast Sentinel\",\"mentionCount\":2,"
                        + "\"phrases\":[\"The Gulf Coast Sentinel reports\",\"told the Gulf Coast Sentinel\"]}",
                AvroJson.toJson(source).toString());
    }

    @Test
    void mapsBecomeObjectsAndBytesBecomeBase64() {
        Schema fixed = SchemaBuilder.fixed("Two").size(2);
        Schema schema = SchemaBuilder.record("Raw").fields()
                .name("bytes").type().bytesType().noDefault()
                .name("fixed").type(fixed).noDefault()
                .name("tags").type().map().values().stringType().noDefault()
                .name("ratio").type().doubleType().noDefault()
                .endRecord();
        GenericRecord record = new GenericData.Record(schema);
        record.put("bytes", ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)));
        record.put("fixed", new GenericData.Fixed(fixed, new byte[] {1, 2}));
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("tagger", "1.0");
        record.put("tags", tags);
        record.put("ratio", Double.NaN);

        assertEquals("{\"bytes\":\"aGk=\",\"fixed\":\"AQI=\",\"tags\":{\"tagger\":\"1.0\"},\"ratio\":\"NaN\"}",
                AvroJson.toJson(record).toString());
    }

    @Test
    void readingBytesDoesNotConsumeTheBuffer() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {1, 2, 3});

        AvroJson.toJson(buffer);

        assertEquals(3, buffer.remaining());
    }

    @Test
    void aValueWithNoJsonFormIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AvroJson.toJson(new Object()));

        assertEquals("no JSON form for Avro value of type java.lang.Object", e.getMessage());
    }
}
