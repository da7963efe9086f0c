package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** An entity while the recognizer is still collecting its mentions, titles and aliases. */
final class EntityDraft {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SUFFIX = Pattern.compile("(?:Jr\\.?|Sr\\.?|II|III|IV)");

    final EntityType type;
    final String canonical;
    // Computed once: the recognizer looks people up by surname for every capitalised token.
    private final String surname;
    String isoCode;
    String kind;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> titles = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    boolean inHeadline;

    EntityDraft(EntityType type, String canonical) {
        this.type = type;
        this.canonical = canonical;
        this.surname = surnameOf(canonical);
    }

    static String key(EntityType type, String canonical) {
        return type + "|" + canonical;
    }

    void mention(int start, int end, String text) {
        for (Mention m : mentions) {
            if (m.getStart() == start && m.getEnd() == end) {
                return;
            }
        }
        mentions.add(new Mention(start, end, text));
        if (!text.equals(canonical)) {
            aliases.add(text);
        }
    }

    /** "Trone" for "David Trone", ignoring "Jr." and numerals. */
    String surname() {
        return surname;
    }

    private static String surnameOf(String canonical) {
        String[] parts = WHITESPACE.split(canonical);
        for (int i = parts.length - 1; i > 0; i--) {
            String p = parts[i].replace(",", "");
            if (!SUFFIX.matcher(p).matches()) {
                return p;
            }
        }
        return null;
    }
}
