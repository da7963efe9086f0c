package io.newsdesk.broker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a cluster is before it runs: its addresses, its replication, its nodes' command line and properties. */
class LocalKafkaClusterTest {

    @Test
    void nodesListenOnConsecutivePortsFromTheFirstAndTheirControllersElsewhere(@TempDir Path data) {
        LocalKafkaCluster cluster = new LocalKafkaCluster(LocalClusterConfig.inDirectory(data).withFirstBrokerPort(19092));

        assertEquals("127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094", cluster.bootstrapServers());
        assertEquals("127.0.0.1:19093", cluster.bootstrapServers(2));
        for (int node : cluster.nodeIds()) {
            assertNotEquals(cluster.brokerPort(node), cluster.controllerPort(node));
            assertTrue(cluster.controllerPort(node) < 32_768, "below the ephemeral range: " + cluster.controllerPort(node));
        }
        assertEquals(data.resolve("node-3").resolve("node.log"), cluster.logFile(3));
    }

    @Test
    void replicationIsThreeCopiesTwoInSyncFromThreeNodesAndEveryNodeBelow(@TempDir Path data) {
        LocalKafkaCluster three = new LocalKafkaCluster(LocalClusterConfig.inDirectory(data));
        assertEquals(3, three.replicationFactor());
        assertEquals(2, three.minInsyncReplicas());
        LocalKafkaCluster five = new LocalKafkaCluster(LocalClusterConfig.inDirectory(data).withNodes(5));
        assertEquals(3, five.replicationFactor());
        assertEquals(2, five.minInsyncReplicas());
        LocalKafkaCluster one = new LocalKafkaCluster(LocalClusterConfig.inDirectory(data).withNodes(1));
        assertEquals(1, one.replicationFactor());
        assertEquals(1, one.minInsyncReplicas());
    }

    @Test
    void everyNodeVotesAndKafkasOwnTopicsAreAsSafeAsTheData() {
        assertEquals("1@127.0.0.1:9101,2@127.0.0.1:9102,3@127.0.0.1:9103",
                KraftNodeProperties.voters(Map.of(3, 9103, 1, 9101, 2, 9102)));
        Map<String, String> replication = KraftNodeProperties.replication(3, 2, 6);
        assertEquals("3", replication.get("transaction.state.log.replication.factor"));
        assertEquals("2", replication.get("transaction.state.log.min.isr"));
        assertEquals("3", replication.get("offsets.topic.replication.factor"));
        assertEquals("2", replication.get("min.insync.replicas"));
        assertEquals("false", replication.get("unclean.leader.election.enable"));
    }

    @Test
    void nodeCommandLineIsParsedAndMistakesAreNamed() {
        KafkaNodeMain.Arguments arguments = KafkaNodeMain.Arguments.parse(new String[] {
                "--config", "/data/node-1/server.properties", "--cluster-id", "abc", "--parent-pid", "42"});
        assertEquals(new KafkaNodeMain.Arguments(Path.of("/data/node-1/server.properties"), "abc", Optional.of(42L)),
                arguments);
        assertEquals(Optional.empty(), KafkaNodeMain.Arguments.parse(new String[] {"--config", "c", "--cluster-id", "x"})
                .parentPid());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaNodeMain.Arguments.parse(
                new String[] {"--config", "c"})).getMessage().startsWith("usage:"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KafkaNodeMain.Arguments.parse(
                new String[] {"--config", "c", "--cluster-id", "x", "--parent-pid", "me"})).getMessage().contains("me"));
    }

    @Test
    void impossibleConfigurationsAreRefused(@TempDir Path data) {
        assertThrows(IllegalArgumentException.class, () -> LocalClusterConfig.inDirectory(data).withNodes(0));
        assertThrows(IllegalArgumentException.class, () -> LocalClusterConfig.inDirectory(data).withFirstBrokerPort(65_534));
    }
}
