package io.newsdesk.publish.readmodel;

import java.time.Instant;
import java.util.Optional;

/**
 * A place in a listing (newest first publication first, ties by a number derived from the article id):
 * the sort values of one article. Pages link to the next with the cursor of their last article, so an old
 * page costs what the first one does, and a reader paging back through the archive is not shifted by new
 * articles.
 *
 * <p>As text ({@link #token()}, in links): the first-publication instant in epoch milliseconds, a dot,
 * and the tie-break in hexadecimal.
 */
public record Cursor(long firstPublishedMillis, long tiebreak) {
    /** The position of the article with this id, first published then. */
    public static Cursor of(Instant firstPublished, String articleId) {
        return new Cursor(firstPublished.toEpochMilli(), ArticleFields.tiebreak(articleId));
    }

    public String token() {
        return firstPublishedMillis + "." + Long.toHexString(tiebreak);
    }

    /** Empty for anything {@link #token()} did not make. */
    public static Optional<Cursor> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Cursor(Long.parseLong(token.substring(0, dot)), Long.parseUnsignedLong(token.substring(dot + 1), 16)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
