package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.EntityType;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The recognizer's fast tests against the slower forms they replaced. */
class EntityRecognizerTest {

    @Test
    void smallNumbersAreOneToThreeAsciiDigits() {
        Pattern smallNumber = Pattern.compile("\\d{1,3}");
        for (String w : List.of("", "1", "12", "123", "1234", "1a", "a1", "\u0663", "007", "-1")) {
            assertEquals(smallNumber.matcher(w).matches(), RunTypes.isSmallNumber(w), w);
        }
    }

    @Test
    void surnamesAreTheLastWordThatIsNoSuffixAsTheSplitFoundThem() {
        Pattern whitespace = Pattern.compile("\\s+");
        Pattern suffix = Pattern.compile("(?:Jr\\.?|Sr\\.?|II|III|IV)");
        String[] pieces = {"Ann", "Lee", "Jr.", "Jr", "Sr.", "III", "IV", "II", ",", " ", "  ", "\t", "\u00A0", "O'Neil", "de"};
        Random random = new Random(19);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(7);
            for (int k = 0; k < length; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String canonical = b.toString();
            String expected = null;
            String[] parts = whitespace.split(canonical);
            for (int i = parts.length - 1; i > 0; i--) {
                String p = parts[i].replace(",", "");
                if (!suffix.matcher(p).matches()) {
                    expected = p;
                    break;
                }
            }
            assertEquals(expected, EntityDraft.surnameOf(canonical), () -> "[" + canonical + "]");
        }
        assertEquals("Trone", EntityDraft.surnameOf("David Trone"));
        assertEquals("King", EntityDraft.surnameOf("Martin Luther King Jr."));
        assertNull(EntityDraft.surnameOf("Madonna"));
    }

    @Test
    void plainPhrasesAreLookedUpByTheirWordsAndOthersByTheTokenizer() {
        for (String phrase : List.of("Helen Brandt", "Mexico", "G7", "New York City", "a b c")) {
            assertEquals(Gazetteer.keys(phrase), Gazetteer.plainWords(phrase), phrase);
        }
        for (String phrase : List.of("", " Lee", "Lee ", "Ann  Lee", "U.S.", "Rep.", "O'Neil", "Mexico's", "Côte", "A-B")) {
            assertNull(Gazetteer.plainWords(phrase), phrase);
        }
        Gazetteer g = Gazetteer.standard();
        assertEquals(EntityType.PLACE, g.lookup("Mexico City").get(0).type());
        assertEquals("NPR", g.lookup("National Public Radio").get(0).canonical());
        assertEquals(GazetteerEntry.Form.ALIAS, g.lookup("National Public Radio").get(0).form());
    }

    @Test
    void everyTokenOfAGazetteerNameMayBeInANameAndCommonWordsMayNot() {
        Gazetteer g = Gazetteer.standard();
        for (String name : List.of("Drug Enforcement Administration", "The Washington Post", "Mexico City", "Trinidad and Tobago",
                "Bosnia and Herzegovina", "Department of Homeland Security", "Joseph R. Biden Jr.", "L.A.")) {
            for (String key : Gazetteer.keys(name)) {
                assertTrue(g.mayBeInName(key.charAt(0), key.length()), key + " of " + name);
            }
        }
        for (String word : List.of("said", "yesterday", "because", "cocaine", "seized")) {
            assertFalse(g.mayBeInName(word.charAt(0), word.length()), word);
        }
    }

    @Test
    void titlesStartOnlyWithTheFirstWordOfATitle() {
        Gazetteer g = Gazetteer.standard();
        assertTrue(g.mayStartTitle("President"));
        assertTrue(g.mayStartTitle("president"));
        assertTrue(g.mayStartTitle("Rep."));
        assertFalse(g.mayStartTitle("Brandt"));
        assertFalse(g.mayStartTitle("the"));
    }
}
