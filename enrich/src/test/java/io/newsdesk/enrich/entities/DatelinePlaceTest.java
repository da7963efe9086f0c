package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatelinePlaceTest {

    @Test
    void capitalsBeforeACommaBracketOrDashAtTheStartAreTheDatelinesPlace() {
        Recognition r = Recognize.run("NEW YORK, Feb 26 - The council met.", null, new DatelinePlace());
        assertEquals(List.of("PLACE New York"), Recognize.found(r));
        EntityDraft ny = Recognize.draft(r, "New York");
        assertEquals("NEW YORK", ny.mentions.get(0).getText());
        assertTrue(r.claimed[0] && r.claimed[1], "the dateline's words are no longer free for other passes");
        assertEquals(List.of("PLACE Riverside"), Recognize.found(Recognize.run("RIVERSIDE (AP) \u2014 A pilot was cleared.", null, new DatelinePlace())));
    }

    @Test
    void aDatelineNamesACityBeforeACountryOfTheSameName() {
        Recognition r = Recognize.run("MEXICO CITY, March 3 - Officials met.", null, new DatelinePlace());
        assertEquals("MX", Recognize.draft(r, "Mexico City").isoCode);
    }

    @Test
    void noCommaOrDashAfterTheCapitalsIsNoDateline() {
        assertEquals(List.of(), Recognize.found(Recognize.run("FBI agents arrived on Monday.", null, new DatelinePlace())));
        assertEquals(List.of(), Recognize.found(Recognize.run("The council met, briefly.", null, new DatelinePlace())));
    }

    @Test
    void capitalsAreTitleCasedWordByWord() {
        assertEquals("New York", DatelinePlace.titleCase("NEW YORK"));
        assertEquals("O'hare", DatelinePlace.titleCase("O'HARE"));
    }
}
