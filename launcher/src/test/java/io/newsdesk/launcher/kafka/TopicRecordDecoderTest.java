package io.newsdesk.launcher.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.ArticleEvent;
import io.newsdesk.schemas.EventType;
import io.newsdesk.schemas.VersionStamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

class TopicRecordDecoderTest {
    private static final Instant AT = Instant.parse("2025-03-06T08:05:00Z");

    @Test
    void decodesAValueByItsTopicsContract() {
        ArticleEvent event = ArticleEvent.newBuilder().setEventId("a1:v1:PUBLISHED").setType(EventType.PUBLISHED)
                .setArticleId("a1").setVersion(1).setSlug("council-votes-a1").setHeadline("Council Votes")
                .setSource("local").setAt(AT).setReceivedAt(AT).build();
        byte[] value = Topics.standard().events().valueSerde().serializer().serialize("articles.events", event);

        ObjectNode json = decoder("articles.events").toJson(record("articles.events", "a1".getBytes(StandardCharsets.UTF_8), value));

        assertEquals("articles.events", json.get("topic").asText());
        assertEquals(3, json.get("partition").asInt());
        assertEquals(17, json.get("offset").asLong());
        assertEquals("2025-03-06T08:05:00Z", json.get("timestamp").asText());
        assertEquals("a1", json.get("key").asText());
        assertEquals("PUBLISHED", json.get("value").get("type").asText());
        assertEquals("Council Votes", json.get("value").get("headline").asText());
        assertEquals("2025-03-06T08:05:00Z", json.get("value").get("at").asText());
    }

    @Test
    void feedItemStatesAndTheRetiredVersionTableDecodeToo() {
        assertEquals("FeedItemState", decoder("t1-ingest.feed-items").valueType());
        VersionStamp stamp = new VersionStamp("a1", 3L, "s-3", AT);
        byte[] value = AvroSerde.of(VersionStamp.class).serializer().serialize("articles.versions", stamp);

        ObjectNode json = decoder("articles.versions").toJson(record("articles.versions", "a1".getBytes(StandardCharsets.UTF_8), value));

        assertEquals(3, json.get("value").get("version").asLong(), "a release v1 cluster's version table stays readable");
    }

    @Test
    void aTombstoneHasANullValue() {
        ObjectNode json = decoder("articles.published").toJson(record("articles.published", "a1".getBytes(StandardCharsets.UTF_8), null));

        assertEquals("a1", json.get("key").asText());
        assertTrue(json.get("value").isNull(), json.toString());
        assertEquals(null, json.get("error"));
    }

    @Test
    void headersAreShownAndARepeatedHeaderKeepsEveryValue() {
        ConsumerRecord<byte[], byte[]> record = record("articles.dlq", null, null);
        record.headers().add(new RecordHeader("stage", "enrich".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("trace", "1".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("trace", new byte[] {(byte) 0xff}));

        ObjectNode json = decoder("articles.dlq").toJson(record);

        assertEquals("{\"stage\":\"enrich\",\"trace\":[\"1\",\"base64:/w==\"]}", json.get("headers").toString());
        assertTrue(json.get("key").isNull());
    }

    @Test
    void aKeyThatIsNotTextIsShownAsBase64() {
        ObjectNode json = decoder("articles.dlq").toJson(record("articles.dlq", new byte[] {(byte) 0xc3, 0x28}, null));

        assertEquals("{\"base64\":\"wyg=\"}", json.get("key").toString());
    }

    @Test
    void aValueThatDoesNotDecodeIsStillPrintedWithItsBytesAndTheReason() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

        ObjectNode json = decoder("articles.submitted").toJson(record("articles.submitted", "k".getBytes(StandardCharsets.UTF_8), garbage));

        assertTrue(json.get("value").isNull());
        assertEquals("bm90IGF2cm8=", json.get("valueBase64").asText());
        assertTrue(json.get("error").asText().startsWith("cannot decode the value as articles.submitted expects: "), json.toString());
    }

    @Test
    void prefixedTopicsAndPublishedSlicesDecodeLikeTheirBaseTopic() {
        assertEquals("articles.submitted", decoder("t1-articles.submitted").contractName());
        assertEquals("Submission", decoder("t1-articles.submitted").valueType());
        assertEquals("articles.published", decoder("articles.published").contractName());
        assertEquals("articles.published", decoder("articles.published.crime-law-justice").contractName());
        assertEquals("articles.published", decoder("t1-articles.published.courts").contractName());
        assertEquals("DeadLetter", decoder("articles.dlq").valueType());
        assertEquals("Digest", decoder("digests").valueType());
    }

    @Test
    void aTopicOutsideThePipelineHasNoDecoder() {
        assertEquals(Optional.empty(), TopicRecordDecoder.forTopic("__consumer_offsets"));
        assertEquals(Optional.empty(), TopicRecordDecoder.forTopic("articles"));
    }

    private static TopicRecordDecoder decoder(String topic) {
        return TopicRecordDecoder.forTopic(topic).orElseThrow();
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, byte[] key, byte[] value) {
        return new ConsumerRecord<>(topic, 3, 17, AT.toEpochMilli(), TimestampType.CREATE_TIME,
                key == null ? -1 : key.length, value == null ? -1 : value.length, key, value, new RecordHeaders(), Optional.empty());
    }
}
