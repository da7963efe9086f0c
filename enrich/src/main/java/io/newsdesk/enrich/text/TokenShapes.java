package io.newsdesk.enrich.text;

/**
 * What each token's first char says about it, read once per text into one byte per token: a word, a
 * capitalised word, a number, a straight double quote, or a mark that introduces quoted speech (an opening
 * curly quote or a colon). The passes that walk every token (names, runs of capitals, surnames) ask this
 * array, which stays in the CPU cache, instead of following each token to its string (see BENCHMARKS.md).
 * Immutable once built, so it may be computed racily and shared, like {@link TokenForms}.
 */
final class TokenShapes {
    private static final byte WORD = 1;
    private static final byte CAPITALIZED = 2;
    private static final byte NUMBER = 4;
    private static final byte STRAIGHT_QUOTE = 8;
    private static final byte INTRODUCES_QUOTATION = 16;

    private final byte[] shape;

    TokenShapes(String text, Token[] tokens) {
        shape = new byte[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            Token t = tokens[i];
            // a token's text is the text between its offsets: its first char is read from the text
            char first = text.charAt(t.start());
            byte flags = 0;
            if (Character.isLetterOrDigit(first)) {
                flags |= WORD;
            }
            if (Character.isUpperCase(first)) {
                flags |= CAPITALIZED;
            }
            if (Character.isDigit(first)) {
                flags |= NUMBER;
            }
            if (t.end() - t.start() == 1 && first == '"') {
                flags |= STRAIGHT_QUOTE;
            } else if (t.end() - t.start() == 1 && (first == '\u201C' || first == ':')) {
                flags |= INTRODUCES_QUOTATION;
            }
            shape[i] = flags;
        }
    }

    boolean isWord(int i) {
        return (shape[i] & WORD) != 0;
    }

    boolean isCapitalizedWord(int i) {
        return (shape[i] & (WORD | CAPITALIZED)) == (WORD | CAPITALIZED);
    }

    boolean isNumber(int i) {
        return (shape[i] & NUMBER) != 0;
    }

    boolean isStraightQuote(int i) {
        return (shape[i] & STRAIGHT_QUOTE) != 0;
    }

    boolean introducesQuotation(int i) {
        return (shape[i] & INTRODUCES_QUOTATION) != 0;
    }
}
