package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void anOutletOrAPlaceAfterTheNamesIsNotPartOfThem() {
        assertEquals("Carmen Ruiz-Obi", Byline.afterLeadIn("By CARMEN RUIZ-OBI Associated Wire"), "capitals change to mixed case");
        assertEquals("J. R. Ekwueme", Byline.afterLeadIn("By J. R. Ekwueme"), "initials go with either");
        assertEquals("Tobias Hargreave", Byline.afterLeadIn("By Tobias Hargreave For The Evening Mail"));
        assertEquals("Leonora Castellanos-Whyte", Byline.nameLine("Leonora Castellanos-Whyte in Lima"));
        assertEquals("Ana Ruiz and Oumar Sy", Byline.nameLine("Ana Ruiz and Oumar Sy in New Delhi"));
    }

    @Test
    void leadInsWithAColonABracketOrALinkMarker() {
        assertEquals("Philippa Oduya", Byline.afterLeadIn("Written by: Philippa Oduya"));
        assertEquals("Philippa Oduya", Byline.afterLeadIn("Words: Philippa Oduya"));
        assertNull(Byline.afterLeadIn("Words Fail Them as the Harbour Closes"), "a one-word lead-in needs its colon");
        assertEquals("Fenella Marsh", Byline.afterLeadIn("By [6]Fenella Marsh"));
        assertEquals("Gideon Mensah", Byline.afterLeadIn("Posted by Gideon Mensah at 10:32 AM"));
        assertEquals("Orla Fitz", Byline.afterLeadIn("Submitted by Orla Fitz on Tue, 14/01/2025 - 16:05"));
    }

    @Test
    void aWireStorysClosingCreditNamesItsReporters() {
        assertEquals("Valentina Oyarzun", Byline.closingCredit("(Reporting by Valentina Oyarzun in Santa Rosa; Editing by Josef Lind)"));
        assertEquals("Somchai Worawut and Ananya Kittikhun",
                Byline.closingCredit("(Reporting by Somchai Worawut and Ananya Kittikhun; Editing by Gareth Obuya)"));
        assertNull(Byline.closingCredit("(Editing by Gareth Obuya)"), "editors are not the authors");
        assertNull(Byline.closingCredit("By continuing you agree to our terms"));
    }

    @Test
    void aDeskOrAnOutletAfterASlashIsNoAuthor() {
        assertNull(Byline.afterLeadIn("By Staff Reporter"));
        assertNull(Byline.afterLeadIn("By Sports Desk"));
        assertEquals("Amit Rao", Byline.afterLeadIn("By Amit Rao/Meridian Wire"));
        assertEquals("Amit Rao", Byline.afterLeadIn("Author: Amit Rao"));
        assertEquals("Amit Rao", Byline.afterLeadIn("Words and pictures by Amit Rao"));
    }

    @Test
    void aRoleAloneIsNotAName() {
        assertTrue(JournalistRoles.isRole("Political Editor"));
        assertTrue(JournalistRoles.isRole("Local Democracy Reporter"));
        assertNull(Byline.nameLine("Political Editor"));
        assertEquals("Kwame Lindahl", Byline.nameLine("Kwame Lindahl, Football Writer"));
    }

    @Test
    void aRoleRunIntoTheNameOrListedWithEachAuthorIsLeftOff() {
        assertEquals("Siobhan Gallagher", Byline.afterLeadIn("By Siobhan Gallagher Health Editor"));
        assertEquals("Rajesh Nair", Byline.afterLeadIn("By Chief Reporter Rajesh Nair"));
        assertEquals("Rajesh Nair", Byline.afterLeadIn("BY RAJESH NAIR, CHIEF REPORTER"));
        assertEquals("Edmund Achterberg and Priyanka Bose",
                Byline.afterLeadIn("By Edmund Achterberg, Political Editor, and Priyanka Bose, Health Correspondent"));
        assertEquals("Owain Price", Byline.nameLine("Owain Price / Health Reporter"));
        assertNull(Byline.afterLeadIn("By Chief Political Correspondent"), "a role alone, however long");
    }

    @Test
    void rolesAsLabelsNotesAgenciesAndInitials() {
        assertEquals("Ailsa Munro", Byline.afterLeadIn("Reporter: Ailsa Munro"));
        assertEquals("Hamish Drummond", Byline.afterLeadIn("Court reporter: Hamish Drummond"));
        assertNull(Byline.afterLeadIn("PRESENTER: Good evening. Six people owe their lives to a lifeboat crew."),
                "a transcript's speaker in capitals");
        assertEquals("Beatrice Lomax", Byline.afterLeadIn("Compiled by Beatrice Lomax"));
        assertEquals("Olamide Bakare", Byline.afterLeadIn("\u2014 by Olamide Bakare"));
        assertEquals("Priya Raghunathan and Callum Doherty", Byline.nameLine("Priya Raghunathan (now) and Callum Doherty (earlier)"));
        assertEquals("Tom\u00E1s Echeverr\u00EDa", Byline.nameLine("Tom\u00E1s Echeverr\u00EDa and agencies"));
        assertNull(Byline.nameLine("Staff and agencies"));
        assertEquals("J.R. Okonkwo", Byline.afterLeadIn("By J.R. Okonkwo"));
        assertEquals("Bethan Lloyd-Jones", Byline.nameLine("Bethan Lloyd-Jones | 3 December 2026 | 4 min read"));
    }

    @Test
    void aDateRunIntoTheNamesOrBeforeByAndADeskEditor() {
        assertEquals("Tobias Ekwueme-Frost", Byline.nameLine("Tobias Ekwueme-Frost 3 March 2026"));
        assertEquals("Delphine Ojukwu-Carr", Byline.nameLine("Delphine Ojukwu-Carr March 2, 2026"));
        assertEquals("Rosamund Okafor-Lynch", Byline.nameLine("Rosamund Okafor-Lynch 3 days ago 2 min read"));
        assertEquals("Gwendolyn Achebe-Ross", Byline.afterLeadIn("Posted on March 3, 2026 by Gwendolyn Achebe-Ross"));
        assertEquals("Ines Abernethy-Okoro and Piotr Oyinlola", Byline.afterLeadIn("Coverage by Ines Abernethy-Okoro and Piotr Oyinlola"));
        assertNull(Byline.afterLeadIn("Editor: Li Wen"));
        assertNull(Byline.nameLine("Storm Warning Issued For March 3"));
    }

    @Test
    void aCommaBeforeTheLastAndListsNoOneMore() {
        assertEquals("Rowan Adeyemi, Kalinda Morrow and Jess Park", Byline.afterLeadIn("By Rowan Adeyemi, Kalinda Morrow, and Jess Park"));
        assertEquals("Rowan Adeyemi, Kalinda Morrow and Jess Park", Byline.afterLeadIn("BY ROWAN ADEYEMI, KALINDA MORROW, AND JESS PARK"));
        assertEquals("Rowan Adeyemi, Kalinda Morrow and Jess Park", Byline.nameLine("Rowan Adeyemi, Kalinda Morrow, and Jess Park"));
        assertNull(Byline.nameLine("Paris, London and Rome Face Heatwave"));
    }
}
