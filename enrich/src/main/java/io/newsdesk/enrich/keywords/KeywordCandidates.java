package io.newsdesk.enrich.keywords;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.WordList;
import java.util.Set;

/**
 * The candidate keywords of a text: names (runs of capitalised words, "Drug Enforcement Administration",
 * with "of" and "and" inside them) and every phrase of one to {@value #MAX_PHRASE_WORDS} content words
 * between function words and punctuation ("fentanyl", "fentanyl smuggling"), a phrase starting and ending
 * on no general word or verb form. A title ("Dr.") or a weekday alone is no candidate.
 */
final class KeywordCandidates {
    static final int MAX_PHRASE_WORDS = 3;
    private static final Set<String> CALENDAR = WordList.set("/lexicon/months-and-weekdays.txt");

    private KeywordCandidates() {
    }

    /**
     * Tallies the candidates of {@code text} with {@code weight} per occurrence.
     *
     * @param offsetMarker -1 for the headline (its candidates count as the earliest), else 0
     * @param names        whether capitals mark names (not in a title-cased headline)
     */
    static void collect(AnalyzedText text, double weight, int offsetMarker, boolean names, KeywordTallies tallies) {
        int n = text.size();
        // Each token is judged once as a phrase edge, not once for every candidate phrase it is part of (up to
        // MAX_PHRASE_WORDS each as a word and as an edge); its word forms come from the text, worked out once.
        boolean[] weak = new boolean[n];
        boolean[] content = new boolean[n];
        for (int k = 0; k < n; k++) {
            weak[k] = weakEdge(text, k);
            content[k] = contentWord(text, k);
        }
        int[] wordIds = tallies.wordIds(text);
        int i = 0;
        while (i < n) {
            int nameEnd = names ? nameRun(text, i) : i;
            // "Dr. Mara Lopez" is keyworded as "Mara Lopez"; a title or a weekday alone is no keyword
            while (nameEnd > i && (isTitleToken(text.token(i)) || CALENDAR.contains(text.lower(i)))) {
                i++;
            }
            if (i >= n) {
                break; // the text ended with a title or a weekday ("... on Monday")
            }
            if (nameEnd > i) {
                tallies.add(text, wordIds, i, nameEnd, true, weight, offsetMarker);
                i = nameEnd;
                continue;
            }
            if (!content[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && content[end] && (!names || nameRun(text, end) == end)) {
                end++;
            }
            // every phrase of one to three words inside the run is a candidate: "fentanyl", "fentanyl smuggling"
            for (int a = i; a < end; a++) {
                for (int b = a + 1; b <= Math.min(end, a + MAX_PHRASE_WORDS); b++) {
                    if (!weak[a] && !weak[b - 1]) {
                        tallies.add(text, wordIds, a, b, false, weight * (b - a == 1 ? 1.0 : 0.9), offsetMarker);
                    }
                }
            }
            i = end;
        }
    }

    /** Whether most content words of a headline are capitalised ("Police Arrest Two Men"): its capitals say nothing. */
    static boolean titleCased(AnalyzedText text) {
        int words = 0;
        int capitals = 0;
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            if (t.isWord() && !text.stopWord(i)) {
                words++;
                if (t.isCapitalized()) {
                    capitals++;
                }
            }
        }
        return words > 0 && capitals > 0.6 * words;
    }

    /** "Dr.", "Rep.", "Gov.": a short capitalised abbreviation before a name. */
    private static boolean isTitleToken(Token t) {
        String s = t.text();
        return s.endsWith(".") && s.length() <= 6 && !t.isAllCaps() && s.indexOf('.') == s.length() - 1;
    }

    /** A phrase does not start or end with a general word or a verb form ("said", "widely", "believed"). */
    private static boolean weakEdge(AnalyzedText text, int i) {
        String w = text.lower(i);
        return text.commonWord(i) || w.endsWith("ly") || w.endsWith("ed");
    }

    private static boolean contentWord(AnalyzedText text, int i) {
        Token t = text.token(i);
        if (!t.isWord() || t.isNumber() || t.text().length() < 3 && !t.isAllCaps()) {
            return false;
        }
        return !text.stopWord(i);
    }

    /** End of a run of capitalised words starting at i ("Drug Enforcement Administration"), or i if none. */
    private static int nameRun(AnalyzedText text, int i) {
        int end = i;
        while (end < text.size()) {
            Token t = text.token(end);
            if (!t.isWord() || !t.isCapitalized() || t.isNumber()) {
                break;
            }
            boolean initial = text.sentenceInitial(end);
            if (initial && (text.stopWord(end) || text.commonWord(end) || !properLooking(text, end))) {
                break;
            }
            if (text.stopWord(end) && !t.isAllCaps()) {
                break;
            }
            end++;
            // "Department of Justice": a lower-case "of"/"and" between capitalised words stays inside the name
            if (end + 1 < text.size() && (text.token(end).text().equals("of") || text.token(end).text().equals("and"))
                    && text.token(end + 1).isCapitalized() && text.token(end + 1).isWord()) {
                end++;
            }
        }
        return end > i && !text.token(end - 1).isCapitalized() ? end - 1 : end;
    }

    /** A sentence-initial capitalised word is a name only if it is not an ordinary lower-case word elsewhere. */
    private static boolean properLooking(AnalyzedText text, int i) {
        String w = text.lower(i);
        return !(w.endsWith("ly") || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("s") && !text.token(i).isAllCaps());
    }

}
