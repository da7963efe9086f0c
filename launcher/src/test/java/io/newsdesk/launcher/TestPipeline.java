package io.newsdesk.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.launcher.local.LauncherConfig;
import io.newsdesk.launcher.local.LocalPipeline;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.testkit.KafkaFixture;
import io.newsdesk.testkit.TopicReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The whole pipeline as {@code ./newsdesk up} starts it ({@link LocalPipeline}), on the test JVM's shared
 * broker, under names no other test uses: its own topic prefix, Streams application ids and ingest
 * token, every HTTP server on a free port.
 */
final class TestPipeline implements AutoCloseable {
    /** The pipeline's first run includes Streams' start-up and first rebalance. */
    static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(90);

    private final LocalPipeline pipeline;
    private final Topics topics;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestPipeline(LocalPipeline pipeline, Topics topics, String token) {
        this.pipeline = pipeline;
        this.topics = topics;
        this.token = token;
    }

    static TestPipeline start(KafkaFixture kafka, String testName, Path dataDirectory) {
        return start(kafka, testName, dataDirectory, Map.of());
    }

    /** As above, with more settings (e.g. feeds to poll). */
    static TestPipeline start(KafkaFixture kafka, String testName, Path dataDirectory, Map<String, String> settings) {
        String prefix = kafka.uniqueName(testName) + ".";
        String token = "it-" + kafka.uniqueName("token");
        Map<String, String> environment = new HashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("NEWSDESK_DATA_DIR", dataDirectory.toString());
        environment.put("NEWSDESK_TOPIC_PREFIX", prefix);
        // Two partitions keep Streams' start-up short; partitioning itself is not what these tests are about.
        environment.put("NEWSDESK_TOPIC_PARTITIONS", "2");
        environment.put("NEWSDESK_ENRICH_APPLICATION_ID", kafka.uniqueName(testName + "-enrich"));
        environment.put("NEWSDESK_PUBLISH_APPLICATION_ID", kafka.uniqueName(testName + "-publish"));
        environment.put("NEWSDESK_INGEST_PORT", "0");
        environment.put("NEWSDESK_ENRICH_PORT", "0");
        environment.put("NEWSDESK_PUBLISH_PORT", "0");
        environment.put("NEWSDESK_INGEST_TOKENS", "newsroom:" + token);
        environment.putAll(settings);
        LauncherConfig config = LauncherConfig.from(ConfigSource.load(LauncherConfig.DEFAULTS, environment), Path.of("."));
        return new TestPipeline(LocalPipeline.start(config, environment), Topics.withPrefix(prefix), token);
    }

    LocalPipeline pipeline() {
        return pipeline;
    }

    Topics topics() {
        return topics;
    }

    /** Posts a JSON submission to ingest as the source {@code newsroom}; returns ingest's answer. */
    HttpResponse<String> submit(String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pipeline.addresses().ingestUrl() + "/v1/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(pipeline.addresses().siteUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Reads articles.published as a downstream consumer would: committed records, from the beginning. */
    TopicReader<String, PublishedArticle> publishedReader(KafkaFixture kafka) {
        return kafka.topicReader(topics.published().name(), new StringDeserializer(),
                topics.published().valueSerde().deserializer()).withTimeout(PUBLISH_TIMEOUT);
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
