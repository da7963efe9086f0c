package io.newsdesk.broker;

import kafka.tools.StorageTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The on-disk side of a KRaft node: its {@code server.properties} and its log directory, formatted once
 * with Kafka's own {@code kafka.tools.StorageTool} (what {@code kafka-storage.sh format} runs).
 * Shared by the single embedded broker and the nodes of a {@link LocalKafkaCluster}, so both format
 * and reuse storage the same way.
 */
final class KraftStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KraftStorage.class);
    /** Written by the formatter into every formatted log directory; its presence means "formatted". */
    private static final String META_PROPERTIES_FILE = "meta.properties";

    private KraftStorage() {
    }

    /** Writes the exact properties a node starts with, for humans and for {@code kafka-storage.sh info}. */
    static Path writeServerProperties(Path directory, Map<String, String> properties, String comment) {
        return writeServerProperties(directory, properties, comment, "server.properties");
    }

    /** As above, into a file of another name in {@code directory}. */
    static Path writeServerProperties(Path directory, Map<String, String> properties, String comment, String fileName) {
        Path file = directory.resolve(fileName);
        Properties asProperties = new Properties();
        asProperties.putAll(properties);
        try {
            Files.createDirectories(directory);
            try (OutputStream out = Files.newOutputStream(file)) {
                asProperties.store(out, comment);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write Kafka server properties to " + file, e);
        }
        return file;
    }

    static Properties readServerProperties(Path file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read Kafka server properties from " + file, e);
        }
        return properties;
    }

    /** The cluster id a formatted log directory belongs to; empty if it was never formatted. */
    static Optional<String> clusterIdOf(Path logDirectory) {
        Path meta = logDirectory.resolve(META_PROPERTIES_FILE);
        if (!Files.exists(meta)) {
            return Optional.empty();
        }
        return Optional.ofNullable(readServerProperties(meta).getProperty("cluster.id"));
    }

    /**
     * Formatting gives the storage a cluster id and the initial metadata. Formatting again would refuse
     * (or, forced, lose every topic), so an already formatted directory is the signal to keep its data.
     * A directory formatted for another cluster is refused: a node must never join a cluster it was not
     * made for, and reformatting it would silently throw its data away.
     */
    static void formatUnlessFormatted(Path logDirectory, Path propertiesFile, String clusterId) {
        Optional<String> existing = clusterIdOf(logDirectory);
        if (existing.isPresent()) {
            if (!existing.get().equals(clusterId)) {
                throw new IllegalStateException("Kafka storage in " + logDirectory + " belongs to cluster "
                        + existing.get() + ", not " + clusterId + "; delete that folder to make it a new node of "
                        + clusterId + " (its data is lost), or point the node at its own cluster's data");
            }
            LOG.info("Reusing Kafka data in {}", logDirectory);
            return;
        }
        ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream printStream = new PrintStream(formatterOutput, true, StandardCharsets.UTF_8)) {
            exitCode = StorageTool.execute(
                    new String[] {"format", "--config", propertiesFile.toString(), "--cluster-id", clusterId},
                    printStream);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not format Kafka storage in " + logDirectory
                    + ": " + formatterOutput.toString(StandardCharsets.UTF_8).strip(), e);
        }
        String output = formatterOutput.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + logDirectory
                    + " failed with exit code " + exitCode + ": " + output);
        }
        // The tool's output is a full dump of the bootstrap metadata records: worth keeping, not at INFO.
        LOG.info("Formatted new Kafka storage in {} for cluster {}", logDirectory, clusterId);
        LOG.debug("Kafka storage tool output: {}", output);
    }

    /** Deletes a folder and everything in it; a leftover is logged, not thrown (callers are closing). */
    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temp folder is harmless; failing close() would hide the test's real outcome.
            LOG.warn("Could not delete temporary Kafka data in {}", directory, e);
        }
    }
}
