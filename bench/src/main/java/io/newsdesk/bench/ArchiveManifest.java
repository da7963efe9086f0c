package io.newsdesk.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * What a kept archive holds, written next to it ({@code DIR/archive.properties}) so a later run with
 * {@code --reuse} can read it again: the readers ask for the same articles and cursors, and the newsroom
 * goes on with articles the archive does not hold yet (a repeated one would change nothing, and no page
 * would be rendered again).
 *
 * @param articles        articles written as the archive
 * @param seed            the generator's seed
 * @param end             the first publication of the archive's newest article
 * @param meanRecordBytes the records' mean size
 * @param next            the index of the next article the newsroom publishes
 */
record ArchiveManifest(int articles, long seed, Instant end, double meanRecordBytes, int next) {
    private static final String FILE = "archive.properties";

    static boolean existsIn(Path data) {
        return Files.isRegularFile(data.resolve(FILE));
    }

    /** @throws IllegalArgumentException when {@code data} holds no kept archive of this size and seed */
    static ArchiveManifest readFrom(Path data, ArchiveOptions options) {
        if (!existsIn(data)) {
            throw new IllegalArgumentException(data + " holds no archive to reuse (no " + FILE + "): run once with --keep");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(data.resolve(FILE))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data.resolve(FILE), e);
        }
        ArchiveManifest manifest = new ArchiveManifest(Integer.parseInt(p.getProperty("articles")),
                Long.parseLong(p.getProperty("seed")), Instant.parse(p.getProperty("end")),
                Double.parseDouble(p.getProperty("meanRecordBytes")), Integer.parseInt(p.getProperty("next")));
        if (manifest.articles() != options.articles() || manifest.seed() != options.seed()) {
            throw new IllegalArgumentException(data + " holds an archive of " + manifest.articles() + " articles (seed "
                    + manifest.seed() + "), not " + options.articles() + " (seed " + options.seed() + ")");
        }
        return manifest;
    }

    void writeTo(Path data) {
        Properties p = new Properties();
        p.setProperty("articles", Integer.toString(articles));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("end", end.toString());
        p.setProperty("meanRecordBytes", Double.toString(meanRecordBytes));
        p.setProperty("next", Integer.toString(next));
        try (Writer out = Files.newBufferedWriter(data.resolve(FILE))) {
            p.store(out, "the archive benchmark's kept archive (--keep), read by --reuse");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + data.resolve(FILE), e);
        }
    }

    ArchiveManifest publishedMore(int count) {
        return new ArchiveManifest(articles, seed, end, meanRecordBytes, next + count);
    }
}
