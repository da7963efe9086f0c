package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsdesk.enrich.EnrichConfig;
import io.newsdesk.ingest.IngestConfig;
import io.newsdesk.platform.config.ConfigSource;
import io.newsdesk.platform.config.Setting;
import io.newsdesk.platform.config.KafkaClientConfig;
import io.newsdesk.platform.topics.TopicSpec;
import io.newsdesk.platform.topics.Topics;
import io.newsdesk.publish.PublishConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Docker cannot run here, so this checks docker-compose.yml and the Dockerfiles against the code they
 * run: a renamed config key, a changed default port, a new topic or a renamed artifact breaks this test
 * instead of the first deployment.
 */
class ComposeFileTest {
    /** Maven runs the tests in launcher/; the compose file lives at the repository root. */
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final Pattern CREATE = Pattern.compile("^create (\\S+) (\\S+) (\\S+)$", Pattern.MULTILINE);
    private static final Pattern KAFKA_TOPICS_LAYOUT = Pattern.compile("--partitions (\\d+) --replication-factor (\\d+)");

    private static JsonNode services;

    /** The keys each service reads: its declared settings (and enrich's steps' knobs, by their defaults). */
    private static final Map<String, Set<String>> KEYS_READ = Map.of(
            "ingest", keys(IngestConfig.SETTINGS),
            "enrich", keys(EnrichConfig.SETTINGS, EnrichConfig.DEFAULTS.keySet()),
            "publish", keys(PublishConfig.SETTINGS));

    private static final Map<String, String> PORT_KEYS = Map.of(
            "ingest", IngestConfig.PORT,
            "enrich", EnrichConfig.PORT,
            "publish", PublishConfig.PORT);

    @BeforeAll
    static void readComposeFile() throws Exception {
        Path compose = REPOSITORY.resolve("docker-compose.yml");
        assertTrue(Files.isRegularFile(compose), "expected the compose file at " + compose);
        // Jackson's YAML reader does not resolve "<<" merge keys; the compose file uses none on purpose.
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(compose.toFile());
        services = root.get("services");
        assertTrue(services != null && services.isObject(), "docker-compose.yml has a services map");
        assertFalse(Files.readString(compose).contains("<<:"),
                "docker-compose.yml must not use YAML merge keys: this test (and many readers) would not see the merged values");
    }

    @Test
    void theClusterHasThreeCombinedKraftNodesThatKnowEachOther() {
        Set<String> nodeIds = new HashSet<>();
        for (String node : List.of("kafka-1", "kafka-2", "kafka-3")) {
            JsonNode service = service(node);
            JsonNode env = service.get("environment");
            assertEquals("apache/kafka:4.4.0", service.get("image").asText(), node);
            assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES").asText(), node);
            assertEquals("1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093", env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").asText(), node);
            assertEquals("iwtg1O_KTJuL5mcLhh_gjA", env.get("CLUSTER_ID").asText(), node + " shares the cluster id");
            assertEquals(3, env.get("KAFKA_DEFAULT_REPLICATION_FACTOR").asInt(), node);
            assertEquals(2, env.get("KAFKA_MIN_INSYNC_REPLICAS").asInt(), node);
            assertEquals(3, env.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asInt(), node + ": exactly-once needs it");
            assertEquals(2, env.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt(), node);
            assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").asText().startsWith("PLAINTEXT://" + node + ":9092,"), node);
            nodeIds.add(env.get("KAFKA_NODE_ID").asText());
        }
        assertEquals(Set.of("1", "2", "3"), nodeIds);
    }

    @Test
    void everyServiceVariableIsOneTheServiceReads() {
        for (String name : KEYS_READ.keySet()) {
            Map<String, String> env = environment(name);
            assertFalse(env.isEmpty(), name + " has an environment");
            for (String key : env.keySet()) {
                assertTrue(key.startsWith("NEWSDESK_") || key.startsWith("KAFKA_"),
                        name + " sets " + key + ", which is not a Newsdesk or Kafka client variable");
                boolean read = KEYS_READ.get(name).contains(key) || isKafkaClientSetting(key);
                assertTrue(read, name + " sets " + key + ", but " + name + " never reads it: rename it to a key of "
                        + "its config's DEFAULTS " + new TreeSet<>(KEYS_READ.get(name)) + " or drop it");
            }
        }
    }

    @Test
    void everyServiceUsesTheClusterWithReplicationThree() {
        for (String name : KEYS_READ.keySet()) {
            Map<String, String> env = environment(name);
            assertEquals("kafka-1:9092,kafka-2:9092,kafka-3:9092", env.get(KafkaClientConfig.BOOTSTRAP_KEY), name);
            assertEquals("3", env.get("NEWSDESK_TOPIC_REPLICATION"), name);
            assertEquals("2", env.get("NEWSDESK_TOPIC_MIN_INSYNC_REPLICAS"), name + ": as the topics service creates them");
        }
        assertEquals("3", environment("enrich").get(EnrichConfig.STREAMS_REPLICATION));
        assertEquals("3", environment("publish").get(PublishConfig.STREAMS_REPLICATION));
        assertEquals(2, service("enrich").get("deploy").get("replicas").asInt(), "enrich runs two instances");
    }

    @Test
    void portsAndHealthchecksMatchEachServicesConfiguredPort() {
        Map<String, String> defaults = Map.of(
                "ingest", IngestConfig.DEFAULTS.get(IngestConfig.PORT),
                "enrich", EnrichConfig.DEFAULTS.get(EnrichConfig.PORT),
                "publish", PublishConfig.DEFAULTS.get(PublishConfig.PORT));
        assertEquals(Map.of("ingest", "8080", "enrich", "8082", "publish", "8081"), defaults);
        for (String name : KEYS_READ.keySet()) {
            String port = environment(name).get(PORT_KEYS.get(name));
            assertEquals(defaults.get(name), port, name + " listens on its default port");
            String healthcheck = String.join(" ", strings(service(name).get("healthcheck").get("test")));
            assertTrue(healthcheck.contains("/dev/tcp/127.0.0.1/" + port) && healthcheck.contains("GET /health "),
                    name + " healthcheck asks /health on " + port + ": " + healthcheck);
        }
        assertEquals(List.of("8080:8080"), strings(service("ingest").get("ports")));
        assertEquals(List.of("8081:8081"), strings(service("publish").get("ports")));
        assertEquals(null, service("enrich").get("ports"), "two enrich replicas cannot publish one host port");
    }

    @Test
    void eachServiceIsBuiltFromItsModuleAndItsDockerfileRunsThatModulesJar() throws Exception {
        for (String name : KEYS_READ.keySet()) {
            assertEquals("./" + name, service(name).get("build").asText(), name);
            Path module = REPOSITORY.resolve(name);
            String jar = artifactId(module.resolve("pom.xml")) + "-" + version(module.resolve("pom.xml")) + ".jar";
            String dockerfile = Files.readString(module.resolve("Dockerfile"));
            assertTrue(dockerfile.contains("FROM eclipse-temurin:17-jre"), name);
            assertTrue(dockerfile.contains("COPY target/lib/ /app/lib/"), name + " copies the dependencies the jar's manifest names");
            assertTrue(dockerfile.contains("COPY target/" + jar + " /app/" + jar), name + " copies " + jar);
            assertTrue(dockerfile.contains("\"-jar\", \"/app/" + jar + "\"]"), name + " runs " + jar);
            assertTrue(dockerfile.contains("-Dorg.apache.avro.SERIALIZABLE_PACKAGES=io.newsdesk.schemas"), name);
        }
    }

    @Test
    void servicesStartOnlyOnceTheTopicsExist() {
        for (String name : KEYS_READ.keySet()) {
            assertEquals("service_completed_successfully",
                    service(name).get("depends_on").get("topics").get("condition").asText(), name);
        }
    }

    @Test
    void theTopicServiceCreatesTheWholeCatalogueWithItsCleanupAndRetention() {
        String script = String.join("\n", strings(service("topics").get("command")));
        Map<String, List<String>> created = new LinkedHashMap<>();
        Matcher create = CREATE.matcher(script);
        while (create.find()) {
            created.put(create.group(1), List.of(create.group(2), create.group(3)));
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (TopicSpec spec : Topics.standard().specs()) {
            expected.put(spec.name(), List.of(spec.configs().get("cleanup.policy"), spec.configs().get("retention.ms")));
        }
        assertEquals(expected, created, "topics service creates Topics.standard().specs() (name, cleanup.policy, retention.ms)");
        assertTrue(script.contains("if [ \"$$2\" = compact ]; then tombstones=(--config delete.retention.ms="
                + TopicSpec.TOMBSTONE_RETENTION.toMillis() + "); fi"), "compacted topics keep tombstones as the code's specs do");
        assertTrue(script.contains("\"$${tombstones[@]}\""), "the tombstone setting is passed to kafka-topics.sh");

        Matcher layout = KAFKA_TOPICS_LAYOUT.matcher(script);
        assertTrue(layout.find(), "kafka-topics.sh is given partitions and replication: " + script);
        assertEquals(IngestConfig.DEFAULTS.get(IngestConfig.TOPIC_PARTITIONS), layout.group(1), "partitions as the services' default");
        assertEquals(environment("ingest").get("NEWSDESK_TOPIC_PARTITIONS"), layout.group(1));
        assertEquals(environment("ingest").get("NEWSDESK_TOPIC_REPLICATION"), layout.group(2));
        assertTrue(script.contains("--config min.insync.replicas=2"), script);
        assertTrue(script.contains("--if-not-exists"), "re-running compose must not fail on existing topics");
    }

    private static boolean isKafkaClientSetting(String key) {
        if (key.equals(KafkaClientConfig.BOOTSTRAP_KEY)) {
            return true;
        }
        ConfigSource probe = ConfigSource.of(Map.of(KafkaClientConfig.BOOTSTRAP_KEY, "kafka:9092", key, "x"));
        return !KafkaClientConfig.from(probe).passThrough().isEmpty();
    }

    private static Set<String> keys(List<Setting<?>> settings, Set<String> more) {
        Set<String> keys = keys(settings);
        keys.addAll(more);
        return keys;
    }

    private static Set<String> keys(List<Setting<?>> settings) {
        Set<String> keys = new HashSet<>();
        settings.forEach(s -> keys.add(s.key()));
        return keys;
    }

    private static JsonNode service(String name) {
        JsonNode service = services.get(name);
        assertTrue(service != null && service.isObject(), "docker-compose.yml has a service named " + name);
        return service;
    }

    private static Map<String, String> environment(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service(name).get("environment");
        if (node == null) {
            return env;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            env.put(field.getKey(), field.getValue().asText());
        }
        return env;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (node.isArray()) {
            node.forEach(item -> values.add(item.asText()));
        } else {
            values.add(node.asText());
        }
        return values;
    }

    private static String artifactId(Path pom) throws Exception {
        return child(project(pom), "artifactId");
    }

    private static String version(Path pom) throws Exception {
        Element project = project(pom);
        String own = child(project, "version");
        return own != null ? own : child((Element) project.getElementsByTagName("parent").item(0), "version");
    }

    private static Element project(Path pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        return document.getDocumentElement();
    }

    /** The text of a direct child element, or null. */
    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return null;
    }
}
