package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;

class ArchiveReaderTest {

    @Test
    void readsRegularFilesWithTheirFoldersAndSkipsDirectoryEntries() throws IOException {
        byte[] tar = TarWriter.tar(List.of(
                TarWriter.directory("day-1/"),
                TarWriter.file("day-1/a.jsonl", "{\"externalId\":\"a\"}\n"),
                TarWriter.file("./b.json", "{}")));

        List<SourceFile> files = ArchiveReader.tar(new ByteArrayInputStream(tar));

        assertEquals(List.of("day-1/a.jsonl", "b.json"), files.stream().map(SourceFile::name).toList());
        assertArrayEquals("{\"externalId\":\"a\"}\n".getBytes(StandardCharsets.UTF_8), files.get(0).content());
    }

    @Test
    void aLongNameInAGnuLongNameEntryNamesTheNextFile() throws IOException {
        String longName = "archive/" + "x".repeat(120) + "/page.html";
        byte[] tar = TarWriter.tar(List.of(TarWriter.gnuLongName(longName), TarWriter.file("truncated", "<p>hi</p>")));

        List<SourceFile> files = ArchiveReader.tar(new ByteArrayInputStream(tar));

        assertEquals(1, files.size());
        assertEquals(longName, files.get(0).name());
        assertEquals("<p>hi</p>", new String(files.get(0).content(), StandardCharsets.UTF_8));
    }

    @Test
    void anArchiveCutInsideAnEntryIsAnErrorNotAShorterImport() {
        byte[] tar = TarWriter.tar(List.of(TarWriter.file("a.json", "x".repeat(2000))));
        byte[] cut = Arrays.copyOf(tar, 512 + 1000);

        IOException error = assertThrows(IOException.class, () -> ArchiveReader.tar(new ByteArrayInputStream(cut)));
        assertTrue(error.getMessage().contains("ends inside a.json"), error.getMessage());
    }

    @Test
    void aFileThatIsNoTarFailsOnTheHeaderChecksum() {
        byte[] notTar = "this is not a tar file at all".repeat(40).getBytes(StandardCharsets.UTF_8);

        IOException error = assertThrows(IOException.class, () -> ArchiveReader.tar(new ByteArrayInputStream(notTar)));
        assertTrue(error.getMessage().startsWith("not a tar archive"), error.getMessage());
    }

    @Test
    void aPaxPathAsModernTarWritersUseItNamesTheFile() throws IOException {
        String longName = "archive/" + "y".repeat(150) + "/wire.jsonl";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            byte[] content = "{}\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(longName);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }

        List<SourceFile> files = ArchiveReader.tar(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals(List.of(longName), files.stream().map(SourceFile::name).toList());
        assertEquals("{}\n", new String(files.get(0).content(), StandardCharsets.UTF_8));
    }

    @Test
    void aTarGzThatIsNoGzipSaysSo() {
        byte[] tar = TarWriter.tar(List.of(TarWriter.file("a.json", "{}")));

        IOException error = assertThrows(IOException.class, () -> ArchiveReader.tarGz(new ByteArrayInputStream(tar)));
        assertTrue(error.getMessage().startsWith("not a gzip file"), error.getMessage());
    }

    @Test
    void aZipCutInsideAnEntryIsAnErrorNotAShorterImport() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("a.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("b.json"));
            // Random bytes do not compress: the entry stays large enough to be cut in the middle.
            byte[] noise = new byte[4000];
            new java.util.Random(7).nextBytes(noise);
            zip.write(noise);
        }
        byte[] whole = bytes.toByteArray();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);

        IOException error = assertThrows(IOException.class, () -> ArchiveReader.zip(new ByteArrayInputStream(cut)));
        assertTrue(error.getMessage().contains("b.json"), error.getMessage());
        assertEquals(List.of("a.json"), ArchiveReader.zip(new ByteArrayInputStream(whole)).stream()
                .map(SourceFile::name).limit(1).toList());
    }
}
