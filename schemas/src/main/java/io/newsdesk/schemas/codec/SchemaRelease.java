package io.newsdesk.schemas.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Cuts a schema release: writes each current top-level schema, self-contained, to
 * {@code released/vN/} and appends the files to {@code RELEASES}. Run it when a version of Newsdesk
 * ships ({@code java -cp schemas/target/classes:... io.newsdesk.schemas.codec.SchemaRelease
 * schemas/src/main/resources/io/newsdesk/schemas/released vN}).
 */
public final class SchemaRelease {
    private SchemaRelease() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SchemaRelease <released-folder> <version, e.g. v2>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        String version = args[1];
        Path dir = root.resolve(version);
        if (Files.exists(dir)) {
            throw new IllegalStateException(dir + " exists: a released version is never rewritten");
        }
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        for (Class<? extends SpecificRecord> type : TopLevelRecords.ALL) {
            Schema schema = SpecificData.get().getSchema(type);
            Path file = dir.resolve(schema.getName() + ".avsc");
            Files.writeString(file, schema.toString(true) + "\n", StandardCharsets.UTF_8);
            lines.add(version + "/" + file.getFileName());
        }
        Path index = root.resolve("RELEASES");
        Files.write(index, lines, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.println("released " + lines.size() + " schemas as " + version + " in " + dir);
    }
}
