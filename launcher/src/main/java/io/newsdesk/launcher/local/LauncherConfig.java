package io.newsdesk.launcher.local;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The launcher's own settings (the services read theirs from the same environment).
 *
 * @param dataDirectory     the local broker's (or cluster's) data, Streams state and the local ingest token;
 *                          kept across restarts
 * @param brokerPort        the local broker's client port; node N of a local cluster listens on brokerPort + N - 1
 * @param brokers           how many local brokers: 1 runs the embedded broker in this JVM, more a
 *                          {@code LocalKafkaCluster} of that many nodes, each its own process
 * @param externalBootstrap {@code KAFKA_BOOTSTRAP_SERVERS} when set: use that cluster, start no broker
 * @param ingestUrl         where {@code submit} posts
 * @param ingestToken       the bearer token {@code submit} sends; the data directory's token otherwise
 * @param topicPrefix       prefix of every topic name, as the services use it
 * @param demoTimeout       how long {@code demo} waits for its samples to be published
 */
public record LauncherConfig(
        Path dataDirectory,
        int brokerPort,
        int brokers,
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
    /**
     * Local cluster sizes offered: an odd number of controllers, since a KRaft quorum of four survives no more
     * failures than one of three; five processes is as many as a workstation should carry.
     */
    public static final List<Integer> LOCAL_BROKER_COUNTS = List.of(1, 3, 5);

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
        return new LauncherConfig(data, port, 1, config.optional(KafkaClientConfig.BOOTSTRAP_KEY), ingestUrl,
                config.optional(INGEST_TOKEN), config.string(TOPIC_PREFIX, ""), demoTimeout);
    }

    /**
     * The same, with {@code count} local brokers.
     *
     * @throws IllegalArgumentException for a count not offered, one that does not fit below port 65536, or
     *                                  any local cluster while {@code KAFKA_BOOTSTRAP_SERVERS} names another
     */
    public LauncherConfig withBrokers(int count) {
        if (!LOCAL_BROKER_COUNTS.contains(count)) {
            throw new IllegalArgumentException("--brokers must be one of " + LOCAL_BROKER_COUNTS + ", was " + count
                    + " (a KRaft quorum of an even size survives no more failures than the odd one below it)");
        }
        if (count > 1 && externalBootstrap.isPresent()) {
            throw new IllegalArgumentException("--brokers " + count + " starts a local cluster, but "
                    + KafkaClientConfig.BOOTSTRAP_KEY + " names one to use (" + externalBootstrap.get() + "); drop one of them");
        }
        if (brokerPort + count - 1 > 65_535) {
            throw new IllegalArgumentException(BROKER_PORT + "=" + brokerPort + " leaves no room for " + count + " brokers");
        }
        return new LauncherConfig(dataDirectory, brokerPort, count, externalBootstrap, ingestUrl, ingestToken, topicPrefix,
                demoTimeout);
    }

    /**
     * The bootstrap address clients use: the external cluster, or the local broker(s) on this machine
     * ({@code 127.0.0.1:9092}, or {@code 127.0.0.1:9092,127.0.0.1:9093,127.0.0.1:9094} for three).
     */
    public String bootstrapServers() {
        return externalBootstrap.orElseGet(() -> IntStream.range(0, brokers)
                .mapToObj(node -> "127.0.0.1:" + (brokerPort + node)).collect(Collectors.joining(",")));
    }
}
