package io.newsdesk.launcher.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the regular files of a tar stream (POSIX ustar, with GNU long names and pax {@code path}
 * records, which is what GNU tar, bsdtar and most libraries write). Written here because the JDK has
 * no tar support and one small reader is cheaper than a new dependency for the launcher.
 *
 * <p>A tar file is 512-byte blocks: a header per entry (name, octal size, type) followed by the
 * content padded to a whole block, and two zero blocks at the end. Directories, links and devices
 * are skipped; they carry no submissions. A stream that ends inside an entry is an error, not a
 * shorter import: a half-copied archive must not look complete.
 */
public final class TarReader {
    private static final int BLOCK = 512;
    /** One entry larger than this is not a submission; refusing it keeps a corrupt size from exhausting memory. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private TarReader() {
    }

    public static List<SourceFile> read(InputStream in) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        byte[] header = new byte[BLOCK];
        String longName = null;
        while (true) {
            if (!readBlock(in, header)) {
                // Some writers omit the end-of-archive blocks; the last complete entry is the end.
                return files;
            }
            if (isZero(header)) {
                return files;
            }
            verifyChecksum(header);
            String name = longName != null ? longName : headerName(header);
            longName = null;
            long size = octal(header, 124, 12);
            if (size < 0 || size > MAX_ENTRY_BYTES) {
                throw new IOException("tar entry " + name + " has an impossible size " + size);
            }
            byte type = header[156];
            byte[] content = readContent(in, (int) size, name);
            switch (type) {
                case '0', 0, '7' -> files.add(new SourceFile(stripDotSlash(name), content));
                // GNU: the next header's name is this entry's content
                case 'L' -> longName = cString(content, 0, content.length);
                // pax extended header: "LEN path=VALUE\n" records for the next entry
                case 'x' -> longName = paxPath(content);
                // directories, links, devices, global pax headers: nothing to import
                default -> { }
            }
        }
    }

    private static byte[] readContent(InputStream in, int size, String name) throws IOException {
        byte[] content = in.readNBytes(size);
        if (content.length < size) {
            throw new IOException("tar archive ends inside " + name + " (" + content.length + " of " + size + " bytes)");
        }
        int padding = (BLOCK - size % BLOCK) % BLOCK;
        if (in.readNBytes(padding).length < padding) {
            throw new IOException("tar archive ends inside the padding after " + name);
        }
        return content;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK) {
            throw new IOException("tar archive ends inside a header (" + read + " of " + BLOCK + " bytes)");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** The header checksum catches a file that is not a tar at all (or a gzip read as tar) at the first block. */
    private static void verifyChecksum(byte[] header) throws IOException {
        long expected = octal(header, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
        }
        if (sum != expected) {
            throw new IOException("not a tar archive (header checksum " + expected + " does not match " + sum + ")");
        }
    }

    private static String headerName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = cString(header, 257, 6).startsWith("ustar");
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String paxPath(byte[] records) throws IOException {
        String text = new String(records, StandardCharsets.UTF_8);
        int at = 0;
        String path = null;
        while (at < text.length()) {
            int space = text.indexOf(' ', at);
            if (space < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(text.substring(at, space));
            } catch (NumberFormatException e) {
                throw new IOException("malformed pax header record at byte " + at);
            }
            // The length counts bytes; pax paths are mostly ASCII, and a wrong split only garbles this record.
            String record = text.substring(space + 1, Math.min(text.length(), at + length));
            if (record.startsWith("path=")) {
                path = record.substring("path=".length()).stripTrailing();
            }
            at += Math.max(length, 1);
        }
        return path;
    }

    private static long octal(byte[] header, int offset, int length) throws IOException {
        String text = cString(header, offset, length).trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (header field '" + text + "' is not an octal number)");
        }
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String stripDotSlash(String name) {
        return name.startsWith("./") ? name.substring(2) : name;
    }
}
