package io.newsdesk.testkit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka in Docker through Testcontainers. The image is the same Kafka release the project builds
 * against, so container and embedded runs exercise the same broker code.
 */
final class ContainerTestBroker implements TestBroker {

    static final String IMAGE = "apache/kafka:4.4.0";

    private final KafkaContainer container;

    private ContainerTestBroker(KafkaContainer container) {
        this.container = container;
    }

    @SuppressWarnings("resource") // stopped by stop(), from the fixture's shutdown hook
    static ContainerTestBroker start() {
        KafkaContainer container = new KafkaContainer(DockerImageName.parse(IMAGE))
                // KafkaContainer already sizes the offsets and transaction topics for one node; share-group
                // state must fit on one replica too, and nothing is gained by waiting for more group members.
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerTestBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    /**
     * Not supported: a stopped and started container is published on a new host port, so clients
     * holding the old bootstrap address could never reconnect, which is what a restart test checks.
     */
    @Override
    public void restart() {
        throw new UnsupportedOperationException("restartBroker() needs the embedded broker: a restarted "
                + "Testcontainers KafkaContainer comes back on a new mapped port, so clients could not reconnect "
                + "to the address they hold. Run with -D" + KafkaFixture.BROKER_PROPERTY + "=embedded "
                + "(or skip the test with Assumptions.assumeTrue(fixture.kind() == BrokerKind.EMBEDDED)).");
    }

    @Override
    public void stop() {
        container.stop();
    }
}
