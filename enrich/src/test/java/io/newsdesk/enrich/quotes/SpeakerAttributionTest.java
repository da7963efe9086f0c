package io.newsdesk.enrich.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        List<Quotation> quotations = new QuotationMarks().find(text);
        NameRuns names = new NameRuns(analyzed, new PeopleMentions(ENTITIES.entities(null, analyzed)), quotations);
        SpeakerAttribution attribution = new SpeakerAttribution();
        return quotations.stream().map(q -> attribution.of(analyzed, q, names)).toList();
    }

    @Test
    void theSpeakerIsTheNameInTheAttributionAfterOrBeforeTheQuotation() {
        List<SpeakerAttribution.Attribution> a = attributions("\u201CWe will rebuild,\u201D said Mayor Helen Brandt. "
                + "Harbor master Victor Lund said: \u201CThe money is not there.\u201D");
        assertEquals(SpeakerAttribution.Kind.NAME, a.get(0).kind());
        assertEquals("said Mayor Helen Brandt", a.get(0).text());
        assertEquals(SpeakerAttribution.Kind.NAME, a.get(1).kind());
    }

    @Test
    void aPronounAndARolePhraseAreLeftToTheResolutionAndAGroupIsNobody() {
        List<SpeakerAttribution.Attribution> a = attributions("\u201CWe were not ready,\u201D she said. "
                + "\u201CThe bench won it for us,\u201D the veteran coach added. \u201CNobody is hurt,\u201D police said.");
        assertEquals(SpeakerAttribution.Kind.PRONOUN, a.get(0).kind());
        assertEquals(SpeakerAttribution.Kind.ROLE, a.get(1).kind());
        assertEquals("the veteran coach added", a.get(1).text());
        assertEquals(SpeakerAttribution.Kind.NONE, a.get(2).kind());
        assertEquals("police said", a.get(2).text());
    }

    @Test
    void withoutAVerbOfSayingOnlyAPartialQuotationHasItsSentencesSubject() {
        assertNull(attributions("\u201CClosed for the winter season\u201D hung on the gate. Dana Whitfield left.").get(0));
        SpeakerAttribution.Attribution partial = attributions("Dana Whitfield called the ruling \u201Cdeeply flawed and dangerous\u201D on Monday.").get(0);
        assertEquals(SpeakerAttribution.Kind.NAME, partial.kind());
        assertEquals(false, partial.spoken());
    }

    @Test
    void theNextSentenceAfterAQuotationThatEndsOneIsNoAttributionUnlessItSpeaksAtOnce() {
        assertNull(attributions("\u201CWe won.\u201D The crowd cheered and later said nothing.").get(0));
        assertEquals(SpeakerAttribution.Kind.NAME, attributions("\u201CWe won.\u201D Dana Whitfield said.").get(0).kind());
    }
}
