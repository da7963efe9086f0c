package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SharedWordsTest {

    private final SharedWords words = new SharedWords(Set.of("the", "police", "through", "ab", "about", "whereafter", "caf\u00e9", "it's"));

    @Test
    void aWordInTheListIsFoundInPlaceAsOneSharedString() {
        String first = words.find("into the night", 5, 8);
        assertEquals("the", first);
        assertSame(first, words.find("the end", 0, 3));
        assertSame(words.find("Police said", 0, 6), words.find("and Police", 4, 10));
        assertEquals("Police", words.find("Police said", 0, 6));
        assertEquals("through", words.find("went through", 5, 12));
        assertEquals("it's", words.find("it's", 0, 4));
    }

    @Test
    void onlyTheExactCharactersOfAListedWordOrItsCapitalisedFormAreFound() {
        assertNull(words.find("theft", 0, 5));
        assertNull(words.find("the", 0, 2), "a prefix of a word");
        assertNull(words.find("THE", 0, 3), "upper case is not a listed form");
        assertNull(words.find("tHe", 0, 3));
        assertNull(words.find("abo", 0, 3), "shares its first characters with two words");
        assertEquals("about", words.find("abo" + "ut", 0, 5));
        assertNull(words.find("b", 0, 1));
        assertNull(words.find("", 0, 0));
    }

    @Test
    void wordsBeyondSevenCharactersOrBeyondAsciiAreNeverShared() {
        assertNull(words.find("whereafter", 0, 10));
        assertNull(words.find("caf\u00e9", 0, 4));
    }

    @Test
    void theTokenizerSharesFrequentWordsAndCutsTheRest() {
        List<Token> a = Tokenizer.tokenize("The police said the robbery's suspect fled.");
        List<Token> b = Tokenizer.tokenize("Later the police said nothing.");
        assertEquals(List.of("The", "police", "said", "the", "robbery", "'s", "suspect", "fled", "."), a.stream().map(Token::text).toList());
        assertSame(a.get(3).text(), b.get(1).text(), "the");
        assertNotSame(a.get(1).text(), b.get(2).text(), "police is in neither list");
        assertSame(a.get(2).text(), b.get(3).text(), "said");
        assertSame(a.get(0).text(), Tokenizer.tokenize("The end").get(0).text(), "The");
        assertSame(b.get(0).text(), Tokenizer.tokenize("Later on").get(0).text(), "Later");
        assertSame(Tokenizer.tokenize("then later").get(1).text(), Tokenizer.tokenize("the later").get(1).text(), "later");
        assertEquals("later", Tokenizer.tokenize("the later").get(1).text());
        assertSame(a.get(5).text(), Tokenizer.tokenize("Ann's").get(1).text(), "'s");
    }
}
