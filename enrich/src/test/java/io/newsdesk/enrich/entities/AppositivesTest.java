package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppositivesTest {

    private static List<String> titles(String text, String person) {
        return List.copyOf(Recognize.draft(Recognize.run(text, null, new GazetteerNames(), new CapitalisedRuns()), person).titles);
    }

    @Test
    void aRolePhraseAfterOrBeforeTheNameIsATitle() {
        assertEquals(List.of("a Maryland Democrat"), titles("David Trone, a Maryland Democrat who ran, spoke.", "David Trone"));
        assertEquals(List.of("Mexico's former ambassador"), titles("Mexico's former ambassador, Arturo Sarukhan, spoke.", "Arturo Sarukhan"));
    }

    @Test
    void aPhraseWithAVerbOrWithoutARoleIsNoTitle() {
        assertEquals(List.of(), titles("Dana Whitfield, who was arrested, spoke.", "Dana Whitfield"));
        assertEquals(List.of(), titles("Dana Whitfield, a woman of few words, spoke.", "Dana Whitfield"));
    }
}
