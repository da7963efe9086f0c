package io.newsdesk.enrich.entities;

import io.newsdesk.schemas.EntityType;
import io.newsdesk.schemas.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An entity while the recognizer is still collecting its mentions, titles and aliases. */
final class EntityDraft {

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

    /** What makes two drafts the same entity. */
    record Key(EntityType type, String canonical) {
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

    /**
     * The last word of the name that is not a suffix ("Jr.", "III"), commas dropped, never the first word.
     * Words are what {@code canonical.split("\\s+")} gives (a leading space makes an empty first word); a
     * scan from the end finds the same word without splitting the whole name into strings.
     */
    static String surnameOf(String canonical) {
        int n = canonical.length();
        int firstWordEnd = 0; // the first word (index 0 of the split) is never the surname
        while (firstWordEnd < n && !isRegexSpace(canonical.charAt(firstWordEnd))) {
            firstWordEnd++;
        }
        int end = n;
        while (true) {
            while (end > firstWordEnd && isRegexSpace(canonical.charAt(end - 1))) {
                end--;
            }
            if (end <= firstWordEnd) {
                return null;
            }
            int start = end;
            while (start > firstWordEnd && !isRegexSpace(canonical.charAt(start - 1))) {
                start--;
            }
            String p = canonical.substring(start, end).replace(",", "");
            if (!isSuffix(p)) {
                return p;
            }
            end = start;
        }
    }

    /** (?:Jr\\.?|Sr\\.?|II|III|IV), the whole word. */
    private static boolean isSuffix(String p) {
        return p.equals("Jr") || p.equals("Jr.") || p.equals("Sr") || p.equals("Sr.") || p.equals("II") || p.equals("III")
                || p.equals("IV");
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
