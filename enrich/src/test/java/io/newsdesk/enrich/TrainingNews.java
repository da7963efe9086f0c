package io.newsdesk.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tagged news the enrichment's models are trained on: every {@code enrich/training/tagged-news*.json}
 * (the first set and the ones writers add beside it, see enrich/training/README.md), in name order so that
 * training reads them in the same order on every machine. Paths are relative to the module, where Maven runs
 * enrich's tests.
 */
public final class TrainingNews {
    static final Path DIRECTORY = Path.of("training");
    static final String PATTERN = "tagged-news*.json";

    private TrainingNews() {
    }

    /** Every training file, sorted by name; fails when there is none (a model trained on nothing is no model). */
    public static List<Path> files() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(DIRECTORY, PATTERN)) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + DIRECTORY.toAbsolutePath() + " (run from the enrich module)", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no " + PATTERN + " in " + DIRECTORY.toAbsolutePath());
        }
        files.sort(null);
        return List.copyOf(files);
    }
}
