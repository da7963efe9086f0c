package io.newsdesk.enrich.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.enrich.text.SampleTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The taggers rewritten for speed choose exactly the keywords and topics the versions they replaced chose
 * ({@link ReferenceKeywordTagger}, {@link ReferenceMediaTopicTagger}): on the evaluation articles and on
 * seeded random texts full of the cases they treat specially.
 */
class TaggerEquivalenceTest {

    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.shipped();

    private static List<String[]> texts() {
        List<String[]> texts = new ArrayList<>(SampleTexts.evaluationArticles());
        texts.addAll(SampleTexts.random(7L, 300));
        // no headline, a blank one, and a title-cased one over the same body
        String body = texts.get(0)[1];
        texts.add(new String[] {null, body});
        texts.add(new String[] {" ", body});
        texts.add(new String[] {"Police Arrest Two Men After Downtown Robbery Of The Bank", body});
        return texts;
    }

    @Test
    void keywordsAreTheOnesTheReferenceTaggerChooses() {
        int keywords = 0;
        for (int max : new int[] {1, KeywordTagger.MAX_KEYWORDS, 30}) {
            KeywordTagger fast = new KeywordTagger(max);
            ReferenceKeywordTagger reference = new ReferenceKeywordTagger(max);
            for (String[] t : texts()) {
                List<String> expected = reference.keywords(t[0], AnalyzedText.of(t[1]));
                assertEquals(expected, fast.keywords(t[0], AnalyzedText.of(t[1])), () -> t[0] + " | " + t[1]);
                keywords += expected.size();
            }
        }
        assertTrue(keywords > 3000, "the texts should yield many keywords, gave " + keywords);
    }

    @Test
    void topicsAreTheOnesTheReferenceTaggerChooses() {
        MediaTopicTagger fast = new MediaTopicTagger(VOCABULARY);
        ReferenceMediaTopicTagger reference = new ReferenceMediaTopicTagger(VOCABULARY);
        int subjects = 0;
        for (String[] t : texts()) {
            ReferenceMediaTopicTagger.Tagging expected = reference.topics(t[0], AnalyzedText.of(t[1]));
            MediaTopicTagger.Tagging actual = fast.topics(t[0], AnalyzedText.of(t[1]));
            assertEquals(expected.subjects(), actual.subjects(), () -> t[0] + " | " + t[1]);
            assertEquals(expected.tokens(), actual.tokens());
            assertEquals(expected.steps(), actual.steps());
            subjects += expected.subjects().size();
        }
        assertTrue(subjects > 300, "the texts should yield many subjects, gave " + subjects);
    }
}
