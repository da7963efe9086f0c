package io.newsdesk.enrich.article;

import io.newsdesk.enrich.text.SentenceSplitter;
import io.newsdesk.enrich.text.Words;
import io.newsdesk.enrich.stage.Enricher;
import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EnrichedArticle;
import java.util.regex.Pattern;

/**
 * The lede as summary: the opening sentences of the text, as many whole sentences as fit in
 * {@code maxWords} words. News is written top-down, so the first sentences are the story in brief. A
 * first sentence longer than the limit is cut at a word boundary and marked with an ellipsis. No text,
 * no summary (null).
 */
public final class SummaryEnricher implements Enricher {
    // Compiled once: they run for every article, and String.matches/replaceAll/split compile theirs on every call.
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}]+$");

    private final int maxWords;
    private final SentenceSplitter sentences;

    public SummaryEnricher(int maxWords, SentenceSplitter sentences) {
        if (maxWords < 10) {
            throw new IllegalArgumentException("a summary needs at least 10 words, was " + maxWords);
        }
        this.maxWords = maxWords;
        this.sentences = sentences;
    }

    @Override
    public String name() {
        return "lede-summary";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void enrich(EnrichedArticle.Builder article, AnalyzedText text) {
        article.setSummary(summarize(article.getContent().getText()));
    }

    public String summarize(String text) {
        Lede lede = new Lede();
        // Only the sentences that can still fit are split off the text: the rest of it is never read.
        sentences.split(text, lede::add);
        if (lede.first == null) {
            return null;
        }
        return lede.summary.length() > 0 ? lede.summary.toString() : cut(lede.first);
    }

    /** The whole sentences taken so far, for one call. */
    private final class Lede {
        private final StringBuilder summary = new StringBuilder();
        private String first;
        private int words;

        /** Takes the sentence if it fits; false (no more sentences wanted) once one does not. */
        boolean add(String sentence) {
            if (first == null) {
                first = sentence;
            }
            int n = Words.count(sentence);
            if (words + n > maxWords) {
                return false;
            }
            if (summary.length() > 0) {
                summary.append(' ');
            }
            summary.append(sentence);
            words += n;
            return true;
        }
    }

    private String cut(String sentence) {
        String[] tokens = WHITESPACE.split(sentence);
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String token : tokens) {
            int n = Words.count(token);
            if (words + n > maxWords) {
                break;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(token);
            words += n;
        }
        return TRAILING_PUNCTUATION.matcher(out.toString()).replaceAll("") + "…";
    }
}
