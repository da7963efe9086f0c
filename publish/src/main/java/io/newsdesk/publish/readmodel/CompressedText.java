package io.newsdesk.publish.readmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * A text kept in a column of the index, compressed with LZ4 (the compression Lucene uses for its own
 * stored fields): its UTF-8 length, then the compressed bytes. A column is read without decompressing
 * whatever else a document stores.
 */
final class CompressedText {
    private CompressedText() {
    }

    static BytesRef encode(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(utf8.length);
            LZ4.compress(utf8, 0, utf8.length, out, new LZ4.FastCompressionHashTable());
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static String decode(BytesRef bytes) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int length = in.readVInt();
        byte[] utf8 = new byte[length];
        try {
            LZ4.decompress(in, length, utf8, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("a compressed text column that is not one", e);
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
