package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineShapesTest {

    private static boolean date(String line) {
        return LineShapes.isDateLine(line, PageBlock.words(line));
    }

    private static boolean credit(String line) {
        return LineShapes.isCredit(line, PageBlock.words(line));
    }

    @Test
    void dateAndTimeLinesInTheirUsualForms() {
        assertTrue(date("Published May 4, 2025 | Updated 9:12 a.m."));
        assertTrue(date("Updated 11.05am"));
        assertTrue(date("Tuesday 6 May 2025, 08:40"));
        assertTrue(date("4 May 2025 · 6 min read"));
        assertTrue(date("Porto | 4 May 2025"));
        assertTrue(date("Posted: Sat, Jan 3, 2026"));
        assertTrue(date("2025-05-04 08:40"));
        assertTrue(date("04/05/2025 08:40 \u00B7 Updated 11:02"));
    }

    @Test
    void headlinesWithNumbersOrAMonthAreNotDates() {
        assertFalse(date("Runoff set for May 3 as turnout falls"));
        assertFalse(date("Inflation slows to 2.75% as fuel prices fall"));
        assertFalse(date("Tram line to close for two weeks in March"));
    }

    @Test
    void creditsWhereverTheCreditLabelStands() {
        assertTrue(credit("Photo: Ines Baptista / Porto Courier"));
        assertTrue(credit("PHOTO | INES BAPTISTA"));
        assertTrue(credit("Image: Courtesy of the harbour authority"));
        assertTrue(credit("Source: Harbour authority figures"));
        assertTrue(credit("Crowds on the quay at dawn. Photo / Ines Baptista"));
        assertFalse(credit("Photographers gathered on the quay before dawn to see the ship arrive"));
    }

    @Test
    void navigationRowsAndCapitalsAndDatelines() {
        assertTrue(LineShapes.isNavigation("Home | News | Sport"));
        assertTrue(LineShapes.isNavigation("Home \u203A News \u203A Courts"));
        assertTrue(LineShapes.isNavigation("Sport > Cycling"));
        assertFalse(LineShapes.isNavigation("Petra Lindqvist | Courts reporter"));
        assertTrue(LineShapes.isCapitals("THE HARBOUR TIMES"));
        assertFalse(LineShapes.isCapitals("EU ministers agree on fishing quotas"));
        assertTrue(LineShapes.startsWithDateline("PORTO \u2014 The harbour reopened"));
        assertTrue(LineShapes.startsWithDateline("PORTO, Portugal (Northwind Agency) \u2014 The harbour reopened"));
        assertTrue(LineShapes.startsWithDateline("SAN JOSE, May 4 (Northwind Agency) - The harbour reopened"));
        assertFalse(LineShapes.startsWithDateline("The harbour reopened on Monday - to cheers"));
    }

    @Test
    void datelinesInOtherStylesAndLiveBlogStamps() {
        assertEquals("MANILA:", LineShapes.dateline("MANILA: The Philippine government capped rice prices"));
        assertEquals("Nairobi, Kenya \u2014", LineShapes.dateline("Nairobi, Kenya \u2014 The commuter line will run more trains"));
        assertEquals("GENEVA (Alpine Wire) \u2013", LineShapes.dateline("GENEVA (Alpine Wire) \u2013 A United Nations agency warned"));
        assertNull(LineShapes.dateline("Meanwhile the council said it would appeal \u2014 again"));
        assertNull(LineShapes.dateline("Ministers said: we will appeal"));
        assertEquals("GRANITE FALLS, Colo., Dec. 2 \u2014", LineShapes.dateline("GRANITE FALLS, Colo., Dec. 2 \u2014 Residents were ordered to leave."));
        assertEquals("Brussels (AFP) -", LineShapes.dateline("Brussels (AFP) - European Union negotiators agreed early Wednesday."));
        assertEquals("Islamabad:", LineShapes.dateline("Islamabad: The government dismissed the army's chief of staff on Tuesday."));
        assertEquals("Auckland, 3 December:", LineShapes.dateline("Auckland, 3 December: A disease that kills kauri trees has been found."));
        assertEquals("HANOI (Mekong Wire) Mar 3 \u2013", LineShapes.dateline("HANOI (Mekong Wire) Mar 3 \u2013 Vietnam raised its rice quota."));
        assertNull(LineShapes.dateline("Analysis: The government has lost the argument on rail fares."), "a story label");
        assertNull(LineShapes.dateline("Islamabad: PM opens new motorway link"), "a headline with a place label, not a paragraph");
        assertNull(LineShapes.dateline("Brussels - the deal nobody wanted."), "a place and a dash alone");
        assertTrue(LineShapes.isDateLine("2 hours ago", 3));
        assertTrue(LineShapes.isDateLine("Updated 35 mins ago", 4));
        assertTrue(LineShapes.isBareTime("11:45", 2));
        assertTrue(LineShapes.isBareTime("2:48 PM", 3));
        assertFalse(LineShapes.isBareTime("Updated 2:48 PM", 3), "a date line under a standfirst, not a post's stamp");
        assertFalse(LineShapes.isBareTime("12 Sep 2024, 17:20", 5));
    }

    @Test
    void pressReleaseAndAgencyDatelinesWithoutABracketedAgencyAndDash() {
        assertEquals("OAKDALE, Calif., March 3, 2026 /Pressline/ --",
                LineShapes.dateline("OAKDALE, Calif., March 3, 2026 /Pressline/ -- Harbourline Energy said today it will build a plant."));
        assertEquals("Mumbai, Mar 3 (WNS)", LineShapes.dateline("Mumbai, Mar 3 (WNS) The state government will hire 5,000 teachers."));
        assertNull(LineShapes.dateline("Smith, the owner (AP) said the shop would close."));
    }

    @Test
    void theYearsOfALifeOverAnObituary() {
        assertTrue(LineShapes.isLifeSpan("1931 \u2013 2026"));
        assertTrue(LineShapes.isLifeSpan("1948-2026"));
        assertFalse(LineShapes.isLifeSpan("2024-25 season"));
    }

    @Test
    void aVideosLabelOrRunningTimeOnALineOfItsOwn() {
        assertTrue(LineShapes.isMediaLabel("Video", 1));
        assertTrue(LineShapes.isMediaLabel("2:14", 2));
        assertFalse(LineShapes.isMediaLabel("Video games", 2));
        assertFalse(LineShapes.isMediaLabel("Transport", 1));
    }
}
