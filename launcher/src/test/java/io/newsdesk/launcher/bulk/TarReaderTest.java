package io.newsdesk.launcher.bulk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TarReaderTest {

    @Test
    void readsRegularFilesWithTheirFoldersAndSkipsDirectoryEntries() throws IOException {
        byte[] tar = TarWriter.tar(List.of(
                TarWriter.directory("day-1/"),
                TarWriter.file("day-1/a.jsonl", "{\"externalId\":\"a\"}\n"),
                TarWriter.file("./b.json", "{}")));

        List<SourceFile> files = TarReader.read(new ByteArrayInputStream(tar));

        assertEquals(List.of("day-1/a.jsonl", "b.json"), files.stream().map(SourceFile::name).toList());
        assertArrayEquals("{\"externalId\":\"a\"}\n".getBytes(StandardCharsets.UTF_8), files.get(0).content());
    }

    @Test
    void aLongNameInAGnuLongNameEntryNamesTheNextFile() throws IOException {
        String longName = "archive/" + "x".repeat(120) + "/page.html";
        byte[] tar = TarWriter.tar(List.of(TarWriter.gnuLongName(longName), TarWriter.file("truncated", "<p>hi</p>")));

        List<SourceFile> files = TarReader.read(new ByteArrayInputStream(tar));

        assertEquals(1, files.size());
        assertEquals(longName, files.get(0).name());
        assertEquals("<p>hi</p>", new String(files.get(0).content(), StandardCharsets.UTF_8));
    }

    @Test
    void anArchiveCutInsideAnEntryIsAnErrorNotAShorterImport() {
        byte[] tar = TarWriter.tar(List.of(TarWriter.file("a.json", "x".repeat(2000))));
        byte[] cut = Arrays.copyOf(tar, 512 + 1000);

        IOException error = assertThrows(IOException.class, () -> TarReader.read(new ByteArrayInputStream(cut)));
        assertTrue(error.getMessage().contains("ends inside a.json"), error.getMessage());
    }

    @Test
    void aFileThatIsNoTarFailsOnTheHeaderChecksum() {
        byte[] notTar = "this is not a tar file at all".repeat(40).getBytes(StandardCharsets.UTF_8);

        IOException error = assertThrows(IOException.class, () -> TarReader.read(new ByteArrayInputStream(notTar)));
        assertTrue(error.getMessage().startsWith("not a tar archive"), error.getMessage());
    }
}
