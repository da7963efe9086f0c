package io.newsdesk.platform.cluster;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reports every record a producer sends, and its answer, to the service's {@link WriteAvailability}. Kafka
 * creates interceptors itself, from {@code interceptor.classes}; the object arrives through the producer's
 * properties ({@link WriteAvailability#attachTo}). Runs on the producer's threads: it only counts.
 */
public final class WriteAvailabilityInterceptor implements ProducerInterceptor<Object, Object> {
    /** This producer's records sent and not yet answered. */
    private final AtomicInteger outstanding = new AtomicInteger();
    private WriteAvailability availability;

    @Override
    public void configure(Map<String, ?> configs) {
        Object given = configs.get(WriteAvailability.CONFIG);
        if (!(given instanceof WriteAvailability writes)) {
            throw new ConfigException(WriteAvailability.CONFIG, given,
                    "must hold the service's WriteAvailability; use WriteAvailability.attachTo");
        }
        this.availability = writes;
    }

    @Override
    public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
        outstanding.incrementAndGet();
        availability.sent();
        return record;
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        outstanding.updateAndGet(n -> Math.max(0, n - 1));
        availability.answered(exception);
    }

    /** The producer is closing: whatever it has not answered it never will. */
    @Override
    public void close() {
        if (availability != null) {
            availability.forget(outstanding.getAndSet(0));
        }
    }
}
