package io.newsdesk.ingest.submission;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One pass over a request body's bytes, before any text is built from them, that answers two
 * questions:
 * <ul>
 *   <li>Is it strict UTF-8? The JDK's {@code CharsetDecoder} with {@code REPORT} refuses exactly the
 *       sequences refused here (the Unicode standard's well-formed table, Table 3-7: no overlong forms
 *       {@code C0}, {@code C1}, {@code E0 80..9F}, {@code F0 80..8F}; no UTF-16 surrogates encoded as
 *       bytes, {@code ED A0..BF}; nothing above U+10FFFF, {@code F4 90..BF}, {@code F5..FF}; no stray
 *       continuation byte; no sequence cut short), and stops at the same byte: the first byte of the
 *       first ill-formed sequence, without decoding the body to a String only to check it (decoder,
 *       CharBuffer, toString: two copies of a 1-10 KB body; see BENCHMARKS.md).</li>
 *   <li>Can any text in it hold a character that even a multi-line field refuses (a control character
 *       other than {@code \n}, {@code \r} and {@code \t}, or a surrogate)? Raw, such characters are
 *       bytes {@code 00..1F} other than those three, {@code 7F}, or {@code C2 80..9F}; in JSON they can
 *       also be written as the escapes {@code \b}, {@code \f} or {@code \\uXXXX}. When none of these
 *       occurs anywhere in the body, a multi-line field such as {@code body} needs no check of its own,
 *       and the decoded 1-10 KB body is not scanned again char by char.</li>
 * </ul>
 * The second answer may say "maybe" for text that turns out fine (an escape in a field name, a
 * {@code \\uXXXX} pair that makes an emoji): the field is then checked char by char, as before.
 */
final class Utf8Scan {
    /** Eight bytes at a time over the plain ASCII runs that make up most of a submission. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long SPACES = 0x20 * ONES;
    private static final long BACKSLASHES = '\\' * ONES;

    private final int firstMalformedByte;
    private final boolean mayHoldRefusedCharacters;

    private Utf8Scan(int firstMalformedByte, boolean mayHoldRefusedCharacters) {
        this.firstMalformedByte = firstMalformedByte;
        this.mayHoldRefusedCharacters = mayHoldRefusedCharacters;
    }

    /** The offset of the first byte of the first ill-formed sequence, or -1 when the bytes are strict UTF-8. */
    int firstMalformedByte() {
        return firstMalformedByte;
    }

    /**
     * False only when no text in the body, read as JSON or as plain text, can hold a control character
     * other than {@code \n}, {@code \r} and {@code \t}, or a surrogate. Meaningful only for well-formed bytes.
     */
    boolean mayHoldRefusedCharacters() {
        return mayHoldRefusedCharacters;
    }

    static Utf8Scan of(byte[] bytes) {
        int length = bytes.length;
        boolean refusable = false;
        int i = 0;
        while (i < length) {
            while (i + Long.BYTES <= length && isPlainAscii((long) LONGS.get(bytes, i))) {
                i += Long.BYTES;
            }
            if (i >= length) {
                break;
            }
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                int sequence = sequenceLength(bytes, i, b);
                if (sequence == 0) {
                    return new Utf8Scan(i, true);
                }
                if (b == 0xC2 && (bytes[i + 1] & 0xFF) <= 0x9F) {
                    refusable = true; // U+0080..U+009F, the C1 controls
                }
                i += sequence;
            } else if (b == '\\') {
                int escaped = i + 1 < length ? bytes[i + 1] : -1;
                if (escaped == '"' || escaped == '\\' || escaped == '/' || escaped == 'n' || escaped == 'r' || escaped == 't') {
                    // The escaped byte belongs to the backslash: "\\\\u0007" is a backslash and text, not an escape.
                    i += 2;
                } else if (escaped == 'u') {
                    int unit = hex4(bytes, i + 2);
                    if (unit < 0 || isRefusedInMultilineText(unit)) {
                        refusable = true;
                    }
                    // The four hex digits are plain ASCII and are scanned as such.
                    i += 2;
                } else {
                    // \b, \f, or no escape JSON knows (the parser refuses those). The next byte is scanned
                    // on its own: it may start a multi-byte sequence that must be checked.
                    refusable = true;
                    i++;
                }
            } else {
                if (b == 0x7F || (b < 0x20 && b != '\n' && b != '\r' && b != '\t')) {
                    refusable = true;
                }
                i++;
            }
        }
        return new Utf8Scan(-1, refusable);
    }

    /** True when none of the eight bytes is {@code >= 0x7F}, {@code < 0x20} or a backslash. */
    private static boolean isPlainAscii(long word) {
        // Bit tricks on all eight bytes at once (exact for "is there such a byte"): a high bit set by
        // the byte itself or by adding 1 to it (7F); a borrow when subtracting 0x20 from a byte below
        // 0x80; a zero byte after XOR with backslashes.
        long highOrDelete = (word | (word + ONES)) & HIGH_BITS;
        long control = (word - SPACES) & ~word & HIGH_BITS;
        long noBackslash = word ^ BACKSLASHES;
        long backslash = (noBackslash - ONES) & ~noBackslash & HIGH_BITS;
        return (highOrDelete | control | backslash) == 0;
    }

    private static boolean isRefusedInMultilineText(int unit) {
        return (unit < 0x20 && unit != '\n' && unit != '\r' && unit != '\t')
                || (unit >= 0x7F && unit <= 0x9F)
                || (unit >= Character.MIN_SURROGATE && unit <= Character.MAX_SURROGATE);
    }

    /** The value of the four hex digits at {@code at}, or -1 when there are not four. */
    private static int hex4(byte[] bytes, int at) {
        if (at + 4 > bytes.length) {
            return -1;
        }
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = Character.digit(bytes[i], 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** The length of the well-formed sequence whose lead byte (>= 0x80) is at {@code at}, or 0 if it is ill-formed. */
    private static int sequenceLength(byte[] bytes, int at, int lead) {
        int remaining = bytes.length - at;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return remaining >= 2 && isContinuation(bytes[at + 1], 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            // E0: the second byte must be A0.. (else overlong); ED: ..9F (else a UTF-16 surrogate).
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return remaining >= 3 && isContinuation(bytes[at + 1], low, high)
                    && isContinuation(bytes[at + 2], 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            // F0: the second byte must be 90.. (else overlong); F4: ..8F (else above U+10FFFF).
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return remaining >= 4 && isContinuation(bytes[at + 1], low, high)
                    && isContinuation(bytes[at + 2], 0x80, 0xBF) && isContinuation(bytes[at + 3], 0x80, 0xBF) ? 4 : 0;
        }
        // 80..BF (a continuation byte with no lead), C0, C1 (always overlong) and F5..FF (never used).
        return 0;
    }

    private static boolean isContinuation(byte b, int low, int high) {
        int value = b & 0xFF;
        return value >= low && value <= high;
    }

    /**
     * Whether well-formed UTF-8 from {@code from} on holds only whitespace as {@link String#isBlank()}
     * sees it ({@link Character#isWhitespace(int)}), decided without building the String: a
     * submission's first non-blank byte is nearly always its opening brace.
     */
    static boolean isBlank(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int codePoint;
            int size;
            if (b < 0x80) {
                codePoint = b;
                size = 1;
            } else if (b < 0xE0) {
                codePoint = (b & 0x1F) << 6 | (bytes[i + 1] & 0x3F);
                size = 2;
            } else if (b < 0xF0) {
                codePoint = (b & 0x0F) << 12 | (bytes[i + 1] & 0x3F) << 6 | (bytes[i + 2] & 0x3F);
                size = 3;
            } else {
                codePoint = (b & 0x07) << 18 | (bytes[i + 1] & 0x3F) << 12 | (bytes[i + 2] & 0x3F) << 6 | (bytes[i + 3] & 0x3F);
                size = 4;
            }
            if (!Character.isWhitespace(codePoint)) {
                return false;
            }
            i += size;
        }
        return true;
    }
}
