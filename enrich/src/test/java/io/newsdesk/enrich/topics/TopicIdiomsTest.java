package io.newsdesk.enrich.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicIdiomsTest {

    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.shipped();

    @Test
    void anIdiomsWordsAreNotReadAndTheRestOfTheTextIs() {
        MediaTopicTagger tagger = new MediaTopicTagger(VOCABULARY);
        List<String> words = tagger.classifierWords(null, AnalyzedText.of("The levy became a political football after the vote."));
        assertTrue(words.containsAll(List.of("levy", "vote")), words.toString());
        assertFalse(words.contains("political") || words.contains("football"), words.toString());
        List<String> match = tagger.classifierWords("Striker", AnalyzedText.of("The football club sacked its manager."));
        assertEquals(List.of("striker", "striker"), match.subList(0, 2), "a headline word counts twice");
        assertTrue(match.containsAll(List.of("football", "club", "manager")), match.toString());
    }

    @Test
    void sportingIdiomsInABusinessStoryLeaveItInBusiness() {
        MediaTopicTagger tagger = new MediaTopicTagger(VOCABULARY);
        List<Subject> subjects = tagger.topics("Regulator moved the goalposts, says chip maker",
                AnalyzedText.of("The chip maker said the regulator had moved the goalposts on its merger, and that a fresh "
                        + "round of investment would be a shot in the arm for its factories. Shares fell 4% as investors "
                        + "weighed the company's quarterly earnings, and analysts cut their profit forecasts.")).subjects();
        assertFalse(subjects.isEmpty());
        String top = subjects.get(0).getBroader().isEmpty() ? subjects.get(0).getCode()
                : subjects.get(0).getBroader().get(subjects.get(0).getBroader().size() - 1).getCode();
        assertEquals("medtop:04000000", top, subjects.toString());
        assertTrue(subjects.stream().noneMatch(s -> s.getCode().equals("medtop:15000000")), "no sport subject: " + subjects);
    }

    @Test
    void theModelReadsBackWhatItWrites() {
        TopLevelTopicModel model = TopLevelTopicModel.train(List.of(
                new TopLevelTopicModel.Example("medtop:15000000", List.of("striker", "goal", "league")),
                new TopLevelTopicModel.Example("medtop:04000000", List.of("share", "profit", "investor"))));
        String written = model.write();
        TopLevelTopicModel read = TopLevelTopicModel.read(written.lines().filter(l -> !l.startsWith("#")).toList());
        assertEquals(written, read.write());
        assertEquals("medtop:15000000", read.classify(List.of("striker", "unknown")));
        assertEquals("medtop:04000000", read.classify(List.of("profit", "profit", "goal")));
    }
}
