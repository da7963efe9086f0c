package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurnamesTest {

    private static Recognition run(String text) {
        return Recognize.run(text, null, new CapitalisedRuns(), new Surnames());
    }

    @Test
    void aLaterSurnameIsThePersonNamedInFullWithTheTitleBeforeIt() {
        Recognition r = run("Dana Whitfield guided the ship. Later, Capt. Whitfield spoke.");
        EntityDraft whitfield = Recognize.draft(r, "Dana Whitfield");
        assertEquals(2, whitfield.mentions.size());
        assertEquals(List.of("Capt."), List.copyOf(whitfield.titles));
    }

    @Test
    void aSurnameTwoPeopleShareStaysUnresolved() {
        Recognition r = run("Mary Reyes and John Reyes opened a bakery. Later Reyes spoke.");
        assertEquals(1, Recognize.draft(r, "Mary Reyes").mentions.size());
        assertEquals(1, Recognize.draft(r, "John Reyes").mentions.size());
    }

    @Test
    void aLoneWordThatSpeaksIsAPersonButACommonWordIsNot() {
        assertEquals(List.of("PERSON Okafor"), Recognize.found(run("The plan failed, and Okafor said it would.")));
        assertEquals(List.of(), Recognize.found(run("The plan failed, and People said it would.")));
    }
}
