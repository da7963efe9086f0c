package io.newsdesk.launcher.local;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's own settings (the services read theirs from the same environment).
 *
 * @param dataDirectory     the embedded broker's data, Streams state and the local ingest token; kept
 *                          across restarts
 * @param brokerPort        the embedded broker's client port
 * @param externalBootstrap {@code KAFKA_BOOTSTRAP_SERVERS} when set: use that cluster, start no broker
 * @param ingestUrl         where {@code submit} posts
 * @param ingestToken       the bearer token {@code submit} sends; the data directory's token otherwise
 * @param topicPrefix       prefix of every topic name, as the services use it
 * @param demoTimeout       how long {@code demo} waits for its samples to be published
 */
public record LauncherConfig(
        Path dataDirectory,
        int brokerPort,
        Optional<String> externalBootstrap,
        String ingestUrl,
        Optional<String> ingestToken,
        String topicPrefix,
        Duration demoTimeout) {

    public static final String DATA_DIR = "NEWSDESK_DATA_DIR";
    public static final String BROKER_PORT = "NEWSDESK_BROKER_PORT";
    public static final String INGEST_URL = "NEWSDESK_INGEST_URL";
    public static final String INGEST_TOKEN = "NEWSDESK_INGEST_TOKEN";
    public static final String TOPIC_PREFIX = "NEWSDESK_TOPIC_PREFIX";
    public static final String DEMO_TIMEOUT = "NEWSDESK_DEMO_TIMEOUT";

    public static final Map<String, String> DEFAULTS = Map.of(
            DATA_DIR, "./data",
            BROKER_PORT, "9092",
            INGEST_URL, "http://localhost:8080",
            TOPIC_PREFIX, "",
            DEMO_TIMEOUT, "90s");

    /** @param workingDirectory where a relative {@code NEWSDESK_DATA_DIR} is resolved */
    public static LauncherConfig from(ConfigSource config, Path workingDirectory) {
        Path data = workingDirectory.resolve(config.string(DATA_DIR, "./data")).normalize();
        int port = config.integer(BROKER_PORT, 9092);
        if (port < 1 || port > 65_535) {
            throw new ConfigException(BROKER_PORT, Integer.toString(port), "is not a TCP port (1-65535)");
        }
        String ingestUrl = config.string(INGEST_URL, "http://localhost:8080");
        if (!ingestUrl.startsWith("http://") && !ingestUrl.startsWith("https://")) {
            throw new ConfigException(INGEST_URL, ingestUrl, "must be an http:// or https:// URL");
        }
        Duration demoTimeout = config.duration(DEMO_TIMEOUT, Duration.ofSeconds(90));
        if (demoTimeout.isNegative() || demoTimeout.isZero()) {
            throw new ConfigException(DEMO_TIMEOUT, demoTimeout.toString(), "must be positive");
        }
        return new LauncherConfig(data, port, config.optional(KafkaClientConfig.BOOTSTRAP_KEY), ingestUrl,
                config.optional(INGEST_TOKEN), config.string(TOPIC_PREFIX, ""), demoTimeout);
    }

    /** The bootstrap address clients use: the external cluster, or the embedded broker on this machine. */
    public String bootstrapServers() {
        return externalBootstrap.orElse("127.0.0.1:" + brokerPort);
    }
}
