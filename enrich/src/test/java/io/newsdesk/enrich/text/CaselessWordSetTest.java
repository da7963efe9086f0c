package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaselessWordSetTest {
    private final CaselessWordSet words = CaselessWordSet.of(List.of("million", "per cent", "a.m.", "km/h", "k", "won't"));

    @Test
    void findsAWordWrittenInAnyCaseAtItsListPosition() {
        assertEquals(0, words.indexOf("million"));
        assertEquals(0, words.indexOf("MILLION"));
        assertEquals(0, words.indexOf("Million"));
        assertEquals(1, words.indexOf("Per Cent"));
        assertEquals(2, words.indexOf("A.M."));
        assertEquals(3, words.indexOf("KM/H"));
        assertEquals(5, words.indexOf("Won't"));
        assertEquals("km/h", words.word(3));
    }

    @Test
    void aPartOfATextIsLookedUpWithoutCopyingIt() {
        String text = "cost 1.2MILLION dollars";
        assertEquals(0, words.indexOf(text, 8, 15));
        assertEquals(-1, words.indexOf(text, 8, 14));
        assertEquals(-1, words.indexOf(text, 7, 15));
        assertEquals(-1, words.indexOf(text, 3, 3));
    }

    @Test
    void prefixesExtensionsAndOtherWordsAreNoEntries() {
        assertFalse(words.contains("millions"));
        assertFalse(words.contains("millio"));
        assertFalse(words.contains("per"));
        assertFalse(words.contains(""));
        assertFalse(words.contains("billion"));
        assertFalse(words.contains("wont"));
    }

    @Test
    void theKelvinSignIsTheOnlyNonAsciiCharThatMatches() {
        // "\u212A" (KELVIN SIGN) lower-cases to "k"; the dotted capital I lower-cases to "i" plus a combining dot
        assertTrue(words.contains("\u212A"));
        assertEquals("k", "\u212A".toLowerCase(Locale.ROOT));
        assertFalse(CaselessWordSet.of("im").contains("\u0130M"));
        assertFalse(words.contains("m\u0131llion")); // dotless i
    }

    @Test
    void foldAgreesWithStringLowerCaseForEveryChar() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String lower = String.valueOf((char) c).toLowerCase(Locale.ROOT);
            boolean asciiLower = lower.length() == 1 && lower.charAt(0) < 128;
            int expected = asciiLower ? lower.charAt(0) : -1;
            assertEquals(expected, CaselessWordSet.fold((char) c), "char " + Integer.toHexString(c));
        }
    }

    @Test
    void agreesWithLowerCasingOnAGeneratedVocabulary() {
        List<String> vocabulary = List.of("a", "an", "as many", "x", "xy", "zz", "b4", "q1", "twenty", "hundreds", "dozen");
        CaselessWordSet set = CaselessWordSet.of(vocabulary);
        String alphabet = "aAnN xXyYzZbB4qQ1tTwWeEnNyYhHuUdDrRsSoO\u212A\u0130\u00C9";
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertEquals(vocabulary.indexOf(text.toLowerCase(Locale.ROOT)), set.indexOf(text), text);
        }
        for (String w : vocabulary) {
            assertEquals(vocabulary.indexOf(w), set.indexOf(w.toUpperCase(Locale.ROOT)), w);
        }
    }

    @Test
    void rejectsUpperCaseNonAsciiEmptyAndRepeatedWords() {
        assertThrows(IllegalArgumentException.class, () -> CaselessWordSet.of("Million"));
        assertThrows(IllegalArgumentException.class, () -> CaselessWordSet.of("caf\u00E9"));
        assertThrows(IllegalArgumentException.class, () -> CaselessWordSet.of(""));
        assertThrows(IllegalArgumentException.class, () -> CaselessWordSet.of("won", "won"));
    }
}
