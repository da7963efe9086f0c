package io.newsdesk.enrich.entities;

import io.newsdesk.enrich.text.CaselessWordSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The last words of organisation names, asked ignoring case of nearly every capitalised token: English words
 * and legal forms ("Department", "GmbH") in a {@link CaselessWordSet}, answered without a lower-case copy, and
 * the few words of other languages written with letters outside ASCII ("Saúde", "Serviços") in a plain set,
 * asked only of a token that has such a letter.
 */
final class OrgWords {
    private final CaselessWordSet ascii;
    private final Set<String> others;

    OrgWords(Set<String> lowerCaseWords) {
        List<String> plain = new ArrayList<>();
        Set<String> rest = new HashSet<>();
        for (String w : lowerCaseWords) {
            (w.chars().allMatch(c -> c < 128) ? plain : rest).add(w);
        }
        this.ascii = CaselessWordSet.of(plain);
        this.others = Set.copyOf(rest);
    }

    boolean contains(String text) {
        if (ascii.contains(text)) {
            return true;
        }
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= 128) {
                return others.contains(text.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
