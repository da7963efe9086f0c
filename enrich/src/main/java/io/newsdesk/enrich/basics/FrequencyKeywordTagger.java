package io.newsdesk.enrich.basics;

import io.newsdesk.enrich.stage.Tagger;
import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.TaggedArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first keyword tagger: the terms an article uses most, headline words counting extra. Terms are
 * lower case; a plural and its singular are one term ("pills" and "pill"), shown in the form the article
 * uses most. Stop words of the article's language (submitted, else detected) never become keywords,
 * nor do numbers, one- and two-letter words or contractions. A term must occur at least twice, so a
 * short article gets few keywords rather than noise. Ties keep text order. Pure and thread-safe.
 */
public final class FrequencyKeywordTagger implements Tagger {
    /** A headline word says more about the article than a body word. */
    static final int HEADLINE_WEIGHT = 3;
    static final int MIN_SCORE = 2;

    private final int maxKeywords;
    private final LanguageDetector detector;

    public FrequencyKeywordTagger(int maxKeywords, LanguageDetector detector) {
        if (maxKeywords < 1) {
            throw new IllegalArgumentException("maxKeywords must be at least 1, was " + maxKeywords);
        }
        this.maxKeywords = maxKeywords;
        this.detector = detector;
    }

    @Override
    public String name() {
        return "frequency-keywords";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void tag(Submission submission, ArticleContent content, TaggedArticle.Builder out) {
        out.setKeywords(keywords(content.getHeadline(), content.getText(),
                LanguageDetector.isoCode(submission.getLanguage()).or(() -> detector.detect(content.getText())).orElse(null)));
    }

    /** The keywords of a headline and text in the given ISO 639-1 language (null: unknown), best first. */
    public List<String> keywords(String headline, String text, String language) {
        Set<String> stopWords = StopWords.forKeywords(language);
        Map<String, Term> terms = new LinkedHashMap<>();
        count(headline, HEADLINE_WEIGHT, stopWords, terms);
        count(text, 1, stopWords, terms);
        List<Term> ranked = new ArrayList<>(terms.values());
        // Stable sort: equal scores keep first-seen order, so the result does not depend on hashing.
        ranked.sort(Comparator.comparingInt(Term::score).reversed());
        List<String> keywords = new ArrayList<>();
        for (Term t : ranked) {
            if (t.score() < MIN_SCORE || keywords.size() == maxKeywords) {
                break;
            }
            keywords.add(t.display());
        }
        return keywords;
    }

    private static void count(String text, int weight, Set<String> stopWords, Map<String, Term> terms) {
        for (String word : Words.of(text)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.endsWith("'s") || w.endsWith("’s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 3 || stopWords.contains(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                continue;
            }
            terms.computeIfAbsent(singular(w), k -> new Term()).add(w, weight);
        }
    }

    /** Folds the regular English plurals (and most Romance ones) onto one key: pills, policies, taxes. */
    static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies") && !w.endsWith("eies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")
                || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** One term: its score, and how often each written form occurred, to show the commonest. */
    private static final class Term {
        private final Map<String, Integer> forms = new LinkedHashMap<>();
        private int score;

        void add(String form, int weight) {
            forms.merge(form, 1, Integer::sum);
            score += weight;
        }

        int score() {
            return score;
        }

        String display() {
            String best = null;
            for (var e : forms.entrySet()) {
                if (best == null || e.getValue() > forms.get(best)
                        || (e.getValue().equals(forms.get(best)) && e.getKey().length() < best.length())) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }
}
