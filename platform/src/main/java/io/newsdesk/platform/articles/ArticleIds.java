package io.newsdesk.platform.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The stable id of an article: the same {@code source} and {@code externalId} always give the same
 * id, so a resubmission is an update of the article and not a new one.
 *
 * <p>The id is the first 160 bits of SHA-256 over {@code source NUL externalId}, written as 32
 * lower-case base32 characters: URL-safe, case-insensitive, and it neither leaks nor depends on the
 * shape of a source's own ids (which may hold slashes, spaces or whole URLs). The NUL separator keeps
 * {@code ("ab", "c")} and {@code ("a", "bc")} apart; sources cannot contain NUL (they are validated).
 */
public final class ArticleIds {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int ID_BYTES = 20;

    private ArticleIds() {
    }

    public static String of(String source, String externalId) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
        sha256.update(source.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0);
        sha256.update(externalId.getBytes(StandardCharsets.UTF_8));
        return base32(sha256.digest(), ID_BYTES);
    }

    private static String base32(byte[] bytes, int length) {
        // 20 bytes = 160 bits = exactly 32 groups of 5 bits: no padding needed.
        StringBuilder out = new StringBuilder(length * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
