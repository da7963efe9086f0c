package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The definition of a word the scan implements: the expression Words used before, kept here as the reference. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\p{N}+(?:[.,:]\\p{N}+)*(?:\\p{L}+)?|[\\p{L}\\p{N}]+(?:[-'’.][\\p{L}\\p{N}]+)*\\.?");

    private static List<String> reference(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
                w = w.substring(0, w.length() - 1);
            }
            words.add(w);
        }
        return words;
    }

    @Test
    void theScanFindsTheWordsTheReferenceExpressionFinds() {
        // Letters, digits, the separators the expression treats specially, whitespace, and the Unicode
        // cases a char-by-char ASCII test gets wrong: other numbers (² ½ ٣), letter numbers (Ⅻ),
        // supplementary letters (𝐀) and digits (𝟙), a non-letter surrogate pair (😀) and lone surrogates.
        String[] pieces = {"a", "Z", "é", "ß", "7", "0", ".", ",", ":", "-", "'", "’", " ", "\n", "&", "$", "²", "½",
                "٣", "Ⅻ", "𝐀", "𝟙", "😀", "\uD835", "\uDC00", "U.S.", "10,000", "3.5", "e.g.", "don't", "—", "..", "x."};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(reference(t), Words.of(t), () -> "words of [" + t + "]");
            assertEquals(reference(t).size(), Words.count(t), () -> "count of [" + t + "]");
        }
    }

    @Test
    void numbersTakeAGluedUnitAndUnicodeNumbersAreWords() {
        assertEquals(List.of("3.5km", "12:30", "x²", "½", "Ⅻ", "U.S"), Words.of("3.5km, 12:30 x² ½ Ⅻ U.S-."));
    }
}
