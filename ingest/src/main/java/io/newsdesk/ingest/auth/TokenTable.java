package io.newsdesk.ingest.auth;

import io.newsdesk.ingest.submission.SourceNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which bearer token belongs to which source. Only SHA-256 hashes of the tokens are kept, and a
 * lookup compares the presented token's hash with every entry, each in constant time
 * ({@link MessageDigest#isEqual}), without stopping at a match: how long a lookup takes says nothing
 * about how close a guess was or which source it matched. A source may hold several tokens (so a
 * token can be rotated without downtime); a token belongs to exactly one source.
 *
 * <p>{@link #toString()} names the sources, never a token.
 */
public final class TokenTable {
    public static final int MIN_TOKEN_LENGTH = 16;

    private record Entry(String source, byte[] hash) {
    }

    private final List<Entry> entries;

    private TokenTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static TokenTable empty() {
        return new TokenTable(List.of());
    }

    /**
     * Parses {@code source:token} entries separated by commas or line breaks; blank entries and lines
     * starting with {@code #} are skipped. Errors name the entry by position and source, never by token.
     *
     * @param origin where the text came from, for error messages (a config key or a file name)
     */
    public static TokenTable parse(String text, String origin) {
        TokenTable table = empty();
        if (text == null) {
            return table;
        }
        int position = 0;
        for (String raw : text.split("[,\\r\\n]+")) {
            String entry = raw.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            position++;
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(origin + ": entry " + position + " is not source:token");
            }
            table = table.with(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip(),
                    origin + ": entry " + position);
        }
        return table;
    }

    /** A copy with one more token: how the launcher adds the token it generated for a local run. */
    public TokenTable with(String source, String token) {
        return with(source, token, "token for source " + source);
    }

    private TokenTable with(String source, String token, String where) {
        if (!SourceNames.isValid(source)) {
            throw new IllegalArgumentException(where + ": source " + SourceNames.RULE);
        }
        if (token.length() < MIN_TOKEN_LENGTH || token.chars().anyMatch(c -> c <= ' ' || c == ',' || c >= 0x7f)) {
            throw new IllegalArgumentException(where + " (source " + source + "): a token must be at least "
                    + MIN_TOKEN_LENGTH + " printable ASCII characters without spaces or commas");
        }
        byte[] hash = hash(token);
        Optional<String> owner = sourceOf(hash);
        if (owner.isPresent()) {
            throw new IllegalArgumentException(where + " (source " + source + "): the same token is already given to "
                    + (owner.get().equals(source) ? "this source" : "source " + owner.get()));
        }
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(source, hash));
        return new TokenTable(more);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int size() {
        return entries.size();
    }

    public Set<String> sources() {
        Set<String> sources = new TreeSet<>();
        entries.forEach(e -> sources.add(e.source()));
        return sources;
    }

    /** The source the token belongs to, if any. */
    public Optional<String> sourceOf(String token) {
        return sourceOf(hash(token));
    }

    private Optional<String> sourceOf(byte[] presented) {
        String match = null;
        for (Entry e : entries) {
            // No early exit: every lookup does the same work whether and where it matches.
            if (MessageDigest.isEqual(e.hash(), presented)) {
                match = e.source();
            }
        }
        return Optional.ofNullable(match);
    }

    /*
     * Hashing first gives equal-length inputs to isEqual (so the comparison time does not reveal the
     * token's length) and keeps the plain tokens out of the heap after configuration is read.
     */
    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "TokenTable" + sources() + " (" + entries.size() + " tokens)";
    }
}
