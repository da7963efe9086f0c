package io.newsdesk.platform.streams;

import io.newsdesk.platform.cluster.WriteAvailability;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Tracks a {@link KafkaStreams} instance's state for health and readiness: live while not failed or shut
 * down, ready while RUNNING and the cluster acknowledges its writes ({@link WriteAvailability}, fed by the
 * instance's producers once {@code writes().attachToStreams(properties)} was called). Install with
 * {@code streams.setStateListener(health)} before start.
 *
 * <p>Writes that are not acknowledged make the instance not ready, but not dead: restarting it would not
 * bring the brokers back, so {@link #live()} stays true and {@link #details()} says why it is not ready.
 */
public final class StreamsHealth implements KafkaStreams.StateListener {
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);
    private final WriteAvailability writes;
    private volatile List<String> weakerTopics = List.of();

    public StreamsHealth() {
        this(new WriteAvailability(Clock.systemUTC()));
    }

    public StreamsHealth(WriteAvailability writes) {
        this.writes = writes;
    }

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state.set(newState);
    }

    public KafkaStreams.State state() {
        return state.get();
    }

    public WriteAvailability writes() {
        return writes;
    }

    /** Existing topics the service found less safe than its replication asks (see {@code TopicReport}). */
    public void reportWeakerTopics(List<String> weaker) {
        this.weakerTopics = List.copyOf(weaker);
    }

    /** Processing, or about to (rebalancing is a normal pause). */
    public boolean live() {
        KafkaStreams.State s = state.get();
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR
                && s != KafkaStreams.State.NOT_RUNNING && s != KafkaStreams.State.PENDING_SHUTDOWN;
    }

    /** RUNNING, and the cluster acknowledges what it writes. */
    public boolean ready() {
        return state.get() == KafkaStreams.State.RUNNING && writes.problem().isEmpty();
    }

    /**
     * What {@code /health} and {@code /ready} show: Streams' state, whether the cluster acknowledges the
     * instance's writes (and why not), and the topics weaker than they should be, if any.
     */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("streams", state.get().name());
        Optional<String> problem = writes.problem();
        details.put("kafkaWrites", problem.isEmpty() ? "acknowledged" : "NOT ACKNOWLEDGED: " + problem.get());
        if (!weakerTopics.isEmpty()) {
            details.put("weakerTopics", weakerTopics);
        }
        return details;
    }
}
