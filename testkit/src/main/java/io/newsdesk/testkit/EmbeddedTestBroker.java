package io.newsdesk.testkit;

import io.newsdesk.broker.EmbeddedKafkaBroker;

/** The embedded KRaft broker, its data in a temporary folder that is deleted when the JVM ends. */
final class EmbeddedTestBroker implements TestBroker {

    private final EmbeddedKafkaBroker broker;

    private EmbeddedTestBroker(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    static EmbeddedTestBroker start() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.temporary();
        try {
            broker.start();
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        return new EmbeddedTestBroker(broker);
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void restart() {
        broker.restart();
    }

    @Override
    public void stop() {
        broker.close();
    }
}
