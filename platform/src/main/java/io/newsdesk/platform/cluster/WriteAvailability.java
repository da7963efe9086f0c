package io.newsdesk.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Whether the cluster is acknowledging this service's writes, as its own producers find out: every record
 * sent and every answer (an acknowledgement, or a failure after the producer's retries) is reported here by
 * {@link WriteAvailabilityInterceptor}. {@code /health} and {@code /ready} ask {@link #problem()}.
 *
 * <p>Two signs of trouble, because a cluster that has lost too many brokers shows either one:
 * <ul>
 *   <li>writes waiting and none acknowledged for {@link #STALL} — e.g. a partition whose in-sync replicas
 *       are gone but not yet removed, or a controller quorum lost with them, where the metadata itself still
 *       says all is well and only the silence tells;</li>
 *   <li>the last answer a failure the cluster could have avoided ({@code NotEnoughReplicasException}, a
 *       timeout: Kafka's {@link RetriableException}s), with no acknowledgement since, for at most
 *       {@link #FAILURE_MEMORY}; a record the broker refuses for what it is (too large, say) is the record's
 *       fault, not the cluster's, and does not count.</li>
 * </ul>
 * The memory is bounded so that a service nobody sends work to (a load balancer stopped sending because of
 * this very answer) is offered work again and finds out afresh.
 */
public final class WriteAvailability {
    /** The producer config key under which the interceptor finds this object. */
    public static final String CONFIG = "newsdesk.write.availability";
    /**
     * A healthy cluster acknowledges within milliseconds, and a leader failover after a broker's death takes
     * its session timeout (9 s by default): five seconds with writes waiting and no answer is an outage worth
     * telling, not a hiccup.
     */
    public static final Duration STALL = Duration.ofSeconds(5);
    public static final Duration FAILURE_MEMORY = Duration.ofSeconds(30);

    private final Clock clock;
    private int waiting;
    private Instant lastProgress;
    private Instant lastAcknowledged;
    private Instant lastFailed;
    private String lastFailure;

    public WriteAvailability(Clock clock) {
        this.clock = clock;
        this.lastProgress = clock.instant();
    }

    /** A record was handed to a producer. */
    public synchronized void sent() {
        if (waiting++ == 0) {
            lastProgress = clock.instant();
        }
    }

    /** A record was answered: acknowledged ({@code failure} null) or given up on. */
    public synchronized void answered(Exception failure) {
        Instant now = clock.instant();
        waiting = Math.max(0, waiting - 1);
        lastProgress = now;
        if (failure == null) {
            lastAcknowledged = now;
        } else if (failure instanceof RetriableException) {
            lastFailed = now;
            lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
    }

    /**
     * A producer closed with {@code count} records it will never answer: they no longer wait. (A producer
     * answers even the records it gives up on when it closes; this keeps a thread replaced in the middle of a
     * write from leaving the service looking stalled while it idles.)
     */
    public synchronized void forget(int count) {
        waiting = Math.max(0, waiting - count);
    }

    /** Why writes are not being acknowledged now, in words; empty while they are. */
    public synchronized Optional<String> problem() {
        Instant now = clock.instant();
        Duration silent = Duration.between(lastProgress, now);
        if (waiting > 0 && silent.compareTo(STALL) > 0) {
            return Optional.of(waiting + " write(s) waiting " + silent.toSeconds() + " s for the cluster to acknowledge any");
        }
        if (lastFailed != null && (lastAcknowledged == null || lastFailed.isAfter(lastAcknowledged))
                && Duration.between(lastFailed, now).compareTo(FAILURE_MEMORY) < 0) {
            return Optional.of("the last write failed " + Duration.between(lastFailed, now).toSeconds()
                    + " s ago and none was acknowledged since: " + lastFailure);
        }
        return Optional.empty();
    }

    /** Makes a plain producer with these properties report here. */
    public void attachTo(Map<String, Object> producerProperties) {
        producerProperties.put(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, WriteAvailabilityInterceptor.class.getName());
        producerProperties.put(CONFIG, this);
    }

    /**
     * Makes every producer of a Streams instance with these properties report here. Streams hands a producer
     * only the settings it knows, and those under its {@code producer.} prefix: hence the prefix.
     */
    public void attachToStreams(Properties streamsProperties) {
        streamsProperties.put(StreamsConfig.producerPrefix(ProducerConfig.INTERCEPTOR_CLASSES_CONFIG),
                WriteAvailabilityInterceptor.class.getName());
        streamsProperties.put(StreamsConfig.producerPrefix(CONFIG), this);
    }
}
