package io.newsdesk.enrich.basics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void numbersHyphenatedWordsContractionsAndDottedAbbreviationsAreOneWordEach() {
        assertEquals(List.of("The", "U.S.", "seized", "10,000", "pounds", "in", "a", "long-running", "case",
                        "that's", "worth", "3.5", "million", "Dr", "Lee", "said"),
                Words.of("The U.S. seized 10,000 pounds in a long-running case — that's worth $3.5 million, Dr. Lee said."));
    }

    @Test
    void countMatchesTheWords() {
        String text = "Prosecutors said the pilot, Dana Whitfield, guided two ships in 2023.";
        assertEquals(11, Words.count(text));
        assertEquals(Words.of(text).size(), Words.count(text));
    }

    @Test
    void punctuationAndNullAreNoWords() {
        assertEquals(0, Words.count(" — ... !? "));
        assertEquals(0, Words.count(null));
        assertEquals(List.of(), Words.of(null));
    }

    @Test
    void accentedWordsAreWords() {
        assertEquals(List.of("Le", "procès", "s'ouvre", "à", "Montréal"), Words.of("Le procès s'ouvre à Montréal."));
    }
}
