package io.newsdesk.publish.readmodel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in a listing (newest first publication first, ties by article id): the sort values of one
 * article. Pages link to the next with the cursor of their last article, so an old page costs what
 * the first one does, and a reader paging back through the archive is not shifted by new articles.
 *
 * <p>As text ({@link #token()}, in links): the first-publication instant in epoch milliseconds, a dot,
 * and the article id.
 */
public record Cursor(long firstPublishedMillis, String articleId) {
    public Cursor {
        Objects.requireNonNull(articleId, "articleId");
    }

    public static Cursor of(Instant firstPublished, String articleId) {
        return new Cursor(firstPublished.toEpochMilli(), articleId);
    }

    public String token() {
        return firstPublishedMillis + "." + articleId;
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
            return Optional.of(new Cursor(Long.parseLong(token.substring(0, dot)), token.substring(dot + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
