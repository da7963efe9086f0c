package io.newsdesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Services depend on schemas and platform, never on each other: checked on the sources. */
class IngestBoundaryTest {
    @Test
    void ingestImportsNoOtherService() throws IOException {
        List<String> violations;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            violations = files.filter(p -> p.toString().endsWith(".java"))
                    .flatMap(p -> {
                        try {
                            return Files.readAllLines(p).stream()
                                    .filter(l -> l.matches("import (static )?io\\.newsdesk\\.(enrich|publish|launcher)\\..*"))
                                    .map(l -> p + ": " + l);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertEquals(List.of(), violations,
                "ingest must not import enrich, publish or launcher: move shared code to platform or schemas");
    }
}
