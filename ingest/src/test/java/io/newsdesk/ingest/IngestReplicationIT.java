package io.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.platform.config.ConfigException;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.json.Json;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.testkit.KafkaFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/**
 * Ingest settles its topics' replication with the cluster it finds (this JVM's test broker, one broker unless
 * run with {@code -Dnewsdesk.test.broker=cluster}): an impossible replication stops it at start, the topics it
 * creates carry their {@code min.insync.replicas}, and an existing topic less safe than asked shows in /health.
 */
class IngestReplicationIT {
    private final KafkaFixture kafka = KafkaFixture.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private ConfigSource config(String prefix, Map<String, String> more) {
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("NEWSDESK_TOPIC_PREFIX", prefix);
        env.put("NEWSDESK_TOPIC_PARTITIONS", "1");
        env.put("NEWSDESK_INGEST_PORT", "0");
        env.put("NEWSDESK_INGEST_HOST", "127.0.0.1");
        env.put("NEWSDESK_INGEST_HTTP_THREADS", "2");
        env.putAll(more);
        return ConfigSource.load(IngestConfig.DEFAULTS, env);
    }

    private int brokers() throws Exception {
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            return admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
        }
    }

    @Test
    void moreCopiesThanTheClusterHasBrokersStopsIngestAtStartCreatingNothing() throws Exception {
        String prefix = kafka.uniqueName("too-many-copies") + ".";
        int tooMany = brokers() + 1;

        ConfigException refused = assertThrows(ConfigException.class, () -> IngestService.start(
                config(prefix, Map.of("NEWSDESK_TOPIC_REPLICATION", Integer.toString(tooMany)))));

        assertEquals("NEWSDESK_TOPIC_REPLICATION", refused.key());
        assertTrue(refused.getMessage().contains("is more than the " + brokers() + " broker(s) of the cluster"),
                refused.getMessage());
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().noneMatch(t -> t.startsWith(prefix)),
                    "no topic created");
        }
    }

    @Test
    void createdTopicsCarryTheirInSyncRequirementAndAWeakerExistingTopicIsShownInHealth() throws Exception {
        String prefix = kafka.uniqueName("weaker-topic") + ".";
        Topics topics = Topics.withPrefix(prefix);
        try (Admin admin = Admin.create(kafka.adminProperties())) {
            // Made by hand before ingest starts, the way an operator's script might: unclean election allowed.
            admin.createTopics(List.of(new NewTopic(topics.feedItems().name(), 1, (short) 1)
                    .configs(Map.of("unclean.leader.election.enable", "true", "cleanup.policy", "compact"))))
                    .all().get(30, TimeUnit.SECONDS);
        }
        try (IngestService ingest = IngestService.start(config(prefix, Map.of()))) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + ingest.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = Json.mapper().readTree(health.body());
            assertEquals(200, health.statusCode(), health.body());
            assertEquals(1, body.path("weakerTopics").size(), health.body());
            assertTrue(body.path("weakerTopics").get(0).asText().startsWith(topics.feedItems().name()
                    + " has unclean.leader.election.enable=true"), health.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.port() + "/ready"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode(), "/ready answers as /health does");

            try (Admin admin = Admin.create(kafka.adminProperties())) {
                ConfigResource submitted = new ConfigResource(ConfigResource.Type.TOPIC, topics.submitted().name());
                Config config = admin.describeConfigs(List.of(submitted)).all().get(30, TimeUnit.SECONDS).get(submitted);
                assertEquals(Integer.toString(brokers() >= 3 ? 2 : 1), config.get("min.insync.replicas").value());
                assertEquals("DYNAMIC_TOPIC_CONFIG", config.get("min.insync.replicas").source().name(),
                        "set on the topic, not left to the brokers' default");
            }
        }
    }
}
