package io.newsdesk.enrich.figures;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;

/**
 * The noun phrase a number counts ("50 million fake prescription pills", "10,000 pounds of fentanyl powder"):
 * up to {@value #MAX_WORDS} content words, ending at a function word, punctuation, a month or a verb form.
 */
final class CountedPhrases {
    private static final int MAX_WORDS = 4;

    private CountedPhrases() {
    }

    /** End of the noun phrase a number counts: content words up to a function word, punctuation or verb form. */
    static int end(AnalyzedText t, int from) {
        int end = from;
        while (end < t.size() && end - from < MAX_WORDS) {
            Token w = t.token(end);
            if (!w.isWord() || w.isNumber() || EnglishWords.isStopWord(w.text()) || FigureWords.MONTHS.contains(w.text())) {
                break;
            }
            String l = w.text();
            // "pills laced with fentanyl": a participle followed by a preposition ends the phrase
            if ((endsWithIgnoreCase(l, "ed") || endsWithIgnoreCase(l, "ing")) && end > from && end + 1 < t.size()
                    && (EnglishWords.isStopWord(t.token(end + 1).text()) || !t.token(end + 1).isWord())) {
                break;
            }
            if ((endsWithIgnoreCase(l, "ed") || endsWithIgnoreCase(l, "ly")) && end == from) {
                break;
            }
            if (FigureWords.VERB_LIKE.contains(l) && end > from) {
                break;
            }
            end++;
        }
        return end;
    }

    /** {@code word.toLowerCase(Locale.ROOT).endsWith(suffix)} for a lower-case ASCII suffix, without the copy. */
    static boolean endsWithIgnoreCase(String word, String suffix) {
        int k = word.length() - suffix.length();
        if (k < 0) {
            return false;
        }
        for (int j = 0; j < suffix.length(); j++) {
            char c = word.charAt(k + j);
            char s = suffix.charAt(j);
            if (c != s && !(c == Character.toUpperCase(s) || c == '\u212A' && s == 'k')) {
                return false;
            }
        }
        return true;
    }

}
