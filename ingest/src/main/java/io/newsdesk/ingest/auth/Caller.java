package io.newsdesk.ingest.auth;

import java.util.Optional;

/**
 * Who is submitting. With tokens configured, every caller is the source its token belongs to and may
 * submit only as that source. Without tokens (local development), the caller is anonymous and the
 * request names its source itself.
 */
public record Caller(Optional<String> source) {

    public static Caller anonymous() {
        return new Caller(Optional.empty());
    }

    public static Caller of(String source) {
        return new Caller(Optional.of(source));
    }

    /** The source to use when a request names none; null for an anonymous caller. */
    public String impliedSource() {
        return source.orElse(null);
    }

    /** Whether this caller may submit as {@code declared}: only as itself, unless anonymous. */
    public boolean mayActFor(String declared) {
        return source.isEmpty() || source.get().equals(declared);
    }
}
