package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.enrich.text.AnalyzedText;
import io.newsdesk.schemas.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a name is used (NameUsage), the longer names the passes now offer the typer, and where names run on (NameSpans). */
class NameUsageTest {

    private static Recognition recognition(String text, SpanTyper typer) {
        return new Recognition(AnalyzedText.of(text), null, Gazetteer.standard(), typer);
    }

    private static List<String> features(String text, int from, int end) {
        return SpanFeatures.of(recognition(text, SpanTyper.RULES), from, end, null, null);
    }

    @Test
    void anOrganisationNounBesideANameAndTheNextPronounAreFeatures() {
        List<String> appositive = features("Soko Bora, a Nairobi start-up, said it would grow.", 0, 2);
        assertTrue(appositive.contains("orgNounAfter"), appositive.toString());
        assertTrue(appositive.contains("pronounAfter=it"), appositive.toString());
        List<String> before = features("The Danish carrier Nordhavn Line said on Monday.", 3, 5);
        assertTrue(before.contains("orgNounBefore"), before.toString());
        List<String> person = features("Dana Holt said he would run.", 0, 2);
        assertTrue(person.contains("pronounAfter=he"), person.toString());
        assertFalse(person.contains("orgNounBefore") || person.contains("orgNounAfter"), person.toString());
    }

    @Test
    void theXFamilyNamesPeople() {
        Recognition r = recognition("The Obregón family will keep 51 percent.", SpanTyper.RULES);
        assertTrue(NameUsage.familyName(r, 1, 2));
        assertFalse(NameUsage.familyName(r, 0, 2));
    }

    @Test
    void namesRunOnThroughForeignJoinersOfTheAListAndALegalFormAfterAComma() {
        assertEquals("Banco do Brasil", runFrom("Shares of Banco do Brasil rose.", 2));
        assertEquals("Office of the Auditor General", runFrom("The Office of the Auditor General said so.", 1));
        assertEquals("Hanseong Precision Co., Ltd.", runFrom("Shares of Hanseong Precision Co., Ltd. fell.", 2));
        assertEquals("Ministry of Trade, Industry and Energy", runFrom("The Ministry of Trade, Industry and Energy said so.", 1));
        assertEquals("Acme Widgets", runFrom("He sued Acme Widgets, Boston Dynamics and others.", 2));
    }

    private static String runFrom(String text, int from) {
        Recognition r = recognition(text, SpanTyper.RULES);
        return r.slice(from, NameSpans.runEnd(r, from));
    }

    @Test
    void aKnownPlaceWithWordsNoListKnowsIsOfferedToTheTyperAsOneName() {
        List<String> asked = new ArrayList<>();
        SpanTyper organisations = (r, from, end, title, guess) -> {
            asked.add(r.slice(from, end));
            return EntityType.ORGANIZATION;
        };
        Recognition r = recognition("The Perth Wildcats have signed a guard. Football Australia said so.", organisations);
        new GazetteerNames().run(r);
        assertTrue(asked.containsAll(List.of("Perth Wildcats", "Football Australia")), asked.toString());
        assertEquals(List.of("ORGANIZATION Perth Wildcats", "ORGANIZATION Football Australia"), Recognize.found(r));
    }

    @Test
    void inAMatchReportAKnownPlaceOutsideTheDatelineMayBeASide() {
        List<String> asked = new ArrayList<>();
        SpanTyper organisations = (r, from, end, title, guess) -> {
            asked.add(r.slice(from, end));
            return EntityType.ORGANIZATION;
        };
        Recognition r = recognition("GALLE, Sri Lanka (Wire) — Fiji coach Mosese Waqa said the side won the match after the final goal; "
                + "the team's captain scored twice in the game and the striker's goals won the title.", organisations);
        new DatelinePlace().run(r);
        new GazetteerNames().run(r);
        assertTrue(asked.contains("Fiji"), asked.toString());
        assertFalse(asked.contains("Sri Lanka"), "a dateline names a place: " + asked);
    }
}
