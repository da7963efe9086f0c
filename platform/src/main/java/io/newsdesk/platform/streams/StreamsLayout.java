package io.newsdesk.platform.streams;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.Map;

/**
 * The Kafka Streams settings every stream service reads the same way: the replication of Streams' internal
 * topics ({@code NEWSDESK_STREAMS_REPLICATION}), the state directory ({@code NEWSDESK_STATE_DIR}, blank for
 * Streams' default) and the commit interval, which under exactly-once is the transaction length
 * ({@code NEWSDESK_COMMIT_INTERVAL_MS}). One reader, so enrich and publish cannot drift apart on them.
 *
 * @param stateDir null for Streams' default
 */
public record StreamsLayout(int replication, String stateDir, long commitIntervalMs) {
    public static final String REPLICATION = "NEWSDESK_STREAMS_REPLICATION";
    public static final String STATE_DIR = "NEWSDESK_STATE_DIR";
    public static final String COMMIT_INTERVAL_MS = "NEWSDESK_COMMIT_INTERVAL_MS";
    public static final Map<String, String> DEFAULTS = Map.of(REPLICATION, "1", STATE_DIR, "", COMMIT_INTERVAL_MS, "100");

    public static StreamsLayout from(ConfigSource config) {
        int replication = config.integer(REPLICATION, 1);
        if (replication < 1) {
            throw new ConfigException(REPLICATION, Integer.toString(replication), "must be 1 or more");
        }
        long commitInterval = config.longValue(COMMIT_INTERVAL_MS, 100);
        if (commitInterval < 1) {
            throw new ConfigException(COMMIT_INTERVAL_MS, Long.toString(commitInterval), "must be above 0");
        }
        return new StreamsLayout(replication, config.optional(STATE_DIR).orElse(null), commitInterval);
    }
}
