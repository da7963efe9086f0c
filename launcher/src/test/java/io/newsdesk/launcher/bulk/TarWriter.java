package io.newsdesk.launcher.bulk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes ustar archives for the tests, block by block as the format describes it. */
final class TarWriter {

    record Entry(String name, char type, byte[] content) {
    }

    private TarWriter() {
    }

    static Entry file(String name, String content) {
        return new Entry(name, '0', content.getBytes(StandardCharsets.UTF_8));
    }

    static Entry directory(String name) {
        return new Entry(name, '5', new byte[0]);
    }

    static Entry gnuLongName(String name) {
        return new Entry("././@LongLink", 'L', (name + "\0").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] tar(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry entry : entries) {
            byte[] header = new byte[512];
            put(header, 0, 100, entry.name());
            put(header, 100, 8, "0000644");
            put(header, 108, 8, "0000000");
            put(header, 116, 8, "0000000");
            put(header, 124, 12, String.format("%011o", entry.content().length));
            put(header, 136, 12, String.format("%011o", 0));
            header[156] = (byte) entry.type();
            put(header, 257, 6, "ustar");
            put(header, 263, 2, "00");
            for (int i = 148; i < 156; i++) {
                header[i] = ' ';
            }
            long sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, 8, String.format("%06o", sum) + "\0 ");
            out.writeBytes(header);
            out.writeBytes(entry.content());
            out.writeBytes(new byte[(512 - entry.content().length % 512) % 512]);
        }
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static void put(byte[] header, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, Math.min(bytes.length, length));
    }
}
