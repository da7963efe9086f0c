package io.newsdesk.broker;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three Kafka nodes, each its own process: formed with a production cluster's settings, a node killed from
 * outside started again by a supervised cluster (the active controller, here, so a new one is elected), a
 * stopped cluster started again on its old data and refused with another size. What such a cluster does when
 * brokers die under load (a killed leader replaced, writes refused with one broker left, nothing acknowledged
 * lost) is shown end to end, through the pipeline, by {@code ClusterChaosIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalKafkaClusterIT {

    private static final Duration FAILOVER = Duration.ofSeconds(60);
    private static LocalKafkaCluster cluster;

    @BeforeAll
    static void startCluster() {
        // Failures noticed in 4 s instead of Kafka's 9: this tests the harness, not Kafka's timing.
        cluster = LocalKafkaCluster.temporary(3, Map.of("broker.session.timeout.ms", "4000",
                "broker.heartbeat.interval.ms", "1000")).start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void threeNodesFormWithProductionDefaults() throws Exception {
        assertEquals(Set.of(1, 2, 3), cluster.runningNodeIds());
        assertEquals(3, cluster.bootstrapServers().split(",").length);
        assertTrue(cluster.activeController().isPresent(), "a controller leads the quorum");
        try (Admin admin = admin()) {
            String topic = "defaults-" + System.nanoTime();
            // No replication given: the cluster's defaults apply.
            admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.of(1), java.util.Optional.empty()))).all().get(30, TimeUnit.SECONDS);
            await().atMost(FAILOVER).until(() -> cluster.leaderOf(topic, 0).isPresent());
            assertEquals(3, admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().get(0)
                    .replicas().size());
            Config broker = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.BROKER, "1")))
                    .all().get(30, TimeUnit.SECONDS).values().iterator().next();
            assertEquals("2", broker.get("min.insync.replicas").value());
            assertEquals("false", broker.get("unclean.leader.election.enable").value());
            assertEquals("3", broker.get("transaction.state.log.replication.factor").value());
        }
        for (int id : cluster.nodeIds()) {
            assertTrue(Files.readString(cluster.dataDirectory().resolve("node-" + id + "/kafka-logs/meta.properties"))
                    .contains("cluster.id=" + cluster.clusterId()), "node " + id + " formatted with the cluster id");
        }
    }

    @Test
    @Order(3)
    void aSupervisedClusterStartsAgainANodeKilledFromOutside() {
        cluster.restartNodesThatDie(Duration.ofMillis(500));
        int victim = cluster.activeController().orElseThrow();
        long pid = cluster.pid(victim).orElseThrow();

        // As an operator's kill -9 would: not through the cluster, which would keep a node it killed down.
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        await("node " + victim + " running again under a new process").atMost(FAILOVER).pollInterval(Duration.ofMillis(200))
                .until(() -> cluster.pid(victim).stream().anyMatch(newPid -> newPid != pid));
        cluster.awaitFullyReplicated(FAILOVER);
        assertTrue(cluster.activeController().isPresent(), "a controller leads the quorum again");
    }

    @Test
    @Order(4)
    void aStoppedClusterStartsAgainOnItsDataWithItsIdButNotWithAnotherSize() throws Exception {
        String topic = "kept-" + System.nanoTime();
        createReplicatedTopic(topic);
        List<String> acknowledged = new ArrayList<>();
        try (Producer<String, String> producer = producer()) {
            send(producer, topic, "kept across a restart", acknowledged);
        }
        String id = cluster.clusterId();
        cluster.stop();
        assertEquals(Set.of(), cluster.runningNodeIds());
        LocalKafkaCluster bigger = new LocalKafkaCluster(LocalClusterConfig.inDirectory(cluster.dataDirectory()).withNodes(5));
        IllegalStateException refused = assertThrows(IllegalStateException.class, bigger::start);
        assertTrue(refused.getMessage().contains("belongs to a cluster of 3 nodes, not 5"), refused.getMessage());

        cluster.start();
        assertEquals(id, cluster.clusterId());
        assertEquals(acknowledged, readCommitted(topic));
    }

    private static void createReplicatedTopic(String topic) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 3).configs(Map.of("min.insync.replicas", "2"))))
                    .all().get(30, TimeUnit.SECONDS);
        }
        await("a leader for " + topic).atMost(FAILOVER).ignoreExceptions().until(() -> cluster.leaderOf(topic, 0).isPresent());
    }

    private static void send(Producer<String, String> producer, String topic, String value, List<String> acknowledged) {
        await("'" + value + "' acknowledged").atMost(FAILOVER).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(ExecutionException.class)
                .until(() -> producer.send(new ProducerRecord<>(topic, "story", value)).get(10, TimeUnit.SECONDS) != null);
        acknowledged.add(value);
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
    }

    private static Producer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> readCommitted(String topic) {
        try (Consumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30)).get(partition);
            List<String> read = new ArrayList<>();
            await("reading " + topic + " to offset " + end).atMost(FAILOVER).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return consumer.position(partition) >= end;
            });
            return read;
        }
    }
}
