package io.newsdesk.launcher.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files under the path given to {@code import}: a folder (recursively), a {@code .zip}, a
 * {@code .tar} or a gzipped tar ({@code .tar.gz}, {@code .tgz}). Names are relative to the folder or
 * archive root and sorted, so two runs over the same input see the same items in the same order and
 * the journal's keys stay stable. Hidden files and folders ({@code .DS_Store}, {@code .git/}) and macOS'
 * {@code __MACOSX/} resource forks are left out: they are never submissions.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static List<SourceFile> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(path + ": no such file or folder");
        }
        if (!isArchive(path)) {
            // A single submission file is a folder of one.
            return List.of(new SourceFile(path.getFileName().toString(), Files.readAllBytes(path)));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            if (name.endsWith(".zip")) {
                return sorted(ArchiveReader.zip(in));
            }
            return sorted(name.endsWith(".tar") ? ArchiveReader.tar(in) : ArchiveReader.tarGz(in));
        }
    }

    /** Whether a path names an archive this reader opens, rather than a file to import as it is. */
    public static boolean isArchive(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".tar") || name.endsWith(".tar.gz") || name.endsWith(".tgz");
    }

    private static List<SourceFile> folder(Path root) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                if (!ignored(relative)) {
                    files.add(new SourceFile(relative, Files.readAllBytes(file)));
                }
            }
        }
        return sorted(files);
    }

    private static List<SourceFile> sorted(List<SourceFile> files) {
        return files.stream()
                .filter(f -> !ignored(f.name()))
                .sorted(Comparator.comparing(SourceFile::name))
                .toList();
    }

    static boolean ignored(String relativeName) {
        for (String part : relativeName.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
