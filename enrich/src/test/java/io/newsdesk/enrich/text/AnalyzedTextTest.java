package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one analysis of a text offers every pass: tokens, sentences and paragraphs as token ranges, and the
 * per-token word forms, which agree with {@link Token#lower}, {@link WordForms#fold} and {@link EnglishWords}.
 * (Seeded random texts are held to their approved analysis by {@code ApprovedSampleTextsTest}.)
 */
class AnalyzedTextTest {

    @Test
    void wordFormsAreTheOnesTheWordListsGive() {
        AnalyzedText text = AnalyzedText.of("The Officers\u2019 policies, Taxes and \u0130stanbul news: SAID Said said churches");
        List<String> folded = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            folded.add(text.folded(i));
        }
        assertEquals(List.of("the", "officer", "'", "policy", ",", "tax", "and", "i\u0307stanbul", "news", ":", "said", "said",
                "said", "church"), folded);
        assertTrue(text.stopWord(0));
        assertTrue(text.commonWord(10) && text.commonWord(11));
        assertEquals("officers", text.lower(1));
        assertNotEquals(text.stopWord(1), text.stopWord(0));
        for (int i = 0; i < text.size(); i++) {
            Token t = text.token(i);
            assertEquals(t.lower(), text.lower(i));
            assertEquals(WordForms.fold(t.text()), text.folded(i));
            assertEquals(EnglishWords.isStopWord(t.text()), text.stopWord(i));
            assertEquals(EnglishWords.isCommon(t.text()), text.commonWord(i));
        }
    }

    @Test
    void sentencesEndAtAFullStopBeforeACapitalButNotAfterAnAbbreviation() {
        AnalyzedText text = AnalyzedText.of("Rep. Ann Lee spoke. \u201cGo.\u201d He went.\n\nNext paragraph here");
        assertEquals(List.of("Rep. Ann Lee spoke.", "\u201cGo.\u201d", "He went.", "Next paragraph here"),
                text.sentences().stream().map(s -> text.slice(s.from(), s.to())).toList());
        assertEquals(2, text.paragraphs().size());
        assertTrue(text.sentenceInitial(0));
        assertTrue(text.sentenceInitial(text.tokenAt(text.text().indexOf("Go"))), "after an opening quote");
        assertFalse(text.sentenceInitial(1));
    }

    @Test
    void aHeadingLineWithoutFinalPunctuationIsAParagraphOfItsOwn() {
        AnalyzedText text = AnalyzedText.of("COURTS\nThe judge ruled.\nShe left.");
        assertEquals(List.of("COURTS", "The judge ruled.\nShe left."),
                text.paragraphs().stream().map(p -> text.slice(p.from(), p.to())).toList());
    }

    @Test
    void tokenAtFindsTheFirstTokenStartingAtOrAfterAnOffset() {
        AnalyzedText text = AnalyzedText.of("A  dog.");
        assertEquals(0, text.tokenAt(0));
        assertEquals(1, text.tokenAt(1));
        assertEquals(1, text.tokenAt(3));
        assertEquals(3, text.tokenAt(7));
    }
}
