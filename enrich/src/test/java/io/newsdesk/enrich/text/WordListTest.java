package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void aSetHasOneEntryALineAsWrittenWithoutCommentsOrBlankLines() {
        assertEquals(Set.of("more than", "nearly"), WordList.set("/lexicon-test/set.txt"));
    }

    @Test
    void aTableMapsKeyToValueInFileOrder() {
        Map<String, String> table = WordList.table("/lexicon-test/table.txt");
        assertEquals(List.of("million", "bn"), List.copyOf(table.keySet()));
        assertEquals("1e9", table.get("bn"));
    }

    @Test
    void aBrokenTableOrAMissingListFailsLoudly() {
        assertTrue(assertThrows(IllegalStateException.class, () -> WordList.table("/lexicon-test/twice.txt")).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalStateException.class, () -> WordList.table("/lexicon-test/nobar.txt")).getMessage().contains("key|value"));
        assertTrue(assertThrows(IllegalStateException.class, () -> WordList.set("/lexicon-test/absent.txt")).getMessage().contains("missing"));
    }

    @Test
    void everyShippedLexiconLoads() {
        for (String list : List.of("entities/role-nouns", "entities/speech-verbs", "quotes/attribution-verbs", "figures/units",
                "sources/masthead-words", "topics/name-joiners", "text/abbreviations", "months-and-weekdays")) {
            assertTrue(WordList.set("/lexicon/" + list + ".txt").size() > 2, list);
        }
    }
}
