package io.newsdesk.enrich.page;

import io.newsdesk.enrich.text.WordList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A journalist's role as an author line prints it beside the name ("Political Editor", "Chief Reporter", "Local
 * Democracy Reporter"), told by the words of {@code lexicon/page/author-roles.txt} and the words that qualify them
 * ({@code lexicon/page/role-modifiers.txt}), so that a role is never read as another author, and a role run into a
 * name without a comma ("Siobhan Gallagher Health Editor") is left off it.
 */
final class JournalistRoles {
    private static final Set<String> ROLES = WordList.set("/lexicon/page/author-roles.txt");
    private static final Set<String> ROLE_MODIFIERS = WordList.set("/lexicon/page/role-modifiers.txt");
    /** Words of a role or place after the names ("Diplomatic Correspondent", "Mumbai"). */
    static final int MAX_ROLE_WORDS = 5;

    private JournalistRoles() {
    }

    /** A line of a few capitalised words naming a journalist's role ("Political Editor"), not a person. */
    static boolean isRole(String line) {
        String[] words = line.strip().split("[\\s,|\u00B7]+");
        if (words.length > MAX_ROLE_WORDS) {
            return false;
        }
        for (String w : words) {
            if (ROLES.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name among words that hold a role before or after it ("Chief Reporter Rajesh Nair", "Siobhan Gallagher Health
     * Editor" give the last two and the first two words), or null when no name of two words or more is left ("Staff
     * Reporter", "Sports Desk": a desk, not a person).
     */
    static List<String> nameWithoutRole(List<String> words) {
        int start = 0;
        while (start < words.size() && isRoleWord(words.get(start))) {
            start++;
        }
        int end = words.size();
        while (end > start && isRoleWord(words.get(end - 1))) {
            end--;
        }
        if (end - start < 2 || isRole(String.join(" ", words.subList(start, end)))) {
            return null;
        }
        return words.subList(start, end);
    }

    /**
     * Without the role each author's name carries after a comma when two are listed: "Amit Rao, Political Editor, and
     * Lena Fischer, Health Correspondent" reads as "Amit Rao and Lena Fischer".
     */
    static String withoutRoles(String t) {
        if (t.indexOf(',') < 0) {
            return t;
        }
        String[] parts = t.split(",");
        StringBuilder kept = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (isRole(part) && !part.startsWith("and ")) {
                continue; // isRole holds only for a few words
            }
            kept.append(part.startsWith("and ") || part.startsWith("& ") ? " " : ", ").append(part);
        }
        return kept.toString();
    }

    private static boolean isRoleWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return ROLES.contains(lower) || ROLE_MODIFIERS.contains(lower);
    }
}
