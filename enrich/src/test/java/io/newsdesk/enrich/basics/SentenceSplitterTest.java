package io.newsdesk.enrich.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void doesNotBreakAfterTitlesInitialsOrDottedAbbreviations() {
        assertEquals(List.of(
                        "Rep. Ana Ruiz and Dr. J. Okafor met U.S. officials on Feb. 26 at 9 a.m. in Washington.",
                        "They agreed on nothing."),
                splitter.split("Rep. Ana Ruiz and Dr. J. Okafor met U.S. officials on Feb. 26 at 9 a.m. in Washington. "
                        + "They agreed on nothing."));
    }

    @Test
    void breaksAtQuestionAndExclamationMarksAndAfterClosingQuotes() {
        assertEquals(List.of("\"Is it over?\" she asked.", "\"No!\"", "The judge (who was late.) left.", "Then silence."),
                splitter.split("\"Is it over?\" she asked. \"No!\" The judge (who was late.) left. Then silence."));
    }

    @Test
    void aLowerCaseContinuationIsNotANewSentence() {
        assertEquals(List.of("Sales rose 3.5 percent vs. last year, e.g. in Ohio."),
                splitter.split("Sales rose 3.5 percent vs. last year, e.g. in Ohio."));
    }

    @Test
    void numberSignIsNotAnEndButNoIs() {
        assertEquals(List.of("He ranked No. 2 in the state.", "She said no.", "Then she left."),
                splitter.split("He ranked No. 2 in the state. She said no. Then she left."));
    }

    @Test
    void paragraphsEndSentencesEvenWithoutPunctuation() {
        assertEquals(List.of("Breaking news", "The court ruled."), splitter.split("Breaking news\n\nThe court ruled."));
        assertEquals(List.of(), splitter.split(""));
    }
}
