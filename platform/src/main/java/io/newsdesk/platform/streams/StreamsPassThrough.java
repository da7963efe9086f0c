package io.newsdesk.platform.streams;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Kafka Streams settings passed through from {@code KAFKA_STREAMS_*} keys, as {@code KAFKA_*} passes client
 * settings: {@code KAFKA_STREAMS_NUM_STANDBY_REPLICAS=2} becomes {@code num.standby.replicas=2},
 * {@code KAFKA_STREAMS_ACCEPTABLE_RECOVERY_LAG}, {@code KAFKA_STREAMS_RACK_AWARE_ASSIGNMENT_TAGS},
 * {@code KAFKA_STREAMS_RACK_AWARE_ASSIGNMENT_STRATEGY} likewise, and {@code KAFKA_STREAMS_CLIENT_TAG_ZONE=eu-1}
 * becomes the client tag {@code client.tag.zone=eu-1} that rack-aware assignment reads.
 *
 * <p>Unlike {@code KAFKA_*}, where other programs' variables share the prefix, a {@code KAFKA_STREAMS_*} key
 * that names no Streams setting is refused (a typo would otherwise be silently ignored), and so is one that
 * Newsdesk sets itself: the exactly-once guarantee, the dead-letter handlers, and the settings that have a
 * {@code NEWSDESK_*} key of their own.
 */
public final class StreamsPassThrough {
    public static final String PREFIX = "KAFKA_STREAMS_";
    private static final String CLIENT_TAG = "client.tag.";

    /** Streams settings Newsdesk owns, with what to do instead. */
    private static final Map<String, String> OWNED = Map.ofEntries(
            Map.entry(StreamsConfig.APPLICATION_ID_CONFIG, "use the service's NEWSDESK_*_APPLICATION_ID"),
            Map.entry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "use KAFKA_BOOTSTRAP_SERVERS"),
            Map.entry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "every stage runs exactly_once_v2; it is not negotiable"),
            Map.entry(StreamsConfig.REPLICATION_FACTOR_CONFIG, "use " + StreamsLayout.REPLICATION),
            Map.entry(StreamsConfig.STATE_DIR_CONFIG, "use " + StreamsLayout.STATE_DIR),
            Map.entry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "use " + StreamsLayout.COMMIT_INTERVAL_MS),
            Map.entry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "use NEWSDESK_ENRICH_STREAM_THREADS (publish runs one thread)"),
            Map.entry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, "bad records go to articles.dlq"),
            Map.entry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, "bad records go to articles.dlq"),
            Map.entry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, "bad records go to articles.dlq"),
            Map.entry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "bad records go to articles.dlq"),
            Map.entry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "bad records go to articles.dlq"));

    /** {@code NUM_STANDBY_REPLICAS} to {@code num.standby.replicas}, for every Streams setting. */
    private static final Map<String, String> BY_KEY_SUFFIX = bySuffix();

    private StreamsPassThrough() {
    }

    private static Map<String, String> bySuffix() {
        Map<String, String> names = new HashMap<>();
        for (String name : StreamsConfig.configDef().names()) {
            // Some names hold underscores of their own (rack.aware.assignment.traffic_cost): matched whole.
            names.put(name.toUpperCase(Locale.ROOT).replace('.', '_'), name);
        }
        return Map.copyOf(names);
    }

    /** The Streams settings among {@code config}'s {@code KAFKA_STREAMS_*} keys, by Streams name. */
    public static Map<String, String> from(ConfigSource config) {
        Map<String, String> settings = new TreeMap<>();
        config.asMap().forEach((key, value) -> {
            if (!key.startsWith(PREFIX) || value == null) {
                return;
            }
            String suffix = key.substring(PREFIX.length());
            String name;
            if (suffix.startsWith("CLIENT_TAG_") && suffix.length() > "CLIENT_TAG_".length()) {
                name = CLIENT_TAG + suffix.substring("CLIENT_TAG_".length()).toLowerCase(Locale.ROOT);
            } else {
                name = BY_KEY_SUFFIX.get(suffix);
            }
            if (name == null) {
                throw new ConfigException(key, value, "names no Kafka Streams setting (" + PREFIX
                        + "NUM_STANDBY_REPLICAS is num.standby.replicas; see StreamsConfig)");
            }
            if (OWNED.containsKey(name)) {
                throw new ConfigException(key, value, "is " + name + ", which Newsdesk sets itself: " + OWNED.get(name));
            }
            settings.put(name, value.strip());
        });
        return settings;
    }
}
