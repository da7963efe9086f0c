package io.newsdesk.enrich.topics;

import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.text.PhraseTrie;
import io.newsdesk.schemas.Subject;
import io.newsdesk.schemas.SubjectRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTopicTaggerTest {

    private static final MediaTopicVocabulary VOCABULARY = MediaTopicVocabulary.shipped();
    private final MediaTopicTagger tagger = new MediaTopicTagger(VOCABULARY);

    private List<Subject> topics(String headline, String text) {
        return tagger.topics(headline, AnalyzedText.of(text)).subjects();
    }

    private static List<String> chain(Subject s) {
        return s.getBroader().stream().map(SubjectRef::getCode).toList();
    }

    @Test
    void drugSmugglingIsDrugTraffickingUnderCrimeLawAndJustice() {
        Subject top = topics("Coast guard intercepts cocaine shipment",
                "The coast guard seized two tons of cocaine from a speedboat off the coast on Sunday. Officials said the "
                        + "smugglers worked for a cartel that moves drugs north, and the interdiction was the largest this year.").get(0);
        assertEquals("medtop:20000096", top.getCode());
        assertEquals("drug trafficking", top.getLabel());
        assertEquals(100, top.getScore());
        assertEquals("medtop:02000000", chain(top).get(chain(top).size() - 1));
    }

    @Test
    void aTakeoverBidIsMergerOrAcquisitionUnderEconomyBusinessAndFinance() {
        Subject top = topics("Brewer launches hostile takeover bid for rival",
                "Northway Breweries offered $40 a share in cash for Tallis Ales on Tuesday, a takeover bid that values "
                        + "the smaller brewer at $1.1 billion. Tallis said it would review the offer.").get(0);
        assertEquals("medtop:20000204", top.getCode());
        assertEquals("medtop:04000000", chain(top).get(chain(top).size() - 1));
    }

    @Test
    void crudePricesAreAnEnergySubjectUnderEconomyBusinessAndFinance() {
        Subject top = topics("Crude falls as stockpiles grow",
                "Oil prices slid on Wednesday, with Brent crude down $2 a barrel after data showed U.S. inventories rose "
                        + "for a third week. Traders said OPEC was unlikely to change course.").get(0);
        assertTrue(List.of("medtop:20001243", "medtop:20000387").contains(top.getCode()), top.getCode());
        assertEquals("medtop:04000000", chain(top).get(chain(top).size() - 1));
    }

    @Test
    void scoresAreRankedBetweenZeroAndHundredAndRetiredConceptsNeverAppear() {
        List<Subject> subjects = topics("Council votes on budget as teachers strike",
                "Teachers walked out on Monday as the city council debated a budget that cuts school funding. The union said the strike would continue.");
        assertTrue(subjects.size() >= 2);
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            assertTrue(s.getScore() > 0 && s.getScore() <= 100, s.toString());
            assertTrue(i == 0 || subjects.get(i - 1).getScore() >= s.getScore(), "best first");
            assertTrue(!VOCABULARY.concept(s.getCode()).orElseThrow().retired(), s.getCode());
        }
    }

    @Test
    void textWithoutTopicalWordsGetsNoSubjects() {
        assertTrue(topics("Hello", "This is a short note about nothing in particular.").isEmpty());
    }

    @Test
    void taggingWalksACueIndexSoItsCostDoesNotGrowWithTheVocabulary() {
        PhraseTrie<?> index = tagger.index();
        assertTrue(index.size() > 2000, "the cue index holds every label and lexicon cue: " + index.size());
        String text = "The court heard that the cartel smuggled fentanyl across the border. ".repeat(20);
        MediaTopicTagger.Tagging t = tagger.topics(null, AnalyzedText.of(text));
        // each token starts at most one walk down the trie, never a pass over the thousands of cues
        assertTrue(t.steps() <= (long) t.tokens() * (index.longestPhrase() + 1), "steps " + t.steps() + " tokens " + t.tokens());
        assertTrue(t.steps() < index.size(), "fewer steps than cues: " + t.steps());
    }
}
