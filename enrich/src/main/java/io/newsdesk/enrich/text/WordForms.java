package io.newsdesk.enrich.text;

import java.util.Locale;

/**
 * Folds a word to the form used for matching and de-duplication: lower case, curly apostrophes straight,
 * and a light English plural removal ("cartels" and "cartel", "policies" and "policy", "taxes" and "tax").
 * Deliberately conservative: "news", "bus", "crisis", "gas" and "series" stay as they are.
 */
public final class WordForms {

    private WordForms() {
    }

    public static String fold(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return singular(w);
    }

    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1)) || w.charAt(n - 1) != 's') {
            return w;
        }
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("news") || w.endsWith("ics")
                || w.endsWith("series") || w.endsWith("species") || w.endsWith("gas") || w.endsWith("ous")
                || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("oes") && n > 5) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }
}
