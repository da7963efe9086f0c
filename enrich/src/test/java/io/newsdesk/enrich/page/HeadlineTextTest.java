package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadlineTextTest {

    private static String heading(String html) {
        return HeadlineText.of(Jsoup.parse(html).selectFirst("h1"));
    }

    @Test
    void aLabelOrACountInsideTheHeadingIsNotTheHeadlines() {
        assertEquals("Why the city needs a night mayor", heading("<h1><span class=tag>Opinion</span>Why the city needs a night mayor</h1>"));
        assertEquals("Aide lobbied for firm that hired him", heading("<h1><span class=kicker>EXCLUSIVE</span> Aide lobbied for firm that hired him</h1>"));
        assertEquals("Tram drivers strike over night shifts",
                heading("<h1>Tram drivers strike over night shifts<span class=dek>Services on five lines cancelled</span></h1>"));
        assertEquals("Wind farm plan cut back", heading("<h1>Wind farm plan cut back <small>Updated</small></h1>"));
        assertEquals("Uniform costs capped at £100", heading("<h1><a href=/x>Uniform costs capped at £100</a> <span class=count><a>42</a></span></h1>"));
        // a label with a colon is part of the headline, and so are figures inside it
        assertEquals("Revealed: the homes short of staff", heading("<h1><span>Revealed:</span><br><span>the homes short of staff</span></h1>"));
        assertEquals("5 dead and 12 hurt in pile-up", heading("<h1>5 dead and 12 hurt in pile-up</h1>"));
    }

    @Test
    void aStoryLabelInCapitalsRunIntoTheHeadlineIsLeftOff() {
        assertEquals("Storm Dara: rail lines closed", HeadlineText.withoutRunInLabel("LIVE Storm Dara: rail lines closed"));
        assertEquals("Minister's aide lobbied for firm", HeadlineText.withoutRunInLabel("EXCLUSIVE Minister's aide lobbied for firm"));
        assertEquals("WATCH: Tram derails on Harbour Road bend", HeadlineText.withoutRunInLabel("WATCH: Tram derails on Harbour Road bend"));
        assertEquals("Live music returns to the park", HeadlineText.withoutRunInLabel("Live music returns to the park"));
        assertEquals("LIVE UPDATES FROM THE COUNT", HeadlineText.withoutRunInLabel("LIVE UPDATES FROM THE COUNT"));
    }

    @Test
    void aSiteNameAfterATitleSeparatorIsLeftOffButAKickerBeforeOneStays() {
        assertEquals("Stolen church bells found at scrapyard", HeadlineText.withoutSiteName("Stolen church bells found at scrapyard | Fenland Mercury"));
        assertEquals("Cost of living - Food bank use doubles in two years", HeadlineText.withoutSiteName("Cost of living - Food bank use doubles in two years"));
        assertEquals("Fares rise - and so do complaints", HeadlineText.withoutSiteName("Fares rise - and so do complaints"));
        assertEquals("Fire at bus depot - Police Appeal", HeadlineText.withoutSiteName("Fire at bus depot - Police Appeal"));
    }

    @Test
    void aVisibleHeadlineAgreesWithATitleRewrittenForSearchEngines() {
        List<String> titles = List.of("Rail fares 2026: fares frozen again - what it means for your season ticket");
        assertTrue(HeadlineText.agrees("Rail fares frozen for a second year", titles));
        assertFalse(HeadlineText.agrees("Why your train is late: the five biggest causes", titles));
        assertFalse(HeadlineText.agrees("Northern Assize Reporter", List.of("Jury told accountant hid payments")));
    }
}
