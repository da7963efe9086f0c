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

    /**
     * What the three handlers share, configured once from the Streams properties: where dead letters go,
     * how their stage is named ({@code enrich.process@tagging-tag}) and how they are counted.
     */
    private static final class DeadLetterRoute {
        private final DeadLetters deadLetters;
        private final String service;
        private final PipelineMeters meters;

        DeadLetterRoute(Map<String, ?> configs) {
            Object topic = Objects.requireNonNull(configs.get(DLQ_TOPIC_CONFIG),
                    DLQ_TOPIC_CONFIG + " must be set in the Streams properties");
            this.deadLetters = new DeadLetters(topic.toString(), Clock.systemUTC());
            Object stage = configs.get(STAGE_CONFIG);
            this.service = stage == null ? "streams" : stage.toString();
            this.meters = PipelineMeters.fromStreamsConfig(configs);
        }

        String stage(String cause, ErrorHandlerContext context) {
            return service + "." + cause + (context.processorNodeId() == null ? "" : "@" + context.processorNodeId());
        }

        /** The dead letter for a failure, counted; {@code origin} null means the task's current source record. */
        List<ProducerRecord<byte[], byte[]>> letter(String cause, ErrorHandlerContext context, DeadLetters.Origin origin,
                                                    Exception exception) {
            if (meters != null) {
                meters.deadLetter(service, cause, context.processorNodeId());
            }
            DeadLetters.Origin from = origin != null ? origin : new DeadLetters.Origin(context.topic(),
                    context.partition(), context.offset(), context.sourceRawKey(), context.sourceRawValue(), context.headers());
            return List.of(deadLetters.record(stage(cause, context), from, exception));
        }
    }

    /** A record whose bytes cannot be decoded. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private DeadLetterRoute route;

        @Override
        public void configure(Map<String, ?> configs) {
            this.route = new DeadLetterRoute(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
            LOG.warn("dead-lettering undecodable record {}-{}@{} at {}", record.topic(), record.partition(),
                    record.offset(), route.stage("deserialize", context), exception);
            DeadLetters.Origin origin = new DeadLetters.Origin(record.topic(), record.partition(), record.offset(),
                    record.key(), record.value(), record.headers());
            return Response.resume(route.letter("deserialize", context, origin, exception));
        }
    }

    /** A record that a processor threw on: a bug or an input the rules cannot handle. */
    public static final class Processing implements ProcessingExceptionHandler {
        private DeadLetterRoute route;

        @Override
        public void configure(Map<String, ?> configs) {
            this.route = new DeadLetterRoute(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            LOG.warn("dead-lettering record {}-{}@{} (key {}) that failed at {}", context.topic(), context.partition(),
                    context.offset(), record.key(), route.stage("process", context), exception);
            return Response.resume(route.letter("process", context, null, exception));
        }
    }

    /**
     * A result that cannot be written: it cannot be serialized, or the broker refuses it as too large.
     * Other send errors fail the task, so that exactly-once retries it rather than losing output.
     */
    public static final class Production implements ProductionExceptionHandler {
        private DeadLetterRoute route;

        @Override
        public void configure(Map<String, ?> configs) {
            this.route = new DeadLetterRoute(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
            if (exception instanceof RecordTooLargeException) {
                LOG.warn("dead-lettering input of an output too large for {} at {}", record.topic(),
                        route.stage("produce", context), exception);
                return Response.resume(route.letter("produce", context, null, exception));
            }
            return Response.fail();
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                                 SerializationExceptionOrigin origin) {
            String cause = "serialize-" + origin.name().toLowerCase(java.util.Locale.ROOT);
            LOG.warn("dead-lettering input whose output for {} cannot be serialized at {}", record.topic(),
                    route.stage(cause, context), exception);
            return Response.resume(route.letter(cause, context, null, exception));
        }
    }
}
