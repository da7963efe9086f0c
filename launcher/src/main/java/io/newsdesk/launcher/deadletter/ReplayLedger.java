package io.newsdesk.launcher.deadletter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which dead letters were replayed already: {@code <data dir>/dlq-replayed}, one line per replayed
 * letter naming its place on the dead-letter topic ({@code articles.dlq-0@42}).
 *
 * <p>Why a local file, not a compacted marker topic: a marker topic would be one more topic outside
 * the pipeline's catalogue, created on every cluster for a tool run by hand now and then. The cost is
 * that the ledger is per machine (two operators replaying from two machines would each send), and it
 * is written just after the transaction commits, so a crash in between re-sends that one batch on the
 * next replay. The records themselves carry {@code newsdesk.replayed-from}, so such a repeat is visible.
 *
 * <p>Why every offset and not only the highest one: {@code replay --stage S} leaves the other stages'
 * letters on the topic, below the highest replayed offset; a high-water mark would then wrongly count
 * them as replayed and a later {@code replay --stage T} would never send them.
 */
public final class ReplayLedger {
    public static final String FILE_NAME = "dlq-replayed";

    private final Path file;
    private final Set<String> replayed;

    private ReplayLedger(Path file, Set<String> replayed) {
        this.file = file;
        this.replayed = replayed;
    }

    public static ReplayLedger open(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        Set<String> replayed = new HashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    replayed.add(line.strip());
                }
            }
        }
        return new ReplayLedger(file, replayed);
    }

    public Path file() {
        return file;
    }

    public boolean replayed(DeadLetterEntry entry) {
        return replayed.contains(entry.reference());
    }

    /** Appends the letters and forces them to disk before returning. */
    public void record(Collection<DeadLetterEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder lines = new StringBuilder();
        for (DeadLetterEntry entry : entries) {
            lines.append(entry.reference()).append('\n');
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        entries.forEach(e -> replayed.add(e.reference()));
    }
}
