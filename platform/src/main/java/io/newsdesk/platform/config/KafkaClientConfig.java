package io.newsdesk.platform.config;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The connection settings every Kafka client of a service shares. {@code KAFKA_BOOTSTRAP_SERVERS}
 * names the cluster; any other {@code KAFKA_*} variable whose name maps to a Kafka client setting
 * passes through to every producer, consumer, admin client and Streams instance:
 * {@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} becomes {@code security.protocol=SASL_SSL},
 * {@code KAFKA_SASL_JAAS_CONFIG} becomes {@code sasl.jaas.config}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}
 * becomes {@code ssl.truststore.location}, and so on.
 */
public record KafkaClientConfig(String bootstrapServers, Map<String, String> passThrough) {
    public static final String BOOTSTRAP_KEY = "KAFKA_BOOTSTRAP_SERVERS";
    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.text(BOOTSTRAP_KEY, null, "the Kafka cluster")
            .shownAs("(required; the local run sets it)");
    private static final Set<String> CLIENT_SETTINGS = new HashSet<>();

    static {
        CLIENT_SETTINGS.addAll(ProducerConfig.configNames());
        CLIENT_SETTINGS.addAll(ConsumerConfig.configNames());
        CLIENT_SETTINGS.addAll(AdminClientConfig.configNames());
    }

    public KafkaClientConfig {
        passThrough = Map.copyOf(passThrough);
    }

    public static KafkaClientConfig from(ConfigSource config) {
        String bootstrap = BOOTSTRAP_SERVERS.read(config);
        Map<String, String> pass = new TreeMap<>();
        config.asMap().forEach((key, value) -> {
            if (!key.startsWith("KAFKA_") || key.equals(BOOTSTRAP_KEY) || value == null) {
                return;
            }
            String setting = key.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
            if (CLIENT_SETTINGS.contains(setting)) {
                pass.put(setting, value);
            }
        });
        return new KafkaClientConfig(bootstrap, pass);
    }

    /** Settings common to every client: the bootstrap servers and the security pass-through. */
    public Map<String, Object> common() {
        Map<String, Object> props = new TreeMap<>(passThrough);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }

    @Override
    public String toString() {
        return "KafkaClientConfig" + Secrets.masked(common());
    }
}
