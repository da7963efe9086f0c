package io.newsdesk.launcher.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.platform.json.Json;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record of an import, so that an interrupted one can resume: {@code <data dir>/import/<hash of the
 * absolute path>.journal}, one JSON line per item whose answer arrived,
 * {@code {"key","status","sha256","reasons"}}, appended and flushed as each answer arrives. A line
 * torn by a crash mid-write is ignored on reading (that item is simply sent again) and a newline is
 * written before the next entry so it cannot glue onto the torn one. The latest line for a key wins,
 * so a failed item that succeeds on a later run counts as accepted.
 *
 * <p>The file is locked while an import writes it, so a second import of the same path started
 * meanwhile fails at once instead of sending items the first has in flight.
 *
 * <p>Why JSON lines rather than a binary log: an operator can read it with {@code jq} to see what
 * happened to a given file, and appending a line is atomic enough for a record that only decides
 * whether to send an item again.
 */
public final class ImportJournal implements Closeable {
    private final Path file;
    private final Map<String, Outcome> recorded;
    private final BufferedWriter writer;

    private ImportJournal(Path file, Map<String, Outcome> recorded, BufferedWriter writer) {
        this.file = file;
        this.recorded = recorded;
        this.writer = writer;
    }

    /** The journal file of an import of {@code importPath} under {@code dataDirectory}. */
    public static Path fileFor(Path dataDirectory, Path importPath) {
        return dataDirectory.resolve("import").resolve(hash(importPath) + ".journal");
    }

    /** Where the rejected items of that import are listed, next to its journal. */
    public static Path rejectedFileFor(Path dataDirectory, Path importPath) {
        return dataDirectory.resolve("import").resolve(hash(importPath) + ".rejected.jsonl");
    }

    /** The first 16 hex digits of the SHA-256 of the absolute, normalized path: short, and stable per input. */
    static String hash(Path importPath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(importPath.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * Opens a journal for appending.
     *
     * @param resume keep what the file records (skip those items); false starts it afresh
     */
    public static ImportJournal open(Path file, boolean resume) throws IOException {
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            // Two imports of the same path at once would each send what the other has not journaled yet.
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new IOException("another import of the same path is running (its journal " + file + " is locked)");
            }
            Map<String, Outcome> recorded = new LinkedHashMap<>();
            boolean tornTail = false;
            if (resume) {
                recorded.putAll(read(file));
                tornTail = !endsWithNewline(channel);
            } else {
                channel.truncate(0);
            }
            channel.position(channel.size());
            BufferedWriter writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
            if (tornTail) {
                writer.write('\n');
                writer.flush();
            }
            // Closing the writer closes the channel, which releases the lock.
            return new ImportJournal(file, recorded, writer);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Every entry of a journal file, the latest per key; unreadable lines (a torn last write) are skipped. */
    static Map<String, Outcome> read(Path file) throws IOException {
        Map<String, Outcome> entries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            parse(line).ifPresent(outcome -> entries.put(outcome.key(), outcome));
        }
        return entries;
    }

    private static Optional<Outcome> parse(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode json = Json.mapper().readTree(line);
            List<String> reasons = new ArrayList<>();
            json.path("reasons").forEach(r -> reasons.add(r.asText()));
            return Optional.of(new Outcome(json.get("key").asText(), Outcome.Status.valueOf(json.get("status").asText()),
                    json.get("sha256").asText(), reasons));
        } catch (IOException | RuntimeException torn) {
            return Optional.empty();
        }
    }

    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    public Path file() {
        return file;
    }

    /** Whether the item was finished by an earlier run with the same content, and so is to be skipped. */
    public synchronized boolean finished(ImportItem item) {
        Outcome earlier = recorded.get(item.key());
        return earlier != null && earlier.finished() && earlier.contentHash().equals(item.contentHash());
    }

    /** Appends and flushes one outcome, so that it survives the process being killed right after. */
    public synchronized void record(Outcome outcome) throws IOException {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("key", outcome.key());
        json.put("status", outcome.status().name());
        json.put("sha256", outcome.contentHash());
        ArrayNode reasons = json.putArray("reasons");
        outcome.reasons().forEach(reasons::add);
        writer.write(Json.write(json));
        writer.write('\n');
        writer.flush();
        recorded.put(outcome.key(), outcome);
    }

    /** The latest outcome of every item this journal knows, earlier runs included. */
    public synchronized Map<String, Outcome> outcomes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(recorded));
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
