package io.newsdesk.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> found(String body) {
        return new QuotationMarks().find(body).stream()
                .map(q -> body.substring(q.start(), q.end()) + "|" + q.continuesPrevious()).toList();
    }

    @Test
    void straightAndCurlyMarksArePairedAndAQuotationCarriesOnAcrossAParagraphBreak() {
        assertEquals(List.of("one two|false", "three|false", "four|true"),
                found("He said \"one two\" and \u201Cthree\n\n\u201Cfour\u201D 12\" pipe \"five"));
    }

    @Test
    void aStraightQuoteGluedToAWordOpensNothing() {
        assertEquals(List.of(), found("A 12\" pipe and a 6\" one."));
    }

    @Test
    void aParagraphThatDoesNotReopenTheQuotationEndsIt() {
        assertEquals(List.of("We will win|false"), found("\u201CWe will win\n\nShe left. \u201D"));
    }

    @Test
    void anEmptyPairIsNoQuotation() {
        assertEquals(List.of(), found("Nothing \"\" here."));
    }

    @Test
    void guillemetsAndLowHighQuotesCloseOnlyWithTheirOwnMark() {
        assertEquals(List.of(" Nous restons, \"pour l'instant\" |false", "Wir bleiben|false", "les outils|false"),
                found("\u00AB Nous restons, \"pour l'instant\" \u00BB, dit-il. \u201EWir bleiben\u201C, sagte er. \u2039les outils\u203A"));
    }

    @Test
    void aGuillemetParagraphReopeningCarriesTheQuotationOn() {
        assertEquals(List.of("Un|false", "Deux|true"), found("\u00ABUn\n\n\u00ABDeux\u00BB"));
    }
}
