package io.newsdesk.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.deadletter.DeadLetterExceptionHandlers;
import io.newsdesk.platform.serde.AvroSerde;
import io.newsdesk.platform.streams.StreamsSettings;
import io.newsdesk.schemas.DeadLetter;
import io.newsdesk.schemas.VersionStamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

/** Dead letters are counted by the platform's handlers, which Streams creates from its properties. */
class DeadLetterCountTest {
    private static final AvroSerde<VersionStamp> STAMPS = AvroSerde.of(VersionStamp.class);
    private static final AvroSerde<DeadLetter> LETTERS = AvroSerde.of(DeadLetter.class);

    private static Properties streamsProperties() {
        return StreamsSettings.exactlyOnce("dlq-count-test", "enrich",
                KafkaClientConfig.from(ConfigSource.of(Map.of("KAFKA_BOOTSTRAP_SERVERS", "unused:9092"))),
                "dlq", null, 1, 100);
    }

    private static byte[] stamp(String id, long version) {
        return STAMPS.serializer().serialize("in", new VersionStamp(id, version, "s", Instant.EPOCH));
    }

    @Test
    void aRecordAProcessorThrowsOnIsCountedWithItsStageCauseAndNode() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), STAMPS).withName("read-in"))
                .mapValues(stamp -> {
                    if (stamp.getVersion() < 0) {
                        throw new IllegalArgumentException("negative version " + stamp.getVersion());
                    }
                    return stamp;
                }, Named.as("check-version"))
                .to("out", Produced.with(Serdes.String(), STAMPS).withName("write-out"));
        try (ServiceMetrics metrics = ServiceMetrics.create("enrich");
             TopologyTestDriver driver = new TopologyTestDriver(builder.build(), metrics.putInto(streamsProperties()))) {
            TestInputTopic<String, byte[]> input = driver.createInputTopic("in", Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            TestOutputTopic<byte[], DeadLetter> dlq = driver.createOutputTopic("dlq", Serdes.ByteArray().deserializer(),
                    LETTERS.deserializer());

            input.pipeInput("bad-1", stamp("bad-1", -1));
            input.pipeInput("good", stamp("good", 1));
            input.pipeInput("bad-2", stamp("bad-2", -2));

            // Each counted letter is a letter on the topic: the count does not stand in for the records.
            assertEquals("bad-1", new String(dlq.readRecord().key(), StandardCharsets.UTF_8));
            assertEquals("bad-2", new String(dlq.readRecord().key(), StandardCharsets.UTF_8));
            assertTrue(dlq.isEmpty());
            assertEquals(2.0, metrics.registry().get(PipelineMeters.DEAD_LETTERS)
                    .tags("stage", "enrich", "cause", "process", "node", "check-version").counter().count());
            assertTrue(metrics.scrape().contains("newsdesk_dead_letters_total{cause=\"process\",node=\"check-version\","
                    + "service=\"enrich\",stage=\"enrich\"} 2.0"), metrics.scrape());
        }
    }

    @Test
    void anUndecodableRecordIsCountedAsDeserialize() {
        try (ServiceMetrics metrics = ServiceMetrics.create("publish")) {
            Map<String, Object> configs = new HashMap<>();
            configs.put(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG, "dlq");
            configs.put(DeadLetterExceptionHandlers.STAGE_CONFIG, "publish");
            configs.put(ServiceMetrics.REGISTRY_CONFIG, metrics.registry());
            DeadLetterExceptionHandlers.Deserialization handler = new DeadLetterExceptionHandlers.Deserialization();
            handler.configure(configs);
            byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);

            handler.handleError(context("publish-source"), new ConsumerRecord<>("in", 0, 5L, null, garbage),
                    new IllegalStateException("undecodable"));

            assertEquals(1.0, metrics.registry().get(PipelineMeters.DEAD_LETTERS)
                    .tags("stage", "publish", "cause", "deserialize", "node", "publish-source").counter().count());
        }
    }

    @Test
    void withoutARegistryNothingIsCountedAndTheLetterIsStillMade() {
        Map<String, Object> configs = Map.of(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG, "dlq",
                DeadLetterExceptionHandlers.STAGE_CONFIG, "test");
        DeadLetterExceptionHandlers.Deserialization handler = new DeadLetterExceptionHandlers.Deserialization();
        handler.configure(configs);

        var response = handler.handleError(context("n"), new ConsumerRecord<>("in", 0, 5L, null, new byte[] {1}),
                new IllegalStateException("undecodable"));

        assertEquals(1, response.deadLetterQueueRecords().size());
    }

    @Test
    void somethingOtherThanARegistryUnderTheKeyIsAClearError() {
        Map<String, Object> configs = Map.of(DeadLetterExceptionHandlers.DLQ_TOPIC_CONFIG, "dlq",
                ServiceMetrics.REGISTRY_CONFIG, "prometheus");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DeadLetterExceptionHandlers.Processing().configure(configs));
        assertTrue(e.getMessage().contains("must hold a MeterRegistry, not a java.lang.String"), e.getMessage());
    }

    private static ErrorHandlerContext context(String node) {
        return new ErrorHandlerContext() {
            public String topic() { return "in"; }
            public int partition() { return 0; }
            public long offset() { return 5L; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return node; }
            public TaskId taskId() { return new TaskId(0, 0); }
            public long timestamp() { return 0L; }
            public byte[] sourceRawKey() { return null; }
            public byte[] sourceRawValue() { return "not avro".getBytes(StandardCharsets.UTF_8); }
        };
    }
}
