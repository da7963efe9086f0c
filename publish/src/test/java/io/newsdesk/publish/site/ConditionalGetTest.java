package io.newsdesk.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameBytesGetTheSameTag() {
        assertEquals(ConditionalGet.etag(bytes("<p>Court adjourned until Monday.</p>")),
                ConditionalGet.etag(bytes("<p>Court adjourned until Monday.</p>")));
    }

    @Test
    void anEditOfTheSameLengthChangesTheTag() {
        // A corrected figure keeps the page's length: the checksums, not the length, must tell them apart.
        assertNotEquals(ConditionalGet.etag(bytes("<p>Fined 4,500 pounds.</p>")),
                ConditionalGet.etag(bytes("<p>Fined 5,400 pounds.</p>")));
        assertNotEquals(ConditionalGet.etag(bytes("ab")), ConditionalGet.etag(bytes("ba")));
    }

    @Test
    void theTagIsAPlainTokenWithTheLength() {
        String tag = ConditionalGet.etag(bytes("x".repeat(300)));
        assertTrue(tag.matches("[0-9a-f]{16}-12c"), tag);
        assertEquals("0000000000000000-0", ConditionalGet.etag(new byte[0]));
    }
}
