package io.newsdesk.ingest.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SubmissionParser#parseJson} works on the request's bytes (one scan, Jackson's byte parser,
 * char-by-char checks only where the scan says they can find something); {@code parseJsonAsText}
 * is the plain reading it replaced (strict JDK decoding, Jackson's char parser, every field checked).
 * For every request the two must give the same answer: the same submission, or the same problems
 * word for word. The requests are realistic submissions with bytes inserted, replaced or removed at
 * random, from an alphabet of what breaks JSON, UTF-8 and the text rules.
 */
class ParseJsonPathsAgreeTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final SubmissionParser parser = new SubmissionParser(Clock.fixed(NOW, ZoneOffset.UTC));

    private static final List<String> SUBMISSIONS = List.of(
            """
            {"source": "harbour-courier", "externalId": "hc-1001", "headline": "Ferry fares to rise in spring",
             "body": "The council approved the new fares on Tuesday.\\n\\n\\"We had no choice,\\" the mayor said.", "language": "en"}""",
            "\uFEFF{\"source\":\"harbour-courier\",\"externalId\":\"hc-1002\",\"headline\":\"Caf\u00e9 owner fined \u2014 \uD83D\uDEA2\","
                    + "\"body\":\"Line one\\r\\nLine two\\tindented \\u00e9\\u000a \\/ \\\\ done\",\"bodyFormat\":\"html\","
                    + "\"byline\":\"By A. Reporter\",\"section\":\"courts\",\"firstCreated\":\"2025-05-31T08:15:00+02:00\","
                    + "\"correctionNote\":\"An earlier version\\nmisspelt a name.\",\"version\":3}",
            "{\"externalId\":\"x\",\"headline\":\"H\",\"body\":\"\\ud83d\\udea2 \\u0085 C:\\\\u0007\",\"url\":\"https://courier.example/a\"}");

    private static final List<byte[]> NOISE = List.of(
            bytes(0x00), bytes(0x01), bytes(0x08), bytes(0x09), bytes(0x0A), bytes(0x1F), bytes(0x7F), bytes(0x20),
            bytes(0xC2, 0x85), bytes(0xC2, 0xA0), bytes(0xC3, 0xA9), bytes(0xE2, 0x80, 0xA8), bytes(0xE3, 0x80, 0x80),
            bytes(0xEF, 0xBB, 0xBF), bytes(0xF0, 0x9F, 0x9A, 0xA2), bytes(0x80), bytes(0xC0, 0xAF), bytes(0xC3),
            bytes(0xE0, 0x80, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80), bytes(0xFF), bytes(0xFE),
            ascii("\\"), ascii("\\u"), ascii("\\u0007"), ascii("\\ud800"), ascii("\\udc00"), ascii("\\b"), ascii("\\f"),
            ascii("\\n"), ascii("\\\\"), ascii("\""), ascii("{"), ascii("}"), ascii("["), ascii(","), ascii(":"),
            ascii("null"), ascii("1e400"), ascii("\"body\": \"x\""), ascii("\"extra\": 1,"), ascii(" {}"));

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Property(tries = 3_000)
    void theByteAndTextPathsGiveTheSameAnswer(@ForAll("requests") byte[] request) {
        assertEquals(parser.parseJsonAsText(request, "harbour-courier"), parser.parseJson(request, "harbour-courier"),
                () -> HexFormat.of().formatHex(request));
        assertEquals(parser.parseJsonAsText(request, null), parser.parseJson(request, null),
                () -> HexFormat.of().formatHex(request));
    }

    @Provide
    Arbitrary<byte[]> requests() {
        // Each submission in UTF-8, and the first also in UTF-16 (ASCII and NULs as UTF-8), which a byte
        // parser guessing the encoding would read differently.
        Arbitrary<byte[]> submission = Arbitraries.oneOf(
                Arbitraries.of(SUBMISSIONS).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(SUBMISSIONS.get(0).getBytes(StandardCharsets.UTF_16LE),
                        SUBMISSIONS.get(0).getBytes(StandardCharsets.UTF_16BE)));
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 4),
                Arbitraries.of(NOISE)).as(Edit::new);
        return Combinators.combine(submission, edit.list().ofMinSize(0).ofMaxSize(4)).as((bytes, edits) -> {
            byte[] out = bytes;
            for (Edit e : edits) {
                out = e.applyTo(out);
            }
            return out;
        });
    }

    /** Replace {@code removed} bytes at a position (modulo the length) with {@code inserted}. */
    private record Edit(int position, int removed, byte[] inserted) {
        byte[] applyTo(byte[] in) {
            int at = in.length == 0 ? 0 : position % (in.length + 1);
            int end = Math.min(in.length, at + removed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(in, 0, at);
            out.writeBytes(inserted);
            out.write(in, end, in.length - end);
            return out.toByteArray();
        }
    }
}
