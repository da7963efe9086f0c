package io.newsdesk.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@link EmbeddedKafkaBroker} needs to know: where it keeps its data, which ports it listens
 * on, and which server properties replace the embedded defaults.
 *
 * <p>Immutable; the {@code with*} methods return changed copies, so one base config can be shared by
 * a launcher and its tests without either seeing the other's changes.
 *
 * @param dataDirectory    folder holding the broker's log directory and the server.properties it
 *                         was started with; a folder that was formatted before is reused as-is
 * @param brokerPort       port of the PLAINTEXT client listener on 127.0.0.1; 0 picks a free port
 *                         once, when the broker object is built, and keeps it for restarts
 * @param controllerPort   port of the KRaft controller listener on 127.0.0.1; 0 as for brokerPort
 * @param serverProperties Kafka server properties that override the embedded defaults
 * @param startTimeout     how long {@link EmbeddedKafkaBroker#start()} waits for the broker to answer
 */
public record EmbeddedBrokerConfig(
        Path dataDirectory,
        int brokerPort,
        int controllerPort,
        Map<String, String> serverProperties,
        Duration startTimeout) {

    /** Long enough for a cold JVM on a busy CI machine; a warm start takes about five seconds. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    public EmbeddedBrokerConfig {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(serverProperties, "serverProperties");
        Objects.requireNonNull(startTimeout, "startTimeout");
        requireValidPort("brokerPort", brokerPort);
        requireValidPort("controllerPort", controllerPort);
        if (brokerPort != 0 && brokerPort == controllerPort) {
            throw new IllegalArgumentException(
                    "brokerPort and controllerPort must differ, both are " + brokerPort);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("startTimeout must be positive, was " + startTimeout);
        }
        serverProperties = Map.copyOf(serverProperties);
    }

    /** A broker keeping its data in {@code dataDirectory}, on free ports, with the embedded defaults. */
    public static EmbeddedBrokerConfig inDirectory(Path dataDirectory) {
        return new EmbeddedBrokerConfig(dataDirectory, 0, 0, Map.of(), DEFAULT_START_TIMEOUT);
    }

    public EmbeddedBrokerConfig withBrokerPort(int port) {
        return new EmbeddedBrokerConfig(dataDirectory, port, controllerPort, serverProperties, startTimeout);
    }

    public EmbeddedBrokerConfig withControllerPort(int port) {
        return new EmbeddedBrokerConfig(dataDirectory, brokerPort, port, serverProperties, startTimeout);
    }

    /** Adds or replaces one server property, e.g. {@code withServerProperty("num.partitions", "3")}. */
    public EmbeddedBrokerConfig withServerProperty(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(serverProperties);
        changed.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new EmbeddedBrokerConfig(dataDirectory, brokerPort, controllerPort, changed, startTimeout);
    }

    public EmbeddedBrokerConfig withServerProperties(Map<String, String> overrides) {
        Map<String, String> changed = new LinkedHashMap<>(serverProperties);
        changed.putAll(overrides);
        return new EmbeddedBrokerConfig(dataDirectory, brokerPort, controllerPort, changed, startTimeout);
    }

    public EmbeddedBrokerConfig withStartTimeout(Duration timeout) {
        return new EmbeddedBrokerConfig(dataDirectory, brokerPort, controllerPort, serverProperties, timeout);
    }

    private static void requireValidPort(String name, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(name + " must be 0 (pick a free port) or 1-65535, was " + port);
        }
    }
}
