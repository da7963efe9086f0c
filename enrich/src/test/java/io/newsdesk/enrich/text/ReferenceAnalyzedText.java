package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link AnalyzedText} as it was before the one-pass rewrite for speed (commit 4adfeb3), kept unchanged as the
 * oracle the equivalence tests compare the fast version against. Not used by main code.
 */
/*
 * A clean article text split once into tokens, sentences and paragraphs; the shared starting point of the
 * taggers and enrichers. Sentences and paragraphs are token index ranges (end exclusive).
 */
final class ReferenceAnalyzedText {

    public record Span(int from, int to) {
        public boolean contains(int tokenIndex) {
            return tokenIndex >= from && tokenIndex < to;
        }
    }

    private final String text;
    private final List<Token> tokens;
    private final List<Span> sentences;
    private final List<Span> paragraphs;
    private final int[] sentenceOf;
    private final int[] paragraphOf;
    private final int[] firstWordOfSentence;

    private ReferenceAnalyzedText(String text) {
        this.text = text;
        this.tokens = Collections.unmodifiableList(ReferenceTokenizer.tokenize(text));
        this.paragraphs = splitParagraphs();
        this.sentences = splitSentences();
        this.sentenceOf = index(sentences);
        this.paragraphOf = index(paragraphs);
        this.firstWordOfSentence = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            int k = sentences.get(s).from();
            while (k < sentences.get(s).to() && !tokens.get(k).isWord()) {
                k++;
            }
            firstWordOfSentence[s] = k;
        }
    }

    static ReferenceAnalyzedText of(String text) {
        return new ReferenceAnalyzedText(text == null ? "" : text);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public List<Span> sentences() {
        return sentences;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public int sentenceOf(int tokenIndex) {
        return sentenceOf[tokenIndex];
    }

    public int paragraphOf(int tokenIndex) {
        return paragraphOf[tokenIndex];
    }

    /** True when the token opens its sentence (ignoring opening quotes and brackets). */
    public boolean sentenceInitial(int tokenIndex) {
        return firstWordOfSentence[sentenceOf[tokenIndex]] >= tokenIndex;
    }

    /** Index of the first token starting at or after the character offset, or size(). */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public String slice(int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return "";
        }
        return text.substring(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }

    private List<Span> splitParagraphs() {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (blankLineBetween(tokens.get(i - 1).end(), tokens.get(i).start())) {
                out.add(new Span(from, i));
                from = i;
            }
        }
        if (from < tokens.size()) {
            out.add(new Span(from, tokens.size()));
        }
        return Collections.unmodifiableList(out);
    }

    private boolean blankLineBetween(int a, int b) {
        int newlines = 0;
        for (int k = a; k < b; k++) {
            if (text.charAt(k) == '\n') {
                newlines++;
            }
        }
        return newlines >= 2 || (newlines == 1 && b - a >= 1 && lineIsHeading(a));
    }

    /** A single line break after a line without final punctuation (a heading or dateline line) also splits. */
    private boolean lineIsHeading(int a) {
        char last = text.charAt(a - 1);
        return !(last == '.' || last == ',' || last == ';' || last == ':' || Character.isLowerCase(last));
    }

    private List<Span> splitSentences() {
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            int from = p.from();
            for (int i = p.from(); i < p.to(); i++) {
                String t = tokens.get(i).text();
                if (t.equals(".") || t.equals("!") || t.equals("?")) {
                    int end = i + 1;
                    while (end < p.to() && isCloser(tokens.get(end).text())) {
                        end++;
                    }
                    if (end >= p.to() || startsSentence(tokens.get(end))) {
                        out.add(new Span(from, end));
                        from = end;
                        i = end - 1;
                    }
                }
            }
            if (from < p.to()) {
                out.add(new Span(from, p.to()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean isCloser(String t) {
        return t.equals("\"") || t.equals("\u201D") || t.equals("'") || t.equals("\u2019") || t.equals(")") || t.equals("]");
    }

    private static boolean startsSentence(Token t) {
        char c = t.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(' || c == '\'' || c == '\u2018';
    }

    private int[] index(List<Span> spans) {
        int[] of = new int[tokens.size()];
        for (int s = 0; s < spans.size(); s++) {
            for (int i = spans.get(s).from(); i < spans.get(s).to(); i++) {
                of[i] = s;
            }
        }
        return of;
    }
}
