package io.newsdesk.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.VersionStamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handlers as Streams runs them: configured from StreamsSettings, driven through a real topology. */
class DeadLetterExceptionHandlersTest {
    private static final AvroSerde<VersionStamp> STAMPS = AvroSerde.of(VersionStamp.class);
    private static final AvroSerde<DeadLetter> LETTERS = AvroSerde.of(DeadLetter.class);

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> input;
    private TestOutputTopic<String, VersionStamp> output;
    private TestOutputTopic<byte[], DeadLetter> dlq;

    @BeforeEach
    void setUp() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), STAMPS).withName("read-in"))
                .mapValues(stamp -> {
                    if (stamp.getVersion() < 0) {
                        throw new IllegalArgumentException("negative version " + stamp.getVersion());
                    }
                    return stamp;
                }, Named.as("check-version"))
                .to("out", Produced.with(Serdes.String(), STAMPS).withName("write-out"));
        Properties props = StreamsSettings.exactlyOnce("dlq-test", "test",
                KafkaClientConfig.from(ConfigSource.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092"))),
                "dlq", null, 1, 100);
        driver = new TopologyTestDriver(builder.build(), props);
        input = driver.createInputTopic("in", Serdes.String().serializer(), Serdes.ByteArray().serializer());
        output = driver.createOutputTopic("out", Serdes.String().deserializer(), STAMPS.deserializer());
        dlq = driver.createOutputTopic("dlq", Serdes.ByteArray().deserializer(), LETTERS.deserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    private static byte[] stamp(String id, long version) {
        return STAMPS.serializer().serialize("in", new VersionStamp(id, version, "s", Instant.EPOCH));
    }

    /**
     * TopologyTestDriver calls the deserialization handler but does not capture the dead-letter records
     * it returns (Streams sends them through the task's collector, which the driver does not read for
     * this path), so the handler is checked directly here and on a real broker in the services' ITs.
     */
    @Test
    void anUndecodableRecordBecomesADeadLetterWithItsBytesAndTheStreamResumes() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> configs = Map.of(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG, "dlq",
                DeadLetterExceptionHandlers.STAGE_CONFIG, "test");
        DeadLetterExceptionHandlers.Deserialization handler = new DeadLetterExceptionHandlers.Deserialization();
        handler.configure(configs);
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>("in", 3, 17L,
                "k1".getBytes(StandardCharsets.UTF_8), garbage);
        Exception error = assertThrows(SerializationException.class, () -> STAMPS.deserializer().deserialize("in", garbage));

        DeserializationExceptionHandler.Response response = handler.handleError(context("read-in"), record, error);

        assertEquals(DeserializationExceptionHandler.Result.RESUME, response.result());
        assertEquals(1, response.deadLetterQueueRecords().size());
        ProducerRecord<byte[], byte[]> out = response.deadLetterQueueRecords().get(0);
        assertEquals("dlq", out.topic());
        assertArrayEquals("k1".getBytes(StandardCharsets.UTF_8), out.key());
        DeadLetter letter = LETTERS.deserializer().deserialize("dlq", out.value());
        assertEquals("test.deserialize@read-in", letter.getStage());
        assertArrayEquals(garbage, toArray(letter.getOriginalValue()));
        assertEquals("in", letter.getSourceTopic());
        assertEquals(3, letter.getSourcePartition());
        assertEquals(17L, letter.getSourceOffset());
        assertTrue(letter.getExceptionMessage().contains("VersionStamp"), letter.getExceptionMessage());
    }

    @Test
    void aGoodRecordAfterAnUndecodableOneStillFlows() {
        input.pipeInput(new TestRecord<>("k1", "not avro".getBytes(StandardCharsets.UTF_8)));
        input.pipeInput("k2", stamp("k2", 1));
        TestRecord<String, VersionStamp> passed = output.readRecord();
        assertEquals("k2", passed.key());
        assertEquals(1L, passed.value().getVersion());
        assertTrue(output.isEmpty());
    }

    private static ErrorHandlerContext context(String node) {
        return new ErrorHandlerContext() {
            public String topic() { return "in"; }
            public int partition() { return 3; }
            public long offset() { return 17L; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return node; }
            public org.apache.kafka.streams.processor.TaskId taskId() { return new org.apache.kafka.streams.processor.TaskId(0, 3); }
            public long timestamp() { return 0L; }
            public byte[] sourceRawKey() { return "k1".getBytes(StandardCharsets.UTF_8); }
            public byte[] sourceRawValue() { return "not avro".getBytes(StandardCharsets.UTF_8); }
        };
    }

    @Test
    void aRecordThatAProcessorThrowsOnGoesToTheDeadLetterTopicWithTheReason() {
        input.pipeInput("bad", stamp("bad", -1));
        input.pipeInput("good", stamp("good", 2));

        DeadLetter letter = dlq.readValue();
        assertTrue(letter.getStage().startsWith("test.process"), letter.getStage());
        assertEquals(IllegalArgumentException.class.getName(), letter.getExceptionClass());
        assertTrue(letter.getExceptionMessage().contains("negative version -1"), letter.getExceptionMessage());
        assertArrayEquals(stamp("bad", -1), toArray(letter.getOriginalValue()));
        assertTrue(dlq.isEmpty());

        VersionStamp passed = output.readValue();
        assertEquals("good", passed.getArticleId());
        assertTrue(output.isEmpty());
    }

    private static byte[] toArray(java.nio.ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
