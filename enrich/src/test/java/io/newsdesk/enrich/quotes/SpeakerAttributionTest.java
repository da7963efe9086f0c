package io.newsdesk.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.entities.EntityEnricher;
import io.newsdesk.enrich.entities.Gazetteer;
import io.newsdesk.enrich.stage.StandardProcessors;
import io.newsdesk.enrich.text.AnalyzedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerAttributionTest {
    private static final EntityEnricher ENTITIES = new EntityEnricher(Gazetteer.standard(), StandardProcessors.entityPasses(Gazetteer.standard()));

    /** The attribution of each quotation of the text, in order. */
    private static List<SpeakerAttribution.Attribution> attributions(String text) {
        AnalyzedText analyzed = AnalyzedText.of(text);
        PeopleMentions people = new PeopleMentions(ENTITIES.entities(null, analyzed));
        SpeakerAttribution attribution = new SpeakerAttribution();
        return new QuotationMarks().find(text).stream().map(q -> attribution.of(analyzed, q, people)).toList();
    }

    @Test
    void theSpeakerIsThePersonInTheAttributionAfterOrBeforeTheQuotation() {
        List<SpeakerAttribution.Attribution> a = attributions("\u201CWe will rebuild,\u201D said Mayor Helen Brandt. "
                + "Harbor master Victor Lund said: \u201CThe money is not there.\u201D");
        assertEquals("Helen Brandt", a.get(0).speaker());
        assertEquals("said Mayor Helen Brandt", a.get(0).text());
        assertEquals("Victor Lund", a.get(1).speaker());
    }

    @Test
    void aPronounIsLeftToTheCallerAndAGroupIsNoPerson() {
        List<SpeakerAttribution.Attribution> a = attributions("\u201CWe were not ready,\u201D she said. \u201CNobody is hurt,\u201D police said.");
        assertTrue(a.get(0).pronoun());
        assertNull(a.get(0).speaker());
        assertEquals("police said", a.get(1).text());
        assertNull(a.get(1).speaker());
        assertEquals(false, a.get(1).pronoun());
    }

    @Test
    void withoutAVerbOfSayingThereIsNoAttribution() {
        assertNull(attributions("The sign read \u201CClosed for the winter season\u201D and Dana Whitfield left.").get(0));
    }

    @Test
    void theNextSentenceAfterAQuotationThatEndsOneIsNoAttributionUnlessItSpeaksAtOnce() {
        assertNull(attributions("\u201CWe won.\u201D The crowd cheered and later said nothing.").get(0));
        assertEquals("Dana Whitfield", attributions("\u201CWe won.\u201D Dana Whitfield said.").get(0).speaker());
    }
}
