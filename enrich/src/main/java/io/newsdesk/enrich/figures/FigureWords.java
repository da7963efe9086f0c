package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.text.CaselessWordSet;
import io.newsdesk.enrich.text.WordList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of figures, from {@code /lexicon/figures/}: scales, number words, currencies, units,
 * qualifiers, months, change words. Every token of a text is asked whether it is one of these, so the lists
 * are {@link CaselessWordSet}s, asked ignoring case without a lower-case copy of the token.
 */
final class FigureWords {
    static final Map<String, Double> SCALES = numbers(table("scales"));
    static final Map<String, Double> NUMBER_WORDS = numbers(table("number-words"));
    static final Map<String, String> CURRENCY_WORDS = table("currency-words");
    static final CaselessWordSet SCALE_WORDS = CaselessWordSet.of(SCALES.keySet());
    static final CaselessWordSet NUMBER_WORD_SET = CaselessWordSet.of(NUMBER_WORDS.keySet());
    static final CaselessWordSet CURRENCY_WORD_SET = CaselessWordSet.of(CURRENCY_WORDS.keySet());
    static final CaselessWordSet UNITS = CaselessWordSet.of(set("units"));
    /** The one-word qualifiers ("nearly") and the two-word ones ("more than"), looked up by their first word. */
    static final CaselessWordSet QUALIFIERS_1;
    static final Set<String> QUALIFIERS_2;
    static final CaselessWordSet QUALIFIER_2_FIRST;
    static final CaselessWordSet MONTHS = CaselessWordSet.of(set("months"));
    static final CaselessWordSet CHANGE_WORDS = CaselessWordSet.of(set("change-words"));
    static final CaselessWordSet VERB_LIKE = CaselessWordSet.of(set("verb-like"));

    static {
        List<String> one = new ArrayList<>();
        List<String> two = new ArrayList<>();
        List<String> twoFirst = new ArrayList<>();
        for (String q : set("qualifiers")) {
            int space = q.indexOf(' ');
            if (space < 0) {
                one.add(q);
            } else {
                two.add(q);
                if (!twoFirst.contains(q.substring(0, space))) {
                    twoFirst.add(q.substring(0, space));
                }
            }
        }
        QUALIFIERS_1 = CaselessWordSet.of(one);
        QUALIFIERS_2 = Set.copyOf(two);
        QUALIFIER_2_FIRST = CaselessWordSet.of(twoFirst);
    }

    private FigureWords() {
    }

    private static Set<String> set(String name) {
        return WordList.set("/lexicon/figures/" + name + ".txt");
    }

    private static Map<String, String> table(String name) {
        return WordList.table("/lexicon/figures/" + name + ".txt");
    }

    private static Map<String, Double> numbers(Map<String, String> table) {
        Map<String, Double> out = new LinkedHashMap<>();
        table.forEach((word, value) -> out.put(word, Double.parseDouble(value)));
        return out;
    }
}
