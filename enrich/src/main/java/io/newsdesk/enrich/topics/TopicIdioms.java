package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures of speech made of one section's words ("a political football", "moved the goalposts", "a shot in
 * the arm", {@code /lexicon/topics/idioms.txt}), as phrases of the topic cues' keys ({@link TopicCues#keyOf}).
 * They join the cue index ({@link TopicCues#IDIOM}) so that neither the cues nor the top-level classifier
 * count their words: a health story that calls a budget "a political football" is still a health story.
 */
final class TopicIdioms {

    static final String RESOURCE = "/lexicon/topics/idioms.txt";

    private final List<List<String>> phrases = new ArrayList<>();

    private TopicIdioms(List<String> lines) {
        for (String line : lines) {
            List<String> key = TopicCues.key(line);
            if (key.isEmpty() || key.contains(null)) {
                throw new IllegalArgumentException(RESOURCE + ": an idiom must be words and numbers only: " + line);
            }
            phrases.add(List.copyOf(key));
        }
    }

    static TopicIdioms shipped() {
        return new TopicIdioms(WordList.lines(RESOURCE));
    }

    static TopicIdioms of(List<String> idioms) {
        return new TopicIdioms(idioms);
    }

    List<List<String>> phrases() {
        return phrases;
    }
}
