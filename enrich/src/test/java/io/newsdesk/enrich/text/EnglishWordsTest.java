package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    private static final Set<String> STOP = WordList.words("/gazetteer/stopwords.txt");

    /** What isStopWord answered before it asked a caseless set: a lower-cased, straightened copy looked up. */
    private static boolean lowerCasedLookup(String word) {
        return STOP.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    @Test
    void stopWordsAreFoundInAnyCaseAsTheLowerCasedLookupFoundThem() {
        for (String w : STOP) {
            for (String form : List.of(w, w.toUpperCase(Locale.ROOT), w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1),
                    w.replace('\'', '\u2019'), w + "x")) {
                assertEquals(lowerCasedLookup(form), EnglishWords.isStopWord(form), form);
            }
        }
        // Kelvin sign and dotted capital I: non-ASCII chars whose lower case is (or contains) ASCII.
        for (String w : List.of("Brandt", "Police", "THE", "Don\u2019t", "\u212Aeep", "\u0130n", "\u0130t", "said", "")) {
            assertEquals(lowerCasedLookup(w), EnglishWords.isStopWord(w), w);
        }
    }

    @Test
    void functionWordsAreLanguageProfilesAndNamesAreNot() {
        assertTrue(EnglishWords.isStopWord("The"));
        assertTrue(EnglishWords.isStopWord("SHE"));
        assertFalse(EnglishWords.isStopWord("Brandt"));
        assertFalse(EnglishWords.isStopWord("courthouse"));
    }
}
