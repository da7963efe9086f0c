package io.newsdesk.enrich.quotes;

import io.newsdesk.enrich.entities.Gazetteer;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.schemas.Quote;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuoteEnricherTest {

    private static List<Quote> quotes(String text) {
        AnalyzedText analyzed = AnalyzedText.of(text);
        return new QuoteEnricher(new QuotationMarks(), new SpeakerAttribution()).quotes(analyzed,
                new EntityEnricher(Gazetteer.standard(), StandardProcessors.entityPasses(Gazetteer.standard())).entities(null, analyzed));
    }

    @Test
    void speakersComeFromTheAttributionAfterOrBeforeTheQuotation() {
        String text = "\u201CWe will rebuild the pier by summer,\u201D said Mayor Helen Brandt. "
                + "Harbor master Victor Lund was less sure. \"The money is not there yet,\" Lund told the Coastal Herald.\n\n"
                + "Brandt said: \"We have the money and we have the plan.\"";
        List<Quote> q = quotes(text);
        assertEquals(3, q.size(), q.toString());
        assertEquals("We will rebuild the pier by summer,", q.get(0).getText());
        assertEquals("Helen Brandt", q.get(0).getSpeaker());
        assertEquals("said Mayor Helen Brandt", q.get(0).getAttribution());
        assertEquals("Victor Lund", q.get(1).getSpeaker());
        assertEquals("Helen Brandt", q.get(2).getSpeaker());
        assertEquals(q.get(1).getText(), text.substring(q.get(1).getStart(), q.get(1).getEnd()));
    }

    @Test
    void pronounsAndContinuedQuotesKeepTheSpeaker() {
        String text = "Coach Dana Okoro was blunt after the loss. \"We were not ready,\" she said. "
                + "\"The second half was the worst we have played all season and I take the blame for it.\"\n\n"
                + "\"We start again on Monday, and nobody gets a day off until this is fixed.";
        List<Quote> q = quotes(text + "\"");
        assertEquals(3, q.size(), q.toString());
        q.forEach(x -> assertEquals("Dana Okoro", x.getSpeaker(), x.getText()));
        assertEquals("she said", q.get(0).getAttribution());
    }

    @Test
    void shortScareQuotesAreNotQuotations() {
        assertEquals(List.of(), quotes("The plan was called \"bold\" by some and a \"dead end\" by others."));
    }

    @Test
    void aQuotationsTextIsItsWordsAsWrittenAFinalCommaIncluded() {
        List<Quote> q = quotes("\u201CWe have the money and we have the plan,\u201D said Mayor Helen Brandt.");
        assertEquals(1, q.size(), q.toString());
        assertEquals("We have the money and we have the plan,", q.get(0).getText());
    }

    @Test
    void wordsAreTheRunsASplitOnWhitespaceGives() {
        Pattern whitespace = Pattern.compile("\\s+");
        String[] pieces = {"a", "bc", " ", "\t", "\n", "\u000B", "\u00A0", "\u0085", ",", "."};
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder("x");
            int length = random.nextInt(10);
            for (int k = 0; k < length; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String inner = b.toString();
            // as the enricher sees it: a quotation text starts with a non-space char
            assertEquals(whitespace.split(inner).length, QuoteEnricher.wordsBetween("<<" + inner + ">>", 2, 2 + inner.length()), inner);
        }
        assertEquals(0, QuoteEnricher.wordsBetween("", 0, 0));
    }

    @Test
    void sentenceBreaksAreCountedAsTheSplitOnThemCountedThem() {
        Pattern sentenceBreak = Pattern.compile("[.!?][\"\u201D]?\\s");
        String[] pieces = {"a", "b c", ".", "!", "?", "\"", "\u201D", " ", "\n", "\t", "\u00A0"};
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String between = b.toString();
            String body = "\u201Cxy\u201D" + between + "\u201Czz";
            assertEquals(sentenceBreak.split(between).length, QuoteEnricher.sentenceBreakSplits(body, 4, 4 + between.length()),
                    () -> "[" + between + "]");
        }
    }

    @Test
    void aQuotationIsRecentWithinTwoSentenceBreaksAndNoBlankParagraph() {
        String body = "x. A. B. C. D";
        assertEquals(true, QuoteEnricher.recent(body, 1, 8));
        assertEquals(false, QuoteEnricher.recent(body, 1, 13));
        assertEquals(false, QuoteEnricher.recent("a\n\n\nb", 1, 5));
        assertEquals(false, QuoteEnricher.recent(body, -1, 5));
        assertEquals(false, QuoteEnricher.recent(body, 6, 5));
        assertEquals(false, QuoteEnricher.recent("a" + "b".repeat(400), 1, 401));
    }
}
