package io.newsdesk.testkit;

/** Which kind of Kafka broker a {@link KafkaFixture} runs the tests against. */
public enum BrokerKind {
    /** Kafka's own server classes in the test JVM ({@code io.newsdesk.broker.EmbeddedKafkaBroker}). */
    EMBEDDED,
    /** The {@code apache/kafka} image in Docker, through Testcontainers' {@code KafkaContainer}. */
    TESTCONTAINERS,
    /**
     * Three KRaft nodes, each a process of its own, with replication 3 and {@code min.insync.replicas=2}
     * ({@code io.newsdesk.broker.LocalKafkaCluster}); never chosen automatically, and what a
     * {@link ClusterFixture} always runs.
     */
    CLUSTER
}
