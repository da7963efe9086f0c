package io.newsdesk.launcher.local;

import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.topics.TopicLayout;
import io.newsdesk.publish.status.StatusConfig;
import java.net.URI;
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
    public static final String INGEST_URL = StatusConfig.INGEST_URL;
    public static final String INGEST_TOKEN = "NEWSDESK_INGEST_TOKEN";
    public static final String TOPIC_PREFIX = TopicLayout.PREFIX;
    public static final String DEMO_TIMEOUT = "NEWSDESK_DEMO_TIMEOUT";
    /**
     * Local cluster sizes offered: an odd number of controllers, since a KRaft quorum of four survives no more
     * failures than one of three; five processes is as many as a workstation should carry.
     */
    public static final List<Integer> LOCAL_BROKER_COUNTS = List.of(1, 3, 5);

    public static final Setting<String> DATA_DIR_SETTING = Setting.text(DATA_DIR, "./data",
            "broker data (`kafka/`, or `cluster/node-N/` with `--brokers`), Streams state and the local token, kept "
                    + "across restarts");
    public static final Setting<Integer> BROKER_PORT_SETTING = Setting.port(BROKER_PORT, 9092, 1,
            "the embedded broker's port; with `--brokers 3`, the first node's (the others take the next ports)");
    static final Setting<String> INGEST_TOKEN_SETTING = Setting.text(INGEST_TOKEN, null, "the token to post with")
            .shownAs("`data/ingest-token`");
    public static final Setting<Duration> DEMO_TIMEOUT_SETTING = Setting.duration(DEMO_TIMEOUT, "90s",
            Duration.ofSeconds(1), Duration.ofDays(1), "how long the demo waits for its articles to be published");

    /** Every setting the launcher reads itself, as declared (the services read theirs from the same environment). */
    public static final List<Setting<?>> SETTINGS = List.of(DATA_DIR_SETTING, BROKER_PORT_SETTING,
            StatusConfig.INGEST_URL_SETTING, INGEST_TOKEN_SETTING, TopicLayout.PREFIX_SETTING, DEMO_TIMEOUT_SETTING);
    public static final Map<String, String> DEFAULTS = Setting.defaults(SETTINGS);

    /** @param workingDirectory where a relative {@code NEWSDESK_DATA_DIR} is resolved */
    public static LauncherConfig from(ConfigSource config, Path workingDirectory) {
        Path data = workingDirectory.resolve(DATA_DIR_SETTING.read(config)).normalize();
        String ingestUrl = StatusConfig.INGEST_URL_SETTING.read(config).map(URI::toString).orElseThrow(() ->
                ConfigException.invalid(INGEST_URL, config.string(INGEST_URL), "must be an http:// or https:// URL "
                        + "for ./newsdesk (off only switches the status page's feed health off)"));
        return new LauncherConfig(data, BROKER_PORT_SETTING.read(config), 1, config.optional(KafkaClientConfig.BOOTSTRAP_KEY),
                ingestUrl, INGEST_TOKEN_SETTING.readOptional(config), TopicLayout.PREFIX_SETTING.read(config),
                DEMO_TIMEOUT_SETTING.read(config));
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
