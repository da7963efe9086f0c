package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * A text (or any bytes) kept in a column of the index, compressed with LZ4 (the compression Lucene uses for its own
 * stored fields): its UTF-8 length, then the compressed bytes. A column is read without decompressing
 * whatever else a document stores.
 */
final class CompressedText {
    private CompressedText() {
    }

    static BytesRef encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(BytesRef bytes) {
        return new String(decodeBytes(bytes), StandardCharsets.UTF_8);
    }

    /** Any bytes, as {@link #encode(String)} keeps a text's UTF-8. */
    static BytesRef encode(byte[] utf8) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(utf8.length);
            LZ4.compress(utf8, 0, utf8.length, out, new LZ4.FastCompressionHashTable());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static byte[] decodeBytes(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int length = in.readVInt();
        byte[] utf8 = new byte[length];
        try {
            LZ4.decompress(in, length, utf8, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("a compressed column that is not one", e);
        }
        return utf8;
    }
}
