package io.newsdesk.launcher.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the regular files of a zip, tar or gzipped tar through Apache Commons Compress (POSIX ustar, GNU long
 * names, pax headers; zip with or without data descriptors). Directories, links and devices are skipped: they
 * carry no submissions.
 *
 * <p>An archive that ends inside an entry, or is not the kind its name says, is an error that names the entry
 * or the problem, never a shorter import: a half-copied archive must not look complete.
 */
public final class ArchiveReader {
    /** One entry larger than this is not a submission; refusing it keeps a corrupt size from exhausting memory. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private ArchiveReader() {
    }

    public static List<SourceFile> tar(InputStream in) throws IOException {
        return read(new TarArchiveInputStream(in), "tar");
    }

    public static List<SourceFile> tarGz(InputStream in) throws IOException {
        GzipCompressorInputStream gzip;
        try {
            gzip = new GzipCompressorInputStream(in, true);
        } catch (IOException e) {
            throw new IOException("not a gzip file (" + e.getMessage() + ")", e);
        }
        return read(new TarArchiveInputStream(gzip), "tar");
    }

    public static List<SourceFile> zip(InputStream in) throws IOException {
        return read(new ZipArchiveInputStream(in), "zip");
    }

    private static List<SourceFile> read(ArchiveInputStream<? extends ArchiveEntry> archive, String kind) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (archive) {
            while (true) {
                ArchiveEntry entry = next(archive, kind, files);
                if (entry == null) {
                    return files;
                }
                if (!regularFile(entry)) {
                    continue;
                }
                if (entry.getSize() > MAX_ENTRY_BYTES) {
                    throw new IOException(kind + " entry " + entry.getName() + " has an impossible size " + entry.getSize());
                }
                files.add(new SourceFile(stripDotSlash(entry.getName()), content(archive, entry, kind)));
            }
        }
    }

    private static ArchiveEntry next(ArchiveInputStream<? extends ArchiveEntry> archive, String kind, List<SourceFile> read)
            throws IOException {
        try {
            return archive.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            String where = read.isEmpty() ? "" : " after " + read.get(read.size() - 1).name();
            throw new IOException("not a " + kind + " archive, or a damaged one (" + e.getMessage() + where + ")", e);
        }
    }

    private static boolean regularFile(ArchiveEntry entry) {
        if (entry instanceof TarArchiveEntry tar) {
            return tar.isFile();
        }
        return !entry.isDirectory();
    }

    private static byte[] content(InputStream archive, ArchiveEntry entry, String kind) throws IOException {
        byte[] content;
        try {
            content = archive.readAllBytes();
        } catch (IOException e) {
            throw new IOException(kind + " archive ends inside " + entry.getName() + " (" + e.getMessage() + ")", e);
        }
        if (entry.getSize() >= 0 && content.length < entry.getSize()) {
            throw new IOException(kind + " archive ends inside " + entry.getName() + " (" + content.length + " of "
                    + entry.getSize() + " bytes)");
        }
        return content;
    }

    private static String stripDotSlash(String name) {
        return name.startsWith("./") ? name.substring(2) : name;
    }
}
