package io.newsdesk.platform.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsdesk.platform.metrics.PipelineMeters;
import io.newsdesk.platform.metrics.ServiceMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams exception handlers that send an unprocessable record to the dead-letter topic, with its
 * original bytes and the reason, and let the stream go on. The dead-letter record is written by Streams
 * in the same transaction as the task's other output (exactly-once), so a record is either processed or
 * dead-lettered, never both and never neither.
 *
 * <p>Configured through the Streams properties: {@link #DLQ_TOPIC_CONFIG} names the topic and
 * {@link #STAGE_CONFIG} the service (e.g. {@code enrich}); see {@code StreamsSettings}. When the properties
 * also hold a {@link MeterRegistry} under {@link ServiceMetrics#REGISTRY_CONFIG}, each dead letter is counted
 * as {@code newsdesk_dead_letters_total{stage,cause,node}}; without one (as in most unit tests) nothing is counted.
 */
public final class DeadLetterExceptionHandlers {
    public static final String DLQ_TOPIC_CONFIG = "newsdesk.dlq.topic";
    public static final String STAGE_CONFIG = "newsdesk.stage";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandlers.class);

    private DeadLetterExceptionHandlers() {
    }

    private static DeadLetters deadLetters(Map<String, ?> configs) {
        Object topic = Objects.requireNonNull(configs.get(DLQ_TOPIC_CONFIG),
                DLQ_TOPIC_CONFIG + " must be set in the Streams properties");
        return new DeadLetters(topic.toString(), Clock.systemUTC());
    }

    private static String stage(Map<String, ?> configs, String what, ErrorHandlerContext context) {
        return serviceStage(configs) + "." + what
                + (context.processorNodeId() == null ? "" : "@" + context.processorNodeId());
    }

    private static String serviceStage(Map<String, ?> configs) {
        Object stage = configs.get(STAGE_CONFIG);
        return stage == null ? "streams" : stage.toString();
    }

    /** Counts dead letters when the Streams properties carry a registry; does nothing otherwise. */
    private static final class Counting {
        private final PipelineMeters meters;
        private final String stage;

        private Counting(Map<String, ?> configs) {
            Object registry = configs.get(ServiceMetrics.REGISTRY_CONFIG);
            if (registry != null && !(registry instanceof MeterRegistry)) {
                throw new IllegalArgumentException(ServiceMetrics.REGISTRY_CONFIG + " must hold a MeterRegistry, not a "
                        + registry.getClass().getName());
            }
            this.meters = registry == null ? null : new PipelineMeters((MeterRegistry) registry);
            this.stage = serviceStage(configs);
        }

        void count(String cause, ErrorHandlerContext context) {
            if (meters != null) {
                meters.deadLetter(stage, cause, context.processorNodeId());
            }
        }
    }

    private static DeadLetters.Origin origin(ErrorHandlerContext context) {
        return new DeadLetters.Origin(context.topic(), context.partition(), context.offset(),
                context.sourceRawKey(), context.sourceRawValue(), context.headers());
    }

    /** A record whose bytes cannot be decoded. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private DeadLetters deadLetters;
        private Map<String, ?> configs;
        private Counting counting;

        @Override
        public void configure(Map<String, ?> configs) {
            this.configs = configs;
            this.deadLetters = deadLetters(configs);
            this.counting = new Counting(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
            String stage = stage(configs, "deserialize", context);
            LOG.warn("dead-lettering undecodable record {}-{}@{} at {}", record.topic(), record.partition(),
                    record.offset(), stage, exception);
            DeadLetters.Origin origin = new DeadLetters.Origin(record.topic(), record.partition(), record.offset(),
                    record.key(), record.value(), record.headers());
            counting.count("deserialize", context);
            return Response.resume(List.of(deadLetters.record(stage, origin, exception)));
        }
    }

    /** A record that a processor threw on: a bug or an input the rules cannot handle. */
    public static final class Processing implements ProcessingExceptionHandler {
        private DeadLetters deadLetters;
        private Map<String, ?> configs;
        private Counting counting;

        @Override
        public void configure(Map<String, ?> configs) {
            this.configs = configs;
            this.deadLetters = deadLetters(configs);
            this.counting = new Counting(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            String stage = stage(configs, "process", context);
            LOG.warn("dead-lettering record {}-{}@{} (key {}) that failed at {}", context.topic(), context.partition(),
                    context.offset(), record.key(), stage, exception);
            counting.count("process", context);
            return Response.resume(List.of(deadLetters.record(stage, origin(context), exception)));
        }
    }

    /**
     * A result that cannot be written: it cannot be serialized, or the broker refuses it as too large.
     * Other send errors fail the task, so that exactly-once retries it rather than losing output.
     */
    public static final class Production implements ProductionExceptionHandler {
        private DeadLetters deadLetters;
        private Map<String, ?> configs;
        private Counting counting;

        @Override
        public void configure(Map<String, ?> configs) {
            this.configs = configs;
            this.deadLetters = deadLetters(configs);
            this.counting = new Counting(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
            if (exception instanceof RecordTooLargeException) {
                String stage = stage(configs, "produce", context);
                LOG.warn("dead-lettering input of an output too large for {} at {}", record.topic(), stage, exception);
                counting.count("produce", context);
                return Response.resume(List.of(deadLetters.record(stage, origin(context), exception)));
            }
            return Response.fail();
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                                 SerializationExceptionOrigin origin) {
            String what = "serialize-" + origin.name().toLowerCase(java.util.Locale.ROOT);
            String stage = stage(configs, what, context);
            LOG.warn("dead-lettering input whose output for {} cannot be serialized at {}", record.topic(), stage, exception);
            counting.count(what, context);
            return Response.resume(List.of(deadLetters.record(stage, origin(context), exception)));
        }
    }
}
