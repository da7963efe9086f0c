package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.Token;
import java.util.Locale;
import java.util.Set;

/**
 * Roles written next to a person's name, as appositives: after it ("David Trone, a Maryland Democrat who
 * ...") or before it ("Mexico's former ambassador to the United States, Arturo Sarukhan,"). A phrase is a
 * role when it names one ("ambassador", "Democrat") and holds no verb-like word; it becomes a title of the person.
 */
final class Appositives {
    /** The longest appositive read after and before a name, in tokens. */
    private static final int LONGEST_AFTER = 14;
    private static final int LONGEST_BEFORE = 12;
    /** Auxiliaries that make a phrase a clause, not a role ("who was", "has been"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "has", "had", "will");

    private Appositives() {
    }

    /** Adds the roles written around the person's mention at tokens [start, end) to its titles. */
    static void roles(Recognition r, EntityDraft d, int start, int end) {
        if (end + 1 < r.size() && r.token(end).text().equals(",")) {
            int k = end + 1;
            int stop = k;
            while (stop < r.size() && stop - k < LONGEST_AFTER && !endsAppositiveAfter(r.token(stop).text())) {
                stop++;
            }
            if (stop > k && rolePhrase(r, k, stop, true)) {
                d.titles.add(r.slice(k, stop));
            }
        }
        if (start >= 2 && r.token(start - 1).text().equals(",")) {
            int stop = start - 1;
            int k = stop;
            while (k - 1 >= 0 && stop - k < LONGEST_BEFORE && !endsAppositiveBefore(r.token(k - 1).text())) {
                k--;
            }
            while (k < stop && (r.lower(k).equals("and") || r.lower(k).equals("but"))) {
                k++;
            }
            if (k < stop && r.text.sentenceOf(k) == r.text.sentenceOf(start) && rolePhrase(r, k, stop, false)) {
                d.titles.add(r.slice(k, stop));
            }
        }
    }

    private static boolean endsAppositiveAfter(String w) {
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\u2014") || w.equals("(") || w.equals("\"")
                || w.equals("\u201C") || w.equals("\u201D") || w.equalsIgnoreCase("who") || w.equalsIgnoreCase("which")
                || w.equalsIgnoreCase("that") || EntityWords.SPEECH_VERBS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean endsAppositiveBefore(String w) {
        return w.equals(",") || w.equals(".") || w.equals(";") || w.equals("\"") || w.equals("\u201C") || w.equals("\u201D")
                || w.equals(":") || EntityWords.SPEECH_VERBS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A role phrase names a role ("ambassador", "Democrat") and has no verb-like word in it. */
    private static boolean rolePhrase(Recognition r, int from, int to, boolean after) {
        boolean role = false;
        for (int k = from; k < to; k++) {
            Token t = r.token(k);
            String w = r.lower(k);
            if (isRoleNoun(t.text()) || isRoleNoun(w) || isRoleNoun(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
                role = true;
            }
            if (t.isNumber() && !(after && k == from)) {
                return false;
            }
            if (!t.isCapitalized() && w.endsWith("ed") && !w.equals("retired") && !w.equals("elected") || AUXILIARIES.contains(w)) {
                return false;
            }
        }
        if (!role) {
            return false;
        }
        String first = r.lower(from);
        if (after) {
            return first.equals("a") || first.equals("an") || first.equals("the") || first.equals("its") || first.equals("his")
                    || first.equals("her") || first.equals("former") || Character.isUpperCase(r.token(from).text().charAt(0))
                    || isRoleNoun(first) || r.token(from).isNumber();
        }
        return true;
    }

    static boolean isRoleNoun(String word) {
        return EntityWords.ROLE_NOUNS.contains(word);
    }
}
