package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsdesk} script's decision whether to build, run on a copy of the script in a made-up
 * repository: sourcing the script defines its functions without running anything.
 */
class NewsdeskScriptTest {
    private static final Path SCRIPT = Path.of("").toAbsolutePath().getParent().resolve("newsdesk");
    private static final Instant BUILT = Instant.parse("2025-03-01T12:00:00Z");

    @TempDir
    Path repository;

    @BeforeEach
    void aBuiltRepository() throws IOException {
        Files.copy(SCRIPT, repository.resolve("newsdesk"));
        touch("pom.xml", BUILT.minusSeconds(60));
        touch("ingest/pom.xml", BUILT.minusSeconds(60));
        touch("ingest/src/main/java/Ingest.java", BUILT.minusSeconds(60));
        touch("launcher/target/launcher-0.1.0-SNAPSHOT.jar", BUILT);
        Files.createDirectories(repository.resolve("launcher/target/lib"));
        // Build output and local data never count as changed sources.
        touch("ingest/target/classes/Ingest.class", BUILT.plusSeconds(60));
        touch("data/kafka/server.properties", BUILT.plusSeconds(60));
    }

    @Test
    void theScriptIsExecutableAndValidBash() throws Exception {
        assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " must be executable");
        assertEquals("", bash("bash -n " + SCRIPT));
    }

    @Test
    void nothingIsBuiltWhenTheJarIsNewerThanEveryPomAndSource() throws Exception {
        assertEquals("", staleReason());
    }

    @Test
    void aChangedSourceFileMeansABuild() throws Exception {
        touch("ingest/src/main/java/Ingest.java", BUILT.plusSeconds(1));

        assertEquals("ingest/src/main/java/Ingest.java changed since the last build", staleReason());
    }

    @Test
    void aChangedPomMeansABuild() throws Exception {
        touch("pom.xml", BUILT.plusSeconds(1));

        assertEquals("pom.xml changed since the last build", staleReason());
    }

    @Test
    void aMissingJarOrLibraryFolderMeansABuild() throws Exception {
        Files.delete(repository.resolve("launcher/target/lib"));
        assertEquals("launcher/target/lib/ is missing", staleReason());

        Files.delete(repository.resolve("launcher/target/launcher-0.1.0-SNAPSHOT.jar"));
        assertEquals("launcher/target/launcher-0.1.0-SNAPSHOT.jar is missing", staleReason());
    }

    private String staleReason() throws Exception {
        return bash("source " + repository.resolve("newsdesk") + " && stale_reason").strip();
    }

    private void touch(String path, Instant at) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, path);
        }
        Files.setLastModifiedTime(file, FileTime.from(at));
    }

    private static String bash(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "bash did not finish: " + command);
        assertEquals(0, process.exitValue(), "bash -c " + command + " failed: " + output);
        return output;
    }
}
