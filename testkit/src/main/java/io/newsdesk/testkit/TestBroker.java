package io.newsdesk.testkit;

/** A running broker behind a {@link KafkaFixture}; one implementation per {@link BrokerKind}. */
interface TestBroker {

    String bootstrapServers();

    /** Stops and starts the broker; clients must be able to keep their bootstrap address. */
    void restart();

    /** Stops the broker and frees what it holds; called once, from the JVM shutdown hook. */
    void stop();
}
