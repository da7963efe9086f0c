package io.newsdesk.enrich.tagging;

import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import io.newsdesk.enrich.text.WordForms;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link KeywordTagger} as it was before it was rewritten for speed (commit 4adfeb3), with one correction made in
 * both (a text ending in a weekday or title no longer throws), kept as the oracle {@code TaggerEquivalenceTest}
 * compares the fast version against. Not used by main code.
 */
/*
 * The few terms that best describe an article. Candidates are names (runs of capitalised words) and
 * phrases of up to three content words between function words and punctuation. A candidate scores by how
 * often it occurs (the headline counts double), how early it first appears, whether it is a name, and a
 * general-English prior: words every story uses ("said", "year", "people") weigh little, and so do
 * adverbs and verb forms, since there is no part-of-speech tagger here. Keywords are de-duplicated by
 * case and plural and are never stop words; a term already inside a chosen longer phrase is not repeated.
 */
final class ReferenceKeywordTagger implements Tagger {

    static final int MAX_KEYWORDS = 8;
    static final int MAX_PHRASE_WORDS = 3;

    private record Candidate(String key, String surface, boolean name, int words) {
    }

    private static final class Tally {
        final Candidate candidate;
        double occurrences;
        int firstToken = Integer.MAX_VALUE;
        final Map<String, Integer> surfaces = new HashMap<>();

        Tally(Candidate c) {
            this.candidate = c;
        }
    }

    private final int maxKeywords;

    /** At most {@value #MAX_KEYWORDS} keywords. */
    ReferenceKeywordTagger() {
        this(KeywordTagger.MAX_KEYWORDS);
    }

    ReferenceKeywordTagger(int maxKeywords) {
        if (maxKeywords < 1) {
            throw new IllegalArgumentException("maxKeywords must be at least 1, was " + maxKeywords);
        }
        this.maxKeywords = maxKeywords;
    }

    @Override
    public String name() {
        return "keywords";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void tag(Submission submission, ArticleContent content, TaggedArticle.Builder out) {
        tag(submission, content, AnalyzedText.of(content.getText()), out);
    }

    @Override
    public void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out) {
        out.setKeywords(keywords(content.getHeadline(), text));
    }

    public List<String> keywords(String headline, String text) {
        return keywords(headline, AnalyzedText.of(text));
    }

    /** {@link #keywords(String, String)} of a text analysed already. */
    public List<String> keywords(String headline, AnalyzedText body) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        int bodySize = Math.max(1, body.size());
        collect(body, 1.0, 0, true, tallies);
        if (headline != null && !headline.isBlank()) {
            AnalyzedText head = AnalyzedText.of(headline);
            // In a title-cased headline capitals say nothing about names
            collect(head, 2.0, -1, !titleCased(head), tallies);
        }
        List<Map.Entry<Tally, Double>> scored = new ArrayList<>();
        for (Tally t : tallies.values()) {
            double position = t.firstToken < 0 ? 1.5 : 1.0 + 0.5 * (1.0 - Math.min(1.0, (double) t.firstToken / bodySize));
            double prior = prior(t.candidate);
            double length = 1.0 + 0.6 * (t.candidate.words() - 1);
            double score = t.occurrences * position * prior * length;
            if (t.occurrences >= 2 || t.candidate.name() || t.firstToken < 0) {
                scored.add(Map.entry(t, score));
            }
        }
        scored.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>();
        List<String> chosenKeys = new ArrayList<>();
        for (Map.Entry<Tally, Double> e : scored) {
            if (out.size() >= maxKeywords) {
                break;
            }
            Candidate c = e.getKey().candidate;
            if (chosenKeys.stream().anyMatch(k -> containsPhrase(k, c.key()))) {
                continue;
            }
            chosenKeys.add(c.key());
            out.add(bestSurface(e.getKey()));
        }
        return out;
    }

    private static boolean containsPhrase(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static String bestSurface(Tally t) {
        String best = t.candidate.surface();
        int max = 0;
        for (Map.Entry<String, Integer> s : t.surfaces.entrySet()) {
            if (s.getValue() > max) {
                max = s.getValue();
                best = s.getKey();
            }
        }
        return best;
    }

    private static double prior(Candidate c) {
        if (c.name()) {
            return 1.3;
        }
        double sum = 0;
        for (String w : c.key().split(" ")) {
            sum += wordPrior(w);
        }
        return sum / c.words();
    }

    /** A stand-in for inverse document frequency: general words and verb or adverb forms count less. */
    private static double wordPrior(String w) {
        if (EnglishWords.isCommon(w)) {
            return 0.25;
        }
        if (w.endsWith("ly") || w.endsWith("ed") || w.endsWith("ing") && w.length() > 6) {
            return 0.45;
        }
        return 1.0;
    }

    private static boolean titleCased(AnalyzedText text) {
        int words = 0;
        int capitals = 0;
        for (Token t : text.tokens()) {
            if (t.isWord() && !EnglishWords.isStopWord(t.text())) {
                words++;
                if (t.isCapitalized()) {
                    capitals++;
                }
            }
        }
        return words > 0 && capitals > 0.6 * words;
    }

    private static void collect(AnalyzedText text, double weight, int offsetMarker, boolean names, Map<String, Tally> tallies) {
        List<Token> tokens = text.tokens();
        // Each token is folded and judged once, not once for every candidate phrase it is part of (up to
        // MAX_PHRASE_WORDS each as a word and as an edge).
        String[] folded = new String[tokens.size()];
        boolean[] weak = new boolean[tokens.size()];
        for (int k = 0; k < folded.length; k++) {
            folded[k] = WordForms.fold(tokens.get(k).text());
            weak[k] = weakEdge(tokens.get(k));
        }
        int i = 0;
        while (i < tokens.size()) {
            int nameEnd = names ? nameRun(text, i) : i;
            // "Dr. Mara Lopez" is keyworded as "Mara Lopez"; a title or a weekday alone is no keyword
            while (nameEnd > i && (isTitleToken(text.token(i)) || CALENDAR.contains(text.token(i).lower()))) {
                i++;
            }
            if (i >= tokens.size()) {
                break; // the text ended with a title or a weekday ("... on Monday"): it used to throw here
            }
            if (nameEnd > i) {
                add(tallies, text, folded, i, nameEnd, true, weight, offsetMarker);
                i = nameEnd;
                continue;
            }
            if (!contentWord(text, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && contentWord(text, end) && (!names || nameRun(text, end) == end)) {
                end++;
            }
            // every phrase of one to three words inside the run is a candidate: "fentanyl", "fentanyl smuggling"
            for (int a = i; a < end; a++) {
                for (int b = a + 1; b <= Math.min(end, a + MAX_PHRASE_WORDS); b++) {
                    if (!weak[a] && !weak[b - 1]) {
                        add(tallies, text, folded, a, b, false, weight * (b - a == 1 ? 1.0 : 0.9), offsetMarker);
                    }
                }
            }
            i = end;
        }
    }

    private static final java.util.Set<String> CALENDAR = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** "Dr.", "Rep.", "Gov.": a short capitalised abbreviation before a name. */
    private static boolean isTitleToken(Token t) {
        String s = t.text();
        return s.endsWith(".") && s.length() <= 6 && !t.isAllCaps() && s.indexOf('.') == s.length() - 1;
    }

    /** A phrase does not start or end with a general word or a verb form ("said", "widely", "believed"). */
    private static boolean weakEdge(Token t) {
        String w = t.lower();
        return EnglishWords.isCommon(w) || w.endsWith("ly") || w.endsWith("ed");
    }

    private static boolean contentWord(AnalyzedText text, int i) {
        Token t = text.token(i);
        if (!t.isWord() || t.isNumber() || t.text().length() < 3 && !t.isAllCaps()) {
            return false;
        }
        return !EnglishWords.isStopWord(t.text());
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
            if (initial && (EnglishWords.isStopWord(t.text()) || EnglishWords.isCommon(t.text()) || !properLooking(t))) {
                break;
            }
            if (EnglishWords.isStopWord(t.text()) && !t.isAllCaps()) {
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
    private static boolean properLooking(Token t) {
        String w = t.lower();
        return !(w.endsWith("ly") || w.endsWith("ing") || w.endsWith("ed") || w.endsWith("s") && !t.isAllCaps());
    }

    private static void add(Map<String, Tally> tallies, AnalyzedText text, String[] folded, int from, int to, boolean name,
            double weight, int marker) {
        String k = phraseKey(folded, from, to);
        String original = text.slice(from, to);
        String surface = name ? original : original.toLowerCase(Locale.ROOT);
        Tally t = tallies.computeIfAbsent(k, x -> new Tally(new Candidate(x, original, name, to - from)));
        t.occurrences += weight;
        t.firstToken = Math.min(t.firstToken, marker < 0 ? -1 : from);
        t.surfaces.merge(surface, 1, Integer::sum);
    }

    /** The folded words of tokens [from, to) joined by single spaces; a one-word key is the word itself. */
    private static String phraseKey(String[] folded, int from, int to) {
        if (to - from == 1) {
            return folded[from];
        }
        StringBuilder key = new StringBuilder(16 * (to - from));
        for (int k = from; k < to; k++) {
            if (k > from) {
                key.append(' ');
            }
            key.append(folded[k]);
        }
        return key.toString();
    }
}
