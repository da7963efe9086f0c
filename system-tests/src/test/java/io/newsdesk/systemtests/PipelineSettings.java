package io.newsdesk.systemtests;

import io.newsdesk.enrich.EnrichConfig;
import io.newsdesk.enrich.EnrichMain;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.PublishConfig;
import io.newsdesk.publish.PublishMain;
import io.newsdesk.testkit.KafkaFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration of one pipeline under test, as the environment-style keys the services read:
 * the shared broker, a topic prefix and application ids of its own, and a state directory per
 * service instance. Used both for services started in this JVM ({@link #configSource}) and for
 * services started as separate processes ({@link #environment}).
 */
record PipelineSettings(KafkaFixture kafka, String prefix, int partitions, Path stateRoot, String enrichAppId,
                        String publishAppId) {
    static final String INGEST_SOURCE = "chaos-desk";
    static final String INGEST_TOKEN = "chaos-desk-token-0123456789abcdef";

    static PipelineSettings create(KafkaFixture kafka, String name, int partitions, Path stateRoot) {
        String unique = kafka.uniqueName(name);
        return new PipelineSettings(kafka, unique + ".", partitions, stateRoot, unique + "-enrich", unique + "-publish");
    }

    Topics topics() {
        return Topics.withPrefix(prefix);
    }

    /** Keys every service shares. */
    private Map<String, String> common() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("NEWSDESK_TOPIC_PREFIX", prefix);
        env.put("NEWSDESK_TOPIC_PARTITIONS", Integer.toString(partitions));
        env.put("NEWSDESK_COMMIT_INTERVAL_MS", "100");
        return env;
    }

    Map<String, String> ingest() {
        Map<String, String> env = common();
        env.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        env.put("NEWSDESK_INGEST_PORT", "0");
        env.put("NEWSDESK_INGEST_HTTP_THREADS", "8");
        env.put("NEWSDESK_INGEST_TOKENS", INGEST_SOURCE + ":" + INGEST_TOKEN);
        // Short, so a submission caught by the broker restart is answered 503 soon and the load goes on.
        env.put("NEWSDESK_INGEST_ACK_TIMEOUT", "5s");
        return env;
    }

    /**
     * @param instance names the state directory: two instances of one application id must not share one,
     *                 and a restarted instance takes its old one back (as a restarted pod with a volume would)
     */
    Map<String, String> enrich(String instance) {
        Map<String, String> env = new LinkedHashMap<>(EnrichConfig.DEFAULTS);
        env.putAll(common());
        env.put("NEWSDESK_ENRICH_APPLICATION_ID", enrichAppId);
        env.put("NEWSDESK_STATE_DIR", stateRoot.resolve(instance).toString());
        env.put("NEWSDESK_ENRICH_PORT", Integer.toString(freePort()));
        return env;
    }

    Map<String, String> publish(String instance) {
        Map<String, String> env = common();
        env.put("NEWSDESK_PUBLISH_APPLICATION_ID", publishAppId);
        env.put("NEWSDESK_STATE_DIR", stateRoot.resolve(instance).toString());
        env.put("NEWSDESK_PUBLISH_PORT", Integer.toString(freePort()));
        env.put("NEWSDESK_BASE_URL", "http://localhost");
        return env;
    }

    /** An enrich instance in a process of its own, set up to be killed ({@link #fastFailover}). */
    ServiceProcess enrichProcess(String instance, Path logs) {
        return new ServiceProcess(instance, EnrichMain.class.getName(), fastFailover(enrich(instance)), EnrichConfig.PORT, logs);
    }

    /** A publish instance in a process of its own, set up to be killed ({@link #fastFailover}). */
    ServiceProcess publishProcess(String instance, Path logs) {
        return new ServiceProcess(instance, PublishMain.class.getName(), fastFailover(publish(instance)), PublishConfig.PORT,
                logs);
    }

    /**
     * Group settings for instances that get killed: a SIGKILLed member keeps its partitions until its
     * session times out (45 s by default), which would stall a short test for most of its length.
     * Passed through to every Kafka client by {@code KafkaClientConfig} (KAFKA_* keys).
     */
    static Map<String, String> fastFailover(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>(env);
        out.put("KAFKA_SESSION_TIMEOUT_MS", "6000");
        out.put("KAFKA_HEARTBEAT_INTERVAL_MS", "1000");
        return out;
    }

    static ConfigSource configSource(Map<String, String> env) {
        return ConfigSource.of(env);
    }

    /** A port free right now; the service binds it a moment later (a race we accept in tests). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
