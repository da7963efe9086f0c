package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.PhraseTrie;

/**
 * Titles before a person's name ("Rep.", "Prime Minister", "former President"), from the gazetteer's list of
 * titles: where one starts inside a run of capitals, and which one stands right before a name.
 */
final class PersonTitles {
    private static final int LONGEST = 4;

    private PersonTitles() {
    }

    /** End of a person title starting at i ("Rep.", "Prime Minister"), or i if none; a title counts only before a name. */
    static int titleAt(Recognition r, int i) {
        if (!r.gazetteer.mayStartTitle(r.token(i).text())) {
            return i; // no title starts with this word: the trie would find nothing
        }
        PhraseTrie.Result<String> found = r.gazetteer.titles().findLongest(Math.min(r.size() - i, LONGEST), k -> r.token(i + k).text());
        if (!found.matches().isEmpty() && found.matches().get(0).from() == 0) {
            int end = i + found.matches().get(0).to();
            if (end < r.size() && r.token(end).isWord() && r.token(end).isCapitalized() && !r.claimed[end]) {
                return end;
            }
        }
        return i;
    }

    /** The title that ends right before a name starting at {@code nameStart}, with a modifier before it; or null. */
    static String titleBefore(Recognition r, int nameStart) {
        for (int len = LONGEST; len >= 1; len--) {
            int s = nameStart - len;
            if (s < 0) {
                continue;
            }
            if (!r.gazetteer.mayStartTitle(r.token(s).text())) {
                continue; // no title starts with this word: the trie would find nothing
            }
            PhraseTrie.Result<String> found = r.gazetteer.titles().findLongest(len, k -> r.token(s + k).text());
            if (!found.matches().isEmpty() && found.matches().get(0).from() == 0 && found.matches().get(0).to() == len) {
                String title = r.slice(s, nameStart);
                if (s > 0 && isTitleModifier(r.lower(s - 1))) {
                    title = r.token(s - 1).text() + " " + title;
                }
                return title;
            }
        }
        return null;
    }

    /** "former", "acting", "deputy": a word that belongs to the title after it. */
    static boolean isTitleModifier(String lowerWord) {
        return EntityWords.TITLE_MODIFIERS.contains(lowerWord);
    }
}
