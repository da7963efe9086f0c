package io.newsdesk.schemas.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Every schema version the project has released, read from the classpath folder
 * {@code io/newsdesk/schemas/released/}. Its {@code RELEASES} file lists one released schema file a
 * line, oldest release first ({@code v1/Submission.avsc}). Decoders register all of them, so a record
 * written by any released version stays readable; the compatibility test checks each against the
 * current schema.
 */
public final class ReleasedSchemas {
    static final String ROOT = "/io/newsdesk/schemas/released/";

    private final Map<String, List<Release>> byFullName;

    /** One released schema file. */
    public record Release(String path, String version, Schema schema) {
    }

    private ReleasedSchemas(Map<String, List<Release>> byFullName) {
        this.byFullName = byFullName;
    }

    private static final class Holder {
        static final ReleasedSchemas INSTANCE = load();
    }

    /** The releases shipped in this jar; loaded once, immutable. */
    public static ReleasedSchemas shipped() {
        return Holder.INSTANCE;
    }

    /** Released versions of the record with this full name, oldest first; empty if never released. */
    public List<Release> of(String fullName) {
        return byFullName.getOrDefault(fullName, List.of());
    }

    /** Every released schema, by record full name. */
    public Map<String, List<Release>> all() {
        return byFullName;
    }

    private static ReleasedSchemas load() {
        Map<String, List<Release>> map = new LinkedHashMap<>();
        for (String line : read(ROOT + "RELEASES").split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            Schema schema = new Schema.Parser().parse(read(ROOT + path));
            String version = path.substring(0, path.indexOf('/'));
            map.computeIfAbsent(schema.getFullName(), k -> new ArrayList<>()).add(new Release(path, version, schema));
        }
        map.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new ReleasedSchemas(Collections.unmodifiableMap(map));
    }

    private static String read(String resource) {
        try (InputStream in = ReleasedSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("released schema resource missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
