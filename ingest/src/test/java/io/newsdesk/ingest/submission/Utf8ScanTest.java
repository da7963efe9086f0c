package io.newsdesk.ingest.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8ScanTest {
    private final CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /** Where the JDK's strict decoder stops, as SubmissionParser reported it before Utf8Scan: -1 for well-formed. */
    private int jdkFirstMalformedByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            jdk.reset().decode(in);
            return -1;
        } catch (CharacterCodingException e) {
            return in.position();
        }
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void namedIllFormedSequencesAreFoundAtTheirFirstByte() {
        byte[] prefix = "ab".getBytes(StandardCharsets.US_ASCII);
        for (String bad : List.of(
                "80", "BF",                     // a continuation byte with no lead
                "C0 AF", "C1 BF",               // overlong two-byte forms of ASCII
                "E0 80 AF", "E0 9F BF",         // overlong three-byte forms
                "F0 80 80 AF", "F0 8F BF BF",   // overlong four-byte forms
                "ED A0 80", "ED BF BF",         // UTF-16 surrogates D800 and DFFF encoded as bytes
                "ED A0 BD ED B2 A9",            // a surrogate pair encoded as two three-byte sequences (CESU-8)
                "F4 90 80 80", "F5 80 80 80",   // above U+10FFFF
                "FE", "FF",                     // never in UTF-8
                "C3 28", "E2 82 28", "F0 9F 98 28", // a lead byte followed by too few continuation bytes
                "C3", "E2 82", "F0 9F 98")) {   // cut short at the end of the input
            byte[] input = concat(prefix, bytes(bad));
            assertEquals(prefix.length, Utf8Scan.of(input).firstMalformedByte(), bad);
            assertEquals(prefix.length, jdkFirstMalformedByte(input), "the JDK decoder agrees on " + bad);
        }
    }

    @Test
    void wellFormedSequencesAtTheEdgesOfEachRangePass() {
        for (String good : List.of("7F", "C2 80", "DF BF", "E0 A0 80", "ED 9F BF", "EE 80 80", "EF BF BF",
                "F0 90 80 80", "F4 8F BF BF", "EF BB BF")) {
            byte[] input = concat("x".getBytes(StandardCharsets.US_ASCII), bytes(good), "y".getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, Utf8Scan.of(input).firstMalformedByte(), good);
        }
        assertEquals(-1, Utf8Scan.of(new byte[0]).firstMalformedByte());
    }

    @Test
    void agreesWithTheJdkDecoderOnEveryTwoByteSequenceAndEveryLeadWithEdgeContinuations() {
        int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        // Each sequence at the very end and followed by more input; at the start, and a few bytes into
        // the second eight-byte word, so both the word and the byte-by-byte loops meet it.
        for (String prefix : List.of("", "abcdefghijk")) {
            byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
            for (int lead = 0x80; lead <= 0xFF; lead++) {
                for (int second = 0; second <= 0xFF; second++) {
                    assertAgrees(concat(head, new byte[] {(byte) lead, (byte) second}));
                    assertAgrees(concat(head, new byte[] {(byte) lead, (byte) second, 'z'}));
                }
                for (int second : edges) {
                    for (int third : edges) {
                        assertAgrees(concat(head, new byte[] {(byte) lead, (byte) second, (byte) third}));
                        for (int fourth : edges) {
                            assertAgrees(concat(head, new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth}));
                        }
                    }
                }
            }
        }
    }

    @Test
    void agreesWithTheJdkDecoderOnRandomBytesMostlyText() {
        Random random = new Random(20261128L);
        byte[] text = "Court adjourns \u00e9t\u00e9 \u2014 \uD83D\uDEA2 trial\n\"quoted\" \\ end".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] input = new byte[random.nextInt(40)];
            for (int i = 0; i < input.length; i++) {
                input[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : text[random.nextInt(text.length)];
            }
            assertAgrees(input);
        }
    }

    private void assertAgrees(byte[] input) {
        assertEquals(jdkFirstMalformedByte(input), Utf8Scan.of(input).firstMalformedByte(), () -> HexFormat.of().formatHex(input));
    }

    private static boolean mayHoldRefused(String jsonOrText) {
        return Utf8Scan.of(jsonOrText.getBytes(StandardCharsets.UTF_8)).mayHoldRefusedCharacters();
    }

    @Test
    void textWithOnlyLineBreaksTabsQuotesAndNonAsciiNeedsNoCheck() {
        assertFalse(mayHoldRefused("{\"body\": \"Para one.\\n\\nPara \\\"two\\\",\\ta \\\\ and a \\/.\\r\\n\"}"));
        assertFalse(mayHoldRefused("{\"body\": \"caf\u00e9 \u2014 \uD83D\uDEA2 \u2028 \u00a0 \uFFFF\"}\n"));
        assertFalse(mayHoldRefused("\uFEFF{\"body\": \"\\u00e9\\u000a\\u000D\\u0009\\u007e\\u00a0\\uE000\"}"));
        // An escaped backslash followed by "u0007" is a backslash and text, not an escape.
        assertFalse(mayHoldRefused("{\"body\": \"C:\\\\u0007\"}"));
        assertFalse(mayHoldRefused(""));
    }

    @Test
    void anyWayOfWritingARefusedCharacterNeedsTheCheck() {
        for (String refused : List.of("\\b", "\\f", "\\u0007", "\\u0000", "\\u001F", "\\u007f", "\\u0085", "\\u009F",
                "\\ud83d\\udea2", "\\uDC00", "\\u12", "\\x", "\u007f", "\u0085", "\u009f", "\u0001", "\u000b", "\u001f")) {
            assertTrue(mayHoldRefused("{\"body\": \"text " + refused + " more\"}"), refused);
        }
    }

    @Test
    void aRefusedByteIsSeenAtEveryOffsetOfAWordAndInTheTail() {
        for (int length = 1; length <= 20; length++) {
            assertFalse(mayHoldRefused("a".repeat(length)), "plain text of length " + length);
            for (int at = 0; at < length; at++) {
                for (String refused : List.of("\u0001", "\u007f", "\\b")) {
                    String text = "a".repeat(at) + refused + "a".repeat(length - at - 1);
                    assertTrue(mayHoldRefused(text), refused + " at " + at + " of " + length);
                }
                // Bytes just inside the plain range either side of each boundary the word test draws.
                String edges = "a".repeat(at) + " ~[]\t" + "a".repeat(length - at - 1);
                assertFalse(mayHoldRefused(edges), "edges at " + at);
            }
        }
    }

    @Test
    void blankMeansWhatStringIsBlankMeans() {
        for (String text : List.of("", " ", " \n\t\r ", "\u3000", "\u2028\u2029", "\u001c\u001f", "\u000b\u000c",
                "\u00a0", "\u2007", "\u202f", "{}", " x ", "\uFEFF", "\u1680", "\uD83D\uDEA2")) {
            assertEquals(text.isBlank(), Utf8Scan.isBlank(text.getBytes(StandardCharsets.UTF_8), 0), text);
        }
        byte[] afterPrefix = "{} \u3000 ".getBytes(StandardCharsets.UTF_8);
        assertTrue(Utf8Scan.isBlank(afterPrefix, 2));
        assertFalse(Utf8Scan.isBlank(afterPrefix, 1));
    }
}
