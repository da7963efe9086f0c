package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
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

    @Test
    void aParagraphBreakIsTwoNewlinesWithOnlyWhitespaceBetween() {
        // a no-break space is not whitespace to the break: its newlines join the lines like single ones
        assertEquals(List.of("One line", "and the next", "Third \u00A0 \u00A0 Fourth"),
                splitter.split("One line\n \t\r\nand the next\n\n\n  Third \u00A0\n\u00A0\nFourth"));
    }

    @Test
    void theSinkStopsTheSplitting() {
        List<String> seen = new ArrayList<>();
        splitter.split("First one. Second one.\n\nThird one. Fourth one.", s -> {
            seen.add(s);
            return seen.size() < 3;
        });
        assertEquals(List.of("First one.", "Second one.", "Third one."), seen);
    }

    @Test
    void paragraphsAreWhatTheParagraphExpressionSeparates() {
        // The scan replaced Pattern.compile("\n\\s*\n").split(text); this checks it against that expression.
        Pattern paragraphBreak = Pattern.compile("\n\\s*\n");
        String[] pieces = {"A b.", " ", "\n", "\t", "\r", "\u000B", "\f", "\u00A0", "\u2028", "C d", "?", "x"};
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            List<String> expected = new ArrayList<>();
            for (String paragraph : paragraphBreak.split(t)) {
                expected.addAll(splitter.split(paragraph.replace('\n', ' ')));
            }
            assertEquals(expected, splitter.split(t), () -> "sentences of [" + t + "]");
        }
    }
}
