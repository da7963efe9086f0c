package io.newsdesk.ingest.http;

/** Checks whether the broker would take ingest's writes. Must return within its own short timeout. */
@FunctionalInterface
public interface BrokerProbe {
    BrokerStatus check();
}
