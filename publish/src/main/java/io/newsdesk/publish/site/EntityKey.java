package io.newsdesk.publish.site;

import io.newsdesk.schemas.EntityType;
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
        String key = keyOf(name);
        return key.isEmpty() ? Optional.empty() : Optional.of(new EntityKey(type, key));
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
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
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
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '-') {
            end--;
        }
        return key.substring(0, Math.min(end, 120));
    }
}
