package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir
    Path temp;

    private static final List<String> EXPECTED = List.of("a.json", "monday/lines.jsonl", "monday/pages/court.html");

    @Test
    void aFolderIsReadRecursivelyInNameOrderWithoutHiddenFiles() throws IOException {
        Path root = temp.resolve("input");
        write(root.resolve("monday/pages/court.html"), "<p>court</p>");
        write(root.resolve("monday/lines.jsonl"), "{}\n");
        write(root.resolve("a.json"), "{}");
        write(root.resolve(".DS_Store"), "junk");
        write(root.resolve(".git/config"), "junk");

        List<SourceFile> files = SourceFiles.read(root);

        assertEquals(EXPECTED, names(files));
        assertEquals("<p>court</p>", text(files.get(2)));
    }

    @Test
    void aZipIsReadWithItsFoldersAndWithoutMacResourceForks() throws IOException {
        Path zip = temp.resolve("input.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("monday/"));
            entry(out, "monday/pages/court.html", "<p>court</p>");
            entry(out, "a.json", "{}");
            entry(out, "monday/lines.jsonl", "{}\n");
            entry(out, "__MACOSX/monday/._lines.jsonl", "junk");
        }

        List<SourceFile> files = SourceFiles.read(zip);

        assertEquals(EXPECTED, names(files));
        assertEquals("<p>court</p>", text(files.get(2)));
    }

    @Test
    void aTarIsReadWithItsFolders() throws IOException {
        Path tar = temp.resolve("input.tar");
        Files.write(tar, tarBytes());

        List<SourceFile> files = SourceFiles.read(tar);

        assertEquals(EXPECTED, names(files));
        assertEquals("<p>court</p>", text(files.get(2)));
    }

    @Test
    void aGzippedTarIsReadUnderBothOfItsNames() throws IOException {
        for (String name : List.of("input.tar.gz", "input.tgz")) {
            Path archive = temp.resolve(name);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(archive))) {
                out.write(tarBytes());
            }

            List<SourceFile> files = SourceFiles.read(archive);

            assertEquals(EXPECTED, names(files), name);
            assertEquals("{}\n", text(files.get(1)), name);
        }
    }

    @Test
    void aSingleSubmissionFileIsAFolderOfOne() throws IOException {
        Path file = temp.resolve("wire.jsonl");
        write(file, "{}\n{}\n");

        List<SourceFile> files = SourceFiles.read(file);

        assertEquals(List.of("wire.jsonl"), names(files));
        assertEquals("{}\n{}\n", text(files.get(0)));
    }

    private static byte[] tarBytes() {
        return TarWriter.tar(List.of(
                TarWriter.directory("monday/"),
                TarWriter.file("monday/lines.jsonl", "{}\n"),
                TarWriter.directory("monday/pages/"),
                TarWriter.file("monday/pages/court.html", "<p>court</p>"),
                TarWriter.file("a.json", "{}")));
    }

    private static void entry(ZipOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<String> names(List<SourceFile> files) {
        return files.stream().map(SourceFile::name).toList();
    }

    private static String text(SourceFile file) {
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
