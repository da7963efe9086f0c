package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.enrich.text.WordList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Figures of speech made of one section's words ("a political football", "moved the goalposts", "a shot in
 * the arm", {@code /lexicon/topics/idioms.txt}): found in a text with the topic cues' keys
 * ({@link TopicCues#keyOf}), so that neither the cues nor the top-level classifier count their words. A
 * health story that calls a budget "a political football" is still a health story.
 */
final class TopicIdioms {

    static final String RESOURCE = "/lexicon/topics/idioms.txt";

    private final PhraseTrie<Boolean> phrases = new PhraseTrie<>();

    private TopicIdioms(List<String> lines) {
        for (String line : lines) {
            List<String> key = TopicCues.key(line);
            if (key.isEmpty() || key.contains(null)) {
                throw new IllegalArgumentException(RESOURCE + ": an idiom must be words and numbers only: " + line);
            }
            phrases.put(key, Boolean.TRUE);
        }
    }

    static TopicIdioms shipped() {
        return new TopicIdioms(WordList.lines(RESOURCE));
    }

    static TopicIdioms of(List<String> idioms) {
        return new TopicIdioms(idioms);
    }

    /** Which of the text's {@code count} tokens belong to an idiom; null when none does (most texts). */
    boolean[] mask(int count, IntFunction<String> keyAt) {
        boolean[] mask = null;
        for (PhraseTrie.Match<Boolean> m : phrases.findLongest(count, keyAt).matches()) {
            if (mask == null) {
                mask = new boolean[count];
            }
            for (int i = m.from(); i < m.to(); i++) {
                mask[i] = true;
            }
        }
        return mask;
    }
}
