package io.newsdesk.ingest.http;

/** Whether ingest can write to Kafka right now, with a short reason for operators. */
public record BrokerStatus(boolean up, String detail) {
    public static BrokerStatus up(String detail) {
        return new BrokerStatus(true, detail);
    }

    public static BrokerStatus down(String detail) {
        return new BrokerStatus(false, detail);
    }
}
