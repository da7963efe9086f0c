package io.newsdesk.launcher.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.AvroJson;
import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.platform.topics.Topic;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.VersionStamp;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Turns the raw records of one pipeline topic into JSON lines, choosing the Avro type by the topic's
 * name as {@link Topics} defines it. A prefixed name ({@code t1-articles.submitted}) and a routed slice
 * of the published topic ({@code articles.published.crime-law-justice}) decode like their base topic.
 * A record that does not decode is still printed, with its bytes in base64 and the reason: a tail that
 * skipped bad records would hide exactly the ones an operator is looking for.
 */
public final class TopicRecordDecoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Release v1's version table, no longer written; a cluster upgraded from it may still hold the topic. */
    private static final Topic<String, VersionStamp> RETIRED_VERSIONS =
            new Topic<>(Topics.RETIRED_VERSIONS, Serdes.String(), AvroSerde.of(VersionStamp.class));

    private final String topic;
    private final Topic<?, ?> contract;

    private TopicRecordDecoder(String topic, Topic<?, ?> contract) {
        this.topic = topic;
        this.contract = contract;
    }

    /** The decoder for a topic name, or empty when the name is not one of the pipeline's topics. */
    public static Optional<TopicRecordDecoder> forTopic(String topic) {
        Topics standard = Topics.standard();
        List<Topic<?, ?>> contracts = List.of(standard.submitted(), standard.tagged(), standard.enriched(),
                standard.published(), standard.events(), standard.deadLetters(), standard.digests(), standard.feedItems(),
                RETIRED_VERSIONS);
        for (Topic<?, ?> contract : contracts) {
            if (topic.endsWith(contract.name())) {
                return Optional.of(new TopicRecordDecoder(topic, contract));
            }
        }
        if (topic.contains(Topics.PUBLISHED + ".")) {
            return Optional.of(new TopicRecordDecoder(topic, standard.published()));
        }
        return Optional.empty();
    }

    /** The base topic whose contract decodes this one, e.g. {@code articles.published}. */
    public String contractName() {
        return contract.name();
    }

    /** The Avro record type of the values, e.g. {@code PublishedArticle}. */
    public String valueType() {
        return contract.valueSerde() instanceof AvroSerde<?> avro ? avro.codec().type().getSimpleName() : "bytes";
    }

    /**
     * One record as {@code {"topic","partition","offset","timestamp","key","headers","value"}}; a
     * tombstone has {@code "value": null}.
     */
    public ObjectNode toJson(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode json = NODES.objectNode();
        json.put("topic", record.topic());
        json.put("partition", record.partition());
        json.put("offset", record.offset());
        json.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        json.set("key", decodeKey(record.key()));
        json.set("headers", headers(record));
        if (record.value() == null) {
            json.putNull("value");
            return json;
        }
        try {
            Object value = deserialize(contract.valueSerde().deserializer(), record.value());
            json.set("value", AvroJson.toJson(value));
        } catch (RuntimeException e) {
            json.putNull("value");
            json.put("valueBase64", Base64.getEncoder().encodeToString(record.value()));
            json.put("error", "cannot decode the value as " + contract.name() + " expects: " + e.getMessage());
        }
        return json;
    }

    private Object deserialize(Deserializer<?> deserializer, byte[] bytes) {
        return deserializer.deserialize(topic, bytes);
    }

    /** Keys are article ids (strings) on every topic but the dead-letter topic, where they are the original bytes. */
    private static JsonNode decodeKey(byte[] key) {
        if (key == null) {
            return NODES.nullNode();
        }
        return utf8(key).<JsonNode>map(NODES::textNode)
                .orElseGet(() -> NODES.objectNode().put("base64", Base64.getEncoder().encodeToString(key)));
    }

    private static ObjectNode headers(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode headers = NODES.objectNode();
        for (Header header : record.headers()) {
            JsonNode value = header.value() == null ? NODES.nullNode()
                    : utf8(header.value()).<JsonNode>map(NODES::textNode)
                            .orElseGet(() -> NODES.textNode("base64:" + Base64.getEncoder().encodeToString(header.value())));
            JsonNode earlier = headers.get(header.key());
            if (earlier == null) {
                headers.set(header.key(), value);
            } else if (earlier instanceof ArrayNode repeated) {
                repeated.add(value);
            } else {
                // Kafka allows a header name more than once; keep every value in order.
                headers.set(header.key(), NODES.arrayNode().add(earlier).add(value));
            }
        }
        return headers;
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
