package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BylineTest {

    @Test
    void aLeadInLineGivesTheNamesWithoutAgencyRoleOrDate() {
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("By Petra Lindqvist"));
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("By Petra Lindqvist (Northwind Agency)"));
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("By Petra Lindqvist, Transport Correspondent"));
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("By Petra Lindqvist (Northwind Agency) May 4, 2025"));
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("Words by Petra Lindqvist"));
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("Reporting by Petra Lindqvist; Editing by Oumar Sy"));
        assertEquals("Petra Lindqvist", Byline.afterLeadIn("By Petra Lindqvist in Porto"));
    }

    @Test
    void severalAuthorsAreJoinedAsAReaderWritesThem() {
        assertEquals("Petra Lindqvist and Oumar Sy-Delacroix", Byline.afterLeadIn("By Petra Lindqvist and Oumar Sy-Delacroix"));
        assertEquals("Petra Lindqvist and Oumar Sy-Delacroix", Byline.afterLeadIn("By Petra Lindqvist & Oumar Sy-Delacroix"));
        assertEquals("Ana Ruiz, Petra Lindqvist and Oumar Sy", Byline.afterLeadIn("By Ana Ruiz, Petra Lindqvist and Oumar Sy"));
    }

    @Test
    void namesInCapitalsAreWrittenInTitleCase() {
        assertEquals("Petra Lindqvist-Moe", Byline.afterLeadIn("BY PETRA LINDQVIST-MOE"));
        assertEquals("Sean O'Dowd", Byline.afterLeadIn("BY SEAN O'DOWD"));
    }

    @Test
    void particlesStayInsideAName() {
        assertEquals("Maria da Costa", Byline.afterLeadIn("By Maria da Costa"));
        assertEquals("Pieter van der Berg", Byline.nameLine("Pieter van der Berg, Staff Writer"));
    }

    @Test
    void aLineOfNamesNeedsNoLeadInButMayCarryARole() {
        assertEquals("Petra Lindqvist", Byline.nameLine("Petra Lindqvist"));
        assertEquals("Petra Lindqvist", Byline.nameLine("Petra Lindqvist | Courts reporter"));
        assertEquals("Petra Lindqvist", Byline.nameLine("Petra Lindqvist, Staff Writer"));
        assertEquals("Petra Lindqvist and Oumar Sy", Byline.nameLine("Petra Lindqvist and Oumar Sy"));
    }

    @Test
    void headlinesSentencesAndSingleWordsAreNotAuthors() {
        assertNull(Byline.nameLine("Ferry Service Resumes After Repairs"), "a headline in title case has words no name has");
        assertNull(Byline.nameLine("Council approves new budget"));
        assertNull(Byline.nameLine("Lisbon | 3 May 2025"), "a lone place before a date");
        assertNull(Byline.afterLeadIn("By the end of the year the council had spent the whole budget on roads."));
        assertNull(Byline.afterLeadIn("by the harbour authority"), "no capital after the lead-in");
        assertNull(Byline.afterLeadIn("Bypass opens"));
    }
}
