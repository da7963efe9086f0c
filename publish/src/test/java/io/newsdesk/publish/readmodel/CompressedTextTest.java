package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class CompressedTextTest {

    @Test
    void givesBackEveryTextItWasGivenAndKeepsRepetitiveTextSmall() {
        String body = "The council met on Tuesday. ".repeat(200) + "Résumé, naïve café — “quoted” 🚒.";
        BytesRef encoded = CompressedText.encode(body);
        assertEquals(body, CompressedText.decode(encoded));
        assertTrue(encoded.length < body.length() / 4, "repeated text compresses: " + encoded.length + " bytes");
    }

    @Test
    void givesBackEmptyShortAndIncompressibleTexts() {
        Random random = new Random(42);
        for (int length : new int[] {0, 1, 7, 8, 15, 16, 64, 1000, 70_000}) {
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append((char) (' ' + random.nextInt(95)));
            }
            assertEquals(text.toString(), CompressedText.decode(CompressedText.encode(text.toString())), "length " + length);
        }
    }

    @Test
    void givesBackAnyBytes() {
        byte[] bytes = new byte[3000];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        assertArrayEquals(bytes, CompressedText.decodeBytes(CompressedText.encode(bytes)));
        assertArrayEquals(new byte[0], CompressedText.decodeBytes(CompressedText.encode(new byte[0])));
    }

    @Test
    void readsTheTextFromTheMiddleOfALargerArray() {
        BytesRef encoded = CompressedText.encode("a body in a column");
        byte[] padded = new byte[encoded.length + 10];
        System.arraycopy(encoded.bytes, encoded.offset, padded, 5, encoded.length);
        assertEquals("a body in a column", CompressedText.decode(new BytesRef(padded, 5, encoded.length)));
    }
}
