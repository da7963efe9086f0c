package io.newsdesk.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadlineMentionsTest {

    @Test
    void anEntityTheHeadlineNamesByNameOrAliasAsAWholeWordIsMarked() {
        Recognition r = Recognize.run("Dana Whitfield met the Federal Aviation Administration (FAA) in Texas.", "Whitfield faces FAA",
                new GazetteerNames(), new CapitalisedRuns(), new Surnames(), new HeadlineMentions());
        assertTrue(Recognize.draft(r, "Federal Aviation Administration").inHeadline, "by its acronym");
        assertFalse(Recognize.draft(r, "Texas").inHeadline);
        assertFalse(Recognize.draft(r, "Dana Whitfield").inHeadline, "the surname is no alias until the text uses it alone");
    }

    @Test
    void partOfAWordIsNoMention() {
        assertTrue(HeadlineMentions.containsWord("Texas votes", "Texas"));
        assertFalse(HeadlineMentions.containsWord("Texasville votes", "Texas"));
        assertFalse(HeadlineMentions.containsWord("", "Texas"));
    }
}
