package io.newsdesk.publish.readmodel;

import io.newsdesk.schemas.Entity;
import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.PublishedArticle;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Identifies an entity page: its type and a URL-safe key made from the canonical name
 * ("David Trone" → {@code person/david-trone}). Names that differ only in case, accents or punctuation
 * share a page, which is what a reader expects of "Sao Paulo" and "São Paulo".
 */
public record EntityKey(EntityType type, String key) {
    public EntityKey {
        if (type == null || key == null || key.isEmpty()) {
            throw new IllegalArgumentException("entity key needs a type and a non-empty key");
        }
    }

    /** Empty when the name has no letters or digits to make a key of. */
    public static Optional<EntityKey> of(EntityType type, String name) {
        return Optional.ofNullable(orNull(type, name));
    }

    /** As {@link #of} without the Optional, for the read model's write path (every entity of every article). */
    static EntityKey orNull(EntityType type, String name) {
        String key = keyOf(name);
        return key.isEmpty() ? null : new EntityKey(type, key);
    }

    /**
     * Reads the {@link #path()} form back, as a search filter gives it ({@code person/lena-ortiz});
     * empty when the type is unknown or the key is not one {@link #of} would make.
     */
    public static Optional<EntityKey> parsePath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        String key = path.substring(slash + 1);
        return parseType(path.substring(0, slash))
                .filter(type -> !key.isEmpty() && keyOf(key).equals(key))
                .map(type -> new EntityKey(type, key));
    }

    /** Type and key as one string, {@code person/lena-ortiz}: the form the index files articles under. */
    public String path() {
        return pathType() + "/" + key;
    }

    /** The name this entity has in {@code article}, when the article mentions it. */
    public Optional<String> nameIn(PublishedArticle article) {
        for (Entity entity : article.getArticle().getEntities()) {
            if (entity.getType() == type && key.equals(keyOf(entity.getName()))) {
                return Optional.of(entity.getName());
            }
        }
        return Optional.empty();
    }

    /** The type as it appears in URLs: {@code person}, {@code organization}, {@code place}. */
    public String pathType() {
        return pathType(type);
    }

    public static String pathType(EntityType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the URL form and the British spelling, since readers type both. */
    public static Optional<EntityType> parseType(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "person", "people" -> Optional.of(EntityType.PERSON);
            case "organization", "organisation", "organizations", "organisations" -> Optional.of(EntityType.ORGANIZATION);
            case "place", "places" -> Optional.of(EntityType.PLACE);
            default -> Optional.empty();
        };
    }

    static String keyOf(String name) {
        if (name == null) {
            return "";
        }
        String folded = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return isAscii(folded) ? asciiKey(folded) : key(folded);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #key} for ASCII text, which is most names: NFKD leaves ASCII as it is and it has no marks,
     * so the key is made in one pass over the chars, folding case on the way. The general path (a
     * normalizer, a regex, a code-point array and a lower-cased copy per name) was most of what
     * indexing an article's entities cost.
     */
    private static String asciiKey(String text) {
        StringBuilder key = new StringBuilder(Math.min(text.length(), 120));
        boolean dash = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                key.append((char) (ch + ('a' - 'A')));
                dash = false;
            } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
                key.append(ch);
                dash = false;
            } else if (ch == '.' || ch == '\'') {
                continue;
            } else if (!dash && key.length() > 0) {
                key.append('-');
                dash = true;
            }
        }
        return trimmed(key);
    }

    private static String key(String folded) {
        StringBuilder key = new StringBuilder();
        boolean dash = false;
        for (int cp : folded.codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                // Non-Latin names keep their letters; links percent-encode them.
                key.appendCodePoint(cp);
                dash = false;
            } else if (cp == '.' || cp == '\'' || cp == '\u2019') {
                // "U.S." and "O'Brien" keep their letters together: us, obrien.
                continue;
            } else if (!dash && key.length() > 0) {
                key.append('-');
                dash = true;
            }
        }
        return trimmed(key);
    }

    private static String trimmed(StringBuilder key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '-') {
            end--;
        }
        return key.substring(0, Math.min(end, 120));
    }
}
