package io.newsdesk.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.schemas.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteEnricherTest {

    private static List<Quote> quotes(String text) {
        return new QuoteEnricher().quotes(text, new EntityEnricher().entities(null, text));
    }

    @Test
    void speakersComeFromTheAttributionAfterOrBeforeTheQuotation() {
        String text = "\u201CWe will rebuild the pier by summer,\u201D said Mayor Helen Brandt. "
                + "Harbor master Victor Lund was less sure. \"The money is not there yet,\" Lund told the Coastal Herald.\n\n"
                + "Brandt said: \"We have the money and we have the plan.\"";
        List<Quote> q = quotes(text);
        assertEquals(3, q.size(), q.toString());
        assertEquals("We will rebuild the pier by summer", q.get(0).getText());
        assertEquals("Helen Brandt", q.get(0).getSpeaker());
        assertEquals("said Mayor Helen Brandt", q.get(0).getAttribution());
        assertEquals("Victor Lund", q.get(1).getSpeaker());
        assertEquals("Helen Brandt", q.get(2).getSpeaker());
        assertEquals(q.get(1).getText(), text.substring(q.get(1).getStart(), q.get(1).getEnd()).replaceAll(",$", ""));
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
}
