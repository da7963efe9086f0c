package io.newsdesk.broker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KraftStorageTest {

    @Test
    void aLogDirectoryFormattedForAnotherClusterIsRefusedAndKept(@TempDir Path node) throws Exception {
        Path logs = Files.createDirectories(node.resolve("kafka-logs"));
        Files.writeString(logs.resolve("meta.properties"), "version=1\ncluster.id=someone-elses-cluster\nnode.id=2\n");
        Path properties = KraftStorage.writeServerProperties(node, Map.of("log.dirs", logs.toString()), "test");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> KraftStorage.formatUnlessFormatted(logs, properties, "our-cluster"));

        assertTrue(refused.getMessage().contains("belongs to cluster someone-elses-cluster, not our-cluster"),
                refused.getMessage());
        assertEquals(Optional.of("someone-elses-cluster"), KraftStorage.clusterIdOf(logs), "nothing was reformatted");
    }

    @Test
    void anUnformattedDirectoryHasNoClusterId(@TempDir Path node) {
        assertEquals(Optional.empty(), KraftStorage.clusterIdOf(node.resolve("kafka-logs")));
    }
}
