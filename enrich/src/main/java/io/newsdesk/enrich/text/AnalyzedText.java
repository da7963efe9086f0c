package io.newsdesk.enrich.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A clean article text analysed once: tokens, sentences and paragraphs (token index ranges, end exclusive),
 * each token's word forms (lower case, folded, stop word, common word) and its shape (word, capitalised,
 * number, quotation mark). The one starting point every tagger, enricher and pass reads, so a text is
 * tokenised once per stage however many passes look at it.
 */
public final class AnalyzedText {

    public record Span(int from, int to) {
        public boolean contains(int tokenIndex) {
            return tokenIndex >= from && tokenIndex < to;
        }
    }

    private final String text;
    // token(i) reads the array, not the list view: it is called for every token by every pass
    private final Token[] tokenArray;
    private final List<Token> tokens;
    private final List<Span> sentences;
    private final List<Span> paragraphs;
    private final int[] sentenceOf;
    private final int[] paragraphOf;
    private final int[] firstWordOfSentence;
    /** Worked out on first use (the enrichment hop may never ask); racy but idempotent, see {@link TokenForms}. */
    private TokenForms forms;
    /** Worked out on first use, like the forms. */
    private TokenShapes shapes;

    private AnalyzedText(String text) {
        this.text = text;
        this.tokenArray = Tokenizer.tokenArray(text);
        this.tokens = Collections.unmodifiableList(Arrays.asList(tokenArray));
        this.paragraphs = splitParagraphs();
        this.sentences = splitSentences();
        this.sentenceOf = index(sentences);
        this.paragraphOf = index(paragraphs);
        this.firstWordOfSentence = new int[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s);
            int k = span.from();
            while (k < span.to() && !tokenArray[k].isWord()) {
                k++;
            }
            firstWordOfSentence[s] = k;
        }
    }

    public static AnalyzedText of(String text) {
        return new AnalyzedText(text == null ? "" : text);
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokenArray[i];
    }

    public int size() {
        return tokenArray.length;
    }

    /** {@code token(i).lower()}, worked out once per text. */
    public String lower(int i) {
        return forms().lower(i);
    }

    /** {@link WordForms#fold} of token i, worked out once per text. */
    public String folded(int i) {
        return forms().folded(i);
    }

    /** {@link EnglishWords#isStopWord} of token i, worked out once per text. */
    public boolean stopWord(int i) {
        return forms().stopWord(i);
    }

    /** {@link EnglishWords#isCommon} of token i, worked out once per text. */
    public boolean commonWord(int i) {
        return forms().commonWord(i);
    }

    private TokenForms forms() {
        TokenForms f = forms;
        if (f == null) {
            f = new TokenForms(tokenArray);
            forms = f;
        }
        return f;
    }

    private TokenShapes shapes() {
        TokenShapes s = shapes;
        if (s == null) {
            s = new TokenShapes(text, tokenArray);
            shapes = s;
        }
        return s;
    }

    /** {@code token(i).isWord()}, from the shapes worked out once per text. */
    public boolean isWord(int i) {
        return shapes().isWord(i);
    }

    /** A word starting with a capital ({@code isWord() && isCapitalized()}). */
    public boolean isCapitalizedWord(int i) {
        return shapes().isCapitalizedWord(i);
    }

    /** {@code token(i).isNumber()}. */
    public boolean isNumber(int i) {
        return shapes().isNumber(i);
    }

    /** The token is a straight double quote, which may open or close a quotation. */
    public boolean isStraightQuote(int i) {
        return shapes().isStraightQuote(i);
    }

    /** The token is an opening curly quote or a colon: quoted speech or a list may follow. */
    public boolean introducesQuotation(int i) {
        return shapes().introducesQuotation(i);
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
        int hi = tokenArray.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenArray[mid].start() < offset) {
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
        return text.substring(tokenArray[fromToken].start(), tokenArray[toToken - 1].end());
    }

    private List<Span> splitParagraphs() {
        Token[] t = tokenArray;
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < t.length; i++) {
            int gapStart = t[i - 1].end();
            int gapEnd = t[i].start();
            // adjacent tokens (the usual case) cannot have a line break between them
            if (gapEnd > gapStart && blankLineBetween(gapStart, gapEnd)) {
                out.add(new Span(from, i));
                from = i;
            }
        }
        if (from < t.length) {
            out.add(new Span(from, t.length));
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
        Token[] t = tokenArray;
        List<Span> out = new ArrayList<>();
        for (Span p : paragraphs) {
            int from = p.from();
            for (int i = p.from(); i < p.to(); i++) {
                // one char test on one-character tokens, instead of three String.equals on every token
                char c = soleChar(t[i]);
                if (c == '.' || c == '!' || c == '?') {
                    int end = i + 1;
                    while (end < p.to() && isCloser(soleChar(t[end]))) {
                        end++;
                    }
                    if (end >= p.to() || startsSentence(t[end])) {
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

    /** The token's character when it is one character long, else 0 (which none of the tests here accepts). */
    private static char soleChar(Token t) {
        return t.end() - t.start() == 1 ? t.text().charAt(0) : 0;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(Token t) {
        char c = t.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(' || c == '\'' || c == '\u2018';
    }

    private int[] index(List<Span> spans) {
        int[] of = new int[tokenArray.length];
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            Arrays.fill(of, span.from(), span.to(), s);
        }
        return of;
    }
}
