package io.newsdesk.enrich.text;

import java.util.Locale;

/**
 * The word forms of every token of one text, worked out in one pass: lower case, folded
 * ({@link WordForms#fold}), stop word ({@link EnglishWords#isStopWord}) and common word
 * ({@link EnglishWords#isCommon}).
 *
 * <p>Why: both taggers and several passes ask these questions of the same tokens again and again; asked of
 * the token each time, each answer would lower-case the word anew and hash the fresh string into a word list
 * (see BENCHMARKS.md). Here each token is lower-cased once, the folded form reuses that string, and each list
 * is probed once. Immutable once built (final arrays, never written after the
 * constructor), so it may be computed racily and shared.
 */
final class TokenForms {

    private final String[] lower;
    private final String[] folded;
    private final boolean[] stop;
    private final boolean[] common;

    /** The forms of every one-character ASCII text (",", ".", "a", "I"), a good part of any text's tokens. */
    private static final TokenForms ONE_ASCII_CHAR = new TokenForms(asciiTokens(), false);

    TokenForms(Token[] tokens) {
        this(tokens, true);
    }

    private TokenForms(Token[] tokens, boolean oneCharTable) {
        int n = tokens.length;
        lower = new String[n];
        folded = new String[n];
        stop = new boolean[n];
        common = new boolean[n];
        for (int i = 0; i < n; i++) {
            String text = tokens[i].text();
            if (oneCharTable && text.length() == 1 && text.charAt(0) < 0x80) {
                int c = text.charAt(0);
                lower[i] = ONE_ASCII_CHAR.lower[c];
                folded[i] = ONE_ASCII_CHAR.folded[c];
                stop[i] = ONE_ASCII_CHAR.stop[c];
                common[i] = ONE_ASCII_CHAR.common[c];
                continue;
            }
            // the same steps as WordForms.fold, EnglishWords.isStopWord and isCommon, sharing the intermediate strings;
            // a word of lower-case ASCII (most of them) is its own lower-case form and has no curly apostrophe
            boolean plain = lowerAscii(text);
            String lc = plain ? text : text.toLowerCase(Locale.ROOT);
            String straight = plain ? lc : lc.replace('\u2019', '\'');
            String fold = WordForms.singular(straight);
            lower[i] = lc;
            folded[i] = fold;
            if (straight == lc) {
                // no curly apostrophe (nearly always): one probe answers both lists for the lower-case form
                int flags = EnglishWords.flagsOf(lc);
                stop[i] = EnglishWords.stopFlag(flags);
                common[i] = EnglishWords.commonFlag(flags)
                        || fold != lc && EnglishWords.commonFlag(EnglishWords.flagsOf(fold));
            } else {
                stop[i] = EnglishWords.stopFlag(EnglishWords.flagsOf(straight));
                String singular = WordForms.singular(lc);
                common[i] = EnglishWords.commonFlag(EnglishWords.flagsOf(lc))
                        || EnglishWords.commonFlag(EnglishWords.flagsOf(singular));
            }
        }
    }

    private static Token[] asciiTokens() {
        Token[] tokens = new Token[0x80];
        for (int c = 0; c < tokens.length; c++) {
            tokens[c] = new Token(String.valueOf((char) c), 0, 1);
        }
        return tokens;
    }

    /** No capital and nothing beyond ASCII: toLowerCase would return the string itself. */
    private static boolean lowerAscii(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    String lower(int i) {
        return lower[i];
    }

    String folded(int i) {
        return folded[i];
    }

    boolean stopWord(int i) {
        return stop[i];
    }

    boolean commonWord(int i) {
        return common[i];
    }
}
