package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one-pass {@link AnalyzedText} and {@link Tokenizer} give exactly the tokens, sentences, paragraphs and
 * word forms of the versions they replaced ({@link ReferenceAnalyzedText}, {@link ReferenceTokenizer}), and
 * the per-text word forms agree with {@link Token#lower}, {@link WordForms#fold} and {@link EnglishWords}.
 */
class AnalyzedTextEquivalenceTest {

    @Test
    void evaluationArticlesAreAnalysedAsBefore() {
        for (String[] a : SampleTexts.evaluationArticles()) {
            assertSameAnalysis(a[0]);
            assertSameAnalysis(a[1]);
        }
    }

    @Test
    void randomTextsWithTheSpecialCasesAreAnalysedAsBefore() {
        int sentences = 0;
        for (String[] a : SampleTexts.random(611L, 400)) {
            assertSameAnalysis(a[0]);
            sentences += assertSameAnalysis(a[1]);
        }
        assertTrue(sentences > 2000, "the random texts should have many sentences, had " + sentences);
    }

    @Test
    void edgeTextsAreAnalysedAsBefore() {
        for (String t : new String[] {"", " ", "\n\n", ".", "a", "Dr.", "Dr. Who", "U.S.", "ended.\n\nNext", "Heading\nBody text.",
            "It rose 3.5% to 10,000.", "\"Go.\" He went.", "Go to \u212Ay. now", "Visit KY. now", "Approx.\nNext", "approx. 5 Gov't. x",
            "Sgt. \u00c9tienne and SEPT. rain", "Mr.", "in St.\n\nSt. Louis", "x\u2019s y's Z'S officers' \u00ba", "\u0130stanbul \u212aelvin STRASSE"}) {
            assertSameAnalysis(t);
        }
    }

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
    }

    /** Compares everything the two analyses expose; returns the number of sentences. */
    private static int assertSameAnalysis(String s) {
        AnalyzedText fast = AnalyzedText.of(s);
        ReferenceAnalyzedText reference = ReferenceAnalyzedText.of(s);
        assertEquals(reference.tokens(), fast.tokens(), s);
        assertEquals(Tokenizer.tokenize(s), reference.tokens(), s);
        // both Span types are records named Span: their text forms are equal when their bounds are
        assertEquals(reference.sentences().toString(), fast.sentences().toString(), s);
        assertEquals(reference.paragraphs().toString(), fast.paragraphs().toString(), s);
        for (int i = 0; i < fast.size(); i++) {
            Token t = fast.token(i);
            assertEquals(reference.token(i), t, s);
            assertEquals(reference.sentenceOf(i), fast.sentenceOf(i), s);
            assertEquals(reference.paragraphOf(i), fast.paragraphOf(i), s);
            assertEquals(reference.sentenceInitial(i), fast.sentenceInitial(i), s);
            assertEquals(t.lower(), fast.lower(i), s);
            assertEquals(WordForms.fold(t.text()), fast.folded(i), s);
            assertEquals(EnglishWords.isStopWord(t.text()), fast.stopWord(i), s);
            assertEquals(EnglishWords.isCommon(t.text()), fast.commonWord(i), s);
            assertEquals(reference.tokenAt(t.start()), fast.tokenAt(t.start()), s);
        }
        assertEquals(reference.slice(0, fast.size()), fast.slice(0, fast.size()), s);
        return fast.sentences().size();
    }
}
