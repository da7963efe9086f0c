package io.newsdesk.publish.readmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {
    @Test
    void runsOfWhitespaceFoldToOneSpaceAsTheRegularExpressionFoldsThem() {
        assertEquals(" a b c ", SnippetFormatter.foldSpaces("\n a\t\tb \r\n c\f"));
        String clean = "Nothing to fold here.";
        assertSame(clean, SnippetFormatter.foldSpaces(clean), "no copy when nothing changes");
        // Random texts over letters, every whitespace \s matches, and some it does not (no-break and
        // ideographic spaces, the line separator), compared with the regular expression they replace.
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u3000', '\u2028', '.'};
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(text.toString().replaceAll("\\s+", " "), SnippetFormatter.foldSpaces(text.toString()),
                    () -> "for " + text.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
