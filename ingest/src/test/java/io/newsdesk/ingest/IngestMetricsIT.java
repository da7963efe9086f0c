package io.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.metrics.ServiceMetrics;
import io.newsdesk.testkit.KafkaFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ingest's /metrics against a real broker: the producer's Kafka metrics beside ours, on the ingest port. */
class IngestMetricsIT {
    private static final String TOKEN = "it-metrics-token-0123456789";
    private final KafkaFixture kafka = KafkaFixture.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private ConfigSource config(String prefix) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("NEWSDESK_TOPIC_PREFIX", prefix);
        env.put("NEWSDESK_TOPIC_PARTITIONS", "1");
        env.put("NEWSDESK_INGEST_PORT", "0");
        env.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        env.put("NEWSDESK_INGEST_HTTP_THREADS", "2");
        env.put("NEWSDESK_INGEST_TOKENS", "lakeside-gazette:" + TOKEN);
        return ConfigSource.load(IngestConfig.DEFAULTS, env);
    }

    private static double value(String scrape, String prefix) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(prefix)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no line starting with " + prefix + " in\n" + scrape);
    }

    @Test
    void metricsShowAcceptedArticlesRequestsAndTheProducersWrites() throws Exception {
        String prefix = kafka.uniqueName("metrics") + "-";
        try (IngestService service = IngestService.start(config(prefix))) {
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + service.port() + "/v1/articles"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"externalId": "lg-1", "headline": "Lake level rises after storms",
                             "body": "The lake rose by twenty centimetres over the weekend."}""")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());

            HttpResponse<String> scraped = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.port() + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, scraped.statusCode());
            assertEquals(ServiceMetrics.CONTENT_TYPE, scraped.headers().firstValue("Content-Type").orElse(""));
            String text = scraped.body();
            assertEquals(1.0, value(text, "newsdesk_ingest_requests_total{service=\"ingest\",status=\"202\"}"));
            assertEquals(1.0, value(text, "newsdesk_articles_out_total{service=\"ingest\",stage=\"ingest\"}"));
            // The producer's own count: one record per submission, nothing else (no version table any more).
            // The producer's own count includes retried sends: on a topic created a moment ago the first send can
            // meet NOT_LEADER_OR_FOLLOWER and go again, so one accepted article shows as one or more sends.
            assertTrue(value(text, "kafka_producer_record_send_total{client_id=\"newsdesk-ingest\",") >= 1.0, text);
            assertTrue(text.contains("jvm_memory_used_bytes{"), text);
        }
    }
}
