package io.newsdesk.enrich.keywords;

import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * The few terms that best describe an article. The candidates ({@link KeywordCandidates}) are names and
 * phrases of up to three content words. A candidate scores by how often it occurs (the headline counts
 * double), how early it first appears, whether it is a name, and a general-English prior: words every story
 * uses ("said", "year", "people") weigh little, and so do adverbs and verb forms, since there is no
 * part-of-speech tagger here. Keywords are de-duplicated by case and plural and are never stop words; a
 * term already inside a chosen longer phrase is not repeated.
 */
public final class KeywordTagger implements Tagger {

    private final int maxKeywords;

    public KeywordTagger(int maxKeywords) {
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
    public void tag(Submission submission, ArticleContent content, AnalyzedText text, TaggedArticle.Builder out) {
        out.setKeywords(keywords(content.getHeadline(), text));
    }

    /** The keywords of a text analysed already and its headline (may be null), best first. */
    public List<String> keywords(String headline, AnalyzedText body) {
        KeywordTallies tallies = new KeywordTallies();
        int bodySize = Math.max(1, body.size());
        KeywordCandidates.collect(body, 1.0, 0, true, tallies);
        if (headline != null && !headline.isBlank()) {
            AnalyzedText head = AnalyzedText.of(headline);
            // In a title-cased headline capitals say nothing about names
            KeywordCandidates.collect(head, 2.0, -1, !KeywordCandidates.titleCased(head), tallies);
        }
        List<KeywordTallies.Tally> scored = new ArrayList<>();
        for (KeywordTallies.Tally t : tallies.inOrder) {
            if (t.occurrences >= 2 || t.name || t.firstToken < 0) {
                double position = t.firstToken < 0 ? 1.5 : 1.0 + 0.5 * (1.0 - Math.min(1.0, (double) t.firstToken / bodySize));
                double prior = prior(t);
                double length = 1.0 + 0.6 * (t.words - 1);
                t.score = t.occurrences * position * prior * length;
                scored.add(t);
            }
        }
        // a stable sort: on equal scores the term seen first stays first
        scored.sort((a, b) -> Double.compare(b.score, a.score));
        List<String> out = new ArrayList<>();
        List<String> chosenKeys = new ArrayList<>();
        for (KeywordTallies.Tally t : scored) {
            if (out.size() >= maxKeywords) {
                break;
            }
            String key = t.key();
            if (insideChosen(chosenKeys, key)) {
                continue;
            }
            chosenKeys.add(key);
            out.add(tallies.bestSurface(t));
        }
        return out;
    }

    private static boolean insideChosen(List<String> chosenKeys, String key) {
        for (String k : chosenKeys) {
            if (containsPhrase(k, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPhrase(String longer, String shorter) {
        return (" " + longer + " ").contains(" " + shorter + " ");
    }

    private static double prior(KeywordTallies.Tally t) {
        if (t.name) {
            return 1.3;
        }
        double sum = 0;
        for (int k = t.firstFrom; k < t.firstFrom + t.words; k++) {
            sum += wordPrior(t.firstText.folded(k));
        }
        return sum / t.words;
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
}
