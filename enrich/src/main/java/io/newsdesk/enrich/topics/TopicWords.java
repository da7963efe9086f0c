package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.EnglishWords;
import io.newsdesk.enrich.text.Token;
import java.util.List;
import java.util.function.Consumer;

/**
 * The words the top-level classifier ({@link TopLevelTopicModel}) reads, the same in training and tagging:
 * the folded word forms ({@link TopicCues#keyOf}) of headline and body, without numbers, function words,
 * words of one or two letters and the words of idioms ({@link TopicIdioms}); the tagger gives them
 * ({@code MediaTopicTagger.classifierWords}). A headline word counts
 * {@value #HEADLINE_REPEATS} times: the headline says what the story is about.
 */
final class TopicWords {

    static final int HEADLINE_REPEATS = 2;

    private TopicWords() {
    }

    /** The headline's words, each given {@value #HEADLINE_REPEATS} times. */
    static void headline(List<Token> tokens, String[] keys, boolean[] idioms, Consumer<String> out) {
        for (int i = 0; i < keys.length; i++) {
            if (counts(keys[i], idioms, i) && !EnglishWords.isStopWord(tokens.get(i).text())) {
                for (int r = 0; r < HEADLINE_REPEATS; r++) {
                    out.accept(keys[i]);
                }
            }
        }
    }

    static void body(AnalyzedText body, boolean[] idioms, Consumer<String> out) {
        for (int i = 0; i < body.size(); i++) {
            String key = TopicCues.keyOf(body, i);
            if (counts(key, idioms, i) && !body.stopWord(i)) {
                out.accept(key);
            }
        }
    }

    private static boolean counts(String key, boolean[] idioms, int i) {
        return key != null && key.length() > 2 && Character.isLetter(key.charAt(0)) && (idioms == null || !idioms[i]);
    }

    static String[] keys(List<Token> tokens) {
        String[] keys = new String[tokens.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = TopicCues.keyOf(tokens.get(i));
        }
        return keys;
    }
}
