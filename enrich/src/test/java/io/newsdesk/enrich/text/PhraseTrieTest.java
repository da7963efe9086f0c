package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

    @Test
    void findsTheLongestPhraseAtEachPositionWithoutOverlap() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put(List.of("oil"), "oil");
        trie.put(List.of("crude", "oil"), "crude oil");
        trie.put(List.of("oil", "price"), "oil price");
        List<String> text = List.of("crude", "oil", "price", "rose");

        var longest = trie.findLongest(text.size(), text::get);
        assertEquals(1, longest.matches().size());
        assertEquals(List.of("crude oil"), longest.matches().get(0).values());
    }

    @Test
    void everyMatchOfOnePhraseCarriesTheSameValueListAndOtherPhrasesAnother() {
        PhraseTrie<String> trie = new PhraseTrie<>();
        trie.put(List.of("court"), "court");
        trie.put(List.of("supreme", "court"), "supreme court");
        trie.put(List.of("appeal"), "appeal");
        trie.put(List.of("appeal"), "appeal, again");
        List<String> text = List.of("court", "appeal", "supreme", "court", "court", "appeal");

        var m = trie.findLongest(text.size(), text::get).matches();
        assertEquals(List.of(0, 1, 2, 4, 5), m.stream().map(PhraseTrie.Match::from).toList());
        assertSame(m.get(0).values(), m.get(3).values(), "court");
        assertSame(m.get(1).values(), m.get(4).values(), "appeal");
        assertEquals(List.of("appeal", "appeal, again"), m.get(4).values());
        assertNotSame(m.get(0).values(), m.get(2).values(), "court and supreme court");
    }

    @Test
    void stepsAreBoundedByTextLengthTimesLongestPhraseWhateverTheNumberOfPhrases() {
        PhraseTrie<Integer> trie = new PhraseTrie<>();
        for (int i = 0; i < 50_000; i++) {
            trie.put(List.of("w" + i, "x" + i), i);
        }
        List<String> text = java.util.Collections.nCopies(1000, "w7");
        var r = trie.findLongest(text.size(), text::get);
        assertEquals(50_000, trie.size());
        assertTrue(r.steps() <= (long) text.size() * (trie.longestPhrase() + 1), "steps " + r.steps());
    }

    @Test
    void tokenizerKeepsAbbreviationsAndSplitsPossessives() {
        List<String> t = Tokenizer.tokenize("Rep. Ann Lee of the U.S. Senate said Mexico's 10,000 pounds cost $1.5 million.")
                .stream().map(Token::text).toList();
        assertEquals(List.of("Rep.", "Ann", "Lee", "of", "the", "U.S.", "Senate", "said", "Mexico", "'s", "10,000", "pounds", "cost",
                "$", "1.5", "million", "."), t);
    }
}
