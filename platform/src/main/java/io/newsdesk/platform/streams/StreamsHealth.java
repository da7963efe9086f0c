package io.newsdesk.platform.streams;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Tracks a {@link KafkaStreams} instance's state for health and readiness: live while not failed or
 * shut down, ready while RUNNING. Install with {@code streams.setStateListener(health)} before start.
 */
public final class StreamsHealth implements KafkaStreams.StateListener {
    private final AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.CREATED);

    @Override
    public void onChange(KafkaStreams.State newState, KafkaStreams.State oldState) {
        state.set(newState);
    }

    public KafkaStreams.State state() {
        return state.get();
    }

    /** Processing, or about to (rebalancing is a normal pause). */
    public boolean live() {
        KafkaStreams.State s = state.get();
        return s != KafkaStreams.State.ERROR && s != KafkaStreams.State.PENDING_ERROR
                && s != KafkaStreams.State.NOT_RUNNING && s != KafkaStreams.State.PENDING_SHUTDOWN;
    }

    public boolean ready() {
        return state.get() == KafkaStreams.State.RUNNING;
    }
}
