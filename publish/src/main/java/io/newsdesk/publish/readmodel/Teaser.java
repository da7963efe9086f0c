package io.newsdesk.publish.readmodel;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.lucene.util.BytesRef;

/**
 * What a listing shows of an article (home, topic and entity pages, "Recent Posts"): its address,
 * headline, dates, byline, summary and whether it was corrected. The index keeps it as a small column of
 * its own, so a page of twenty teasers reads a few kilobytes instead of twenty whole articles. Values are
 * raw (unescaped), as {@link ArticleView} gives them.
 *
 * @param byline  as submitted, or null
 * @param summary or null
 */
public record Teaser(String articleId, String slug, String headline, Instant firstPublishedAt, Instant publishedAt,
                     String byline, String summary, String language, boolean corrected) {

    public static Teaser of(ArticleView a) {
        return new Teaser(a.articleId(), a.slug(), a.headline(), a.firstPublishedAt(), a.publishedAt(),
                a.byline().orElse(null), a.summary().orElse(null), a.language(), !a.corrections().isEmpty());
    }

    /** The column's bytes: fields in order, strings as UTF-8 with their length, null as length -1. */
    BytesRef encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String s : new String[] {articleId, slug, headline, byline, summary, language}) {
                if (s == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            out.writeLong(firstPublishedAt.toEpochMilli());
            out.writeLong(publishedAt.toEpochMilli());
            out.writeBoolean(corrected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(bytes.toByteArray());
    }

    static Teaser decode(BytesRef bytes) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes.bytes, bytes.offset, bytes.length))) {
            String[] s = new String[6];
            for (int i = 0; i < s.length; i++) {
                int length = in.readInt();
                if (length >= 0) {
                    byte[] utf8 = new byte[length];
                    in.readFully(utf8);
                    s[i] = new String(utf8, StandardCharsets.UTF_8);
                }
            }
            return new Teaser(s[0], s[1], s[2], Instant.ofEpochMilli(in.readLong()), Instant.ofEpochMilli(in.readLong()),
                    s[3], s[4], s[5], in.readBoolean());
        } catch (IOException e) {
            throw new UncheckedIOException("a teaser column that is not one", e);
        }
    }
}
