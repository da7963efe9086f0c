package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headline and author line of pages laid out the ways news sites lay them out; the pages are our own. */
class ArticleHeaderTest {

    private static final String LEDE = "PORTO, Portugal \u2014 The harbour authority reopened the north quay on Monday after a"
            + " six-week closure for repairs, and the first cargo ship tied up there shortly after dawn.";
    private static final String SECOND = "Dock workers said the repairs had cost more than planned but that the quay was now"
            + " safe for the larger ships that call at the port in summer.";

    private static List<PageBlock> blocks(String... lines) {
        List<PageBlock> out = new ArrayList<>();
        for (String line : lines) {
            out.add(new PageBlock(line, null, 0, null));
        }
        return out;
    }

    private static String headline(PageLayout layout, List<PageBlock> page) {
        return layout.headline() < 0 ? null : page.get(layout.headline()).text();
    }

    @Test
    void theHeadlineSitsAboveStandfirstBylineDateAndCredit() {
        List<PageBlock> page = blocks("The Harbour Times", "Home | Port | City | Sport", "Switch to dark mode", "Port",
                "North quay reopens after six weeks of repairs",
                "Larger ships can dock again in time for the summer season",
                "By Ines Baptista", "Published May 4, 2025 | Updated 9:12 a.m.", "Photo: Rui Matos / Harbour Times",
                "A cargo ship at the north quay on Monday.", LEDE, SECOND, "Related: Ferry fares to rise in June");
        PageLayout layout = PageLayout.of(page);

        assertEquals("North quay reopens after six weeks of repairs", headline(layout, page));
        assertEquals("Ines Baptista", layout.byline());
        assertTrue(layout.keep(10) && layout.keep(11));
        for (int i = 0; i < 10; i++) {
            assertFalse(layout.keep(i), "header furniture is not the story: " + page.get(i).text());
        }
    }

    @Test
    void aLineOfNamesUnderTheHeadlineIsTheAuthorNotTheHeadline() {
        List<PageBlock> page = blocks("THE HARBOUR TIMES", "Port > Shipping", "North quay reopens after six weeks of repairs",
                "Ines Baptista-Moreira", "Tuesday 6 May 2025, 08:40", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("North quay reopens after six weeks of repairs", headline(layout, page));
        assertEquals("Ines Baptista-Moreira", layout.byline());
    }

    @Test
    void anAuthorWithARoleAfterABar() {
        List<PageBlock> page = blocks("Harbour Times", "North quay reopens after six weeks of repairs",
                "Ines Baptista | Port reporter", "6 min read", "Share: Facebook | X | Email", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("North quay reopens after six weeks of repairs", headline(layout, page));
        assertEquals("Ines Baptista", layout.byline());
    }

    @Test
    void anAuthorInCapitalsWithARoleLineBelow() {
        List<PageBlock> page = blocks("HARBOUR TIMES", "Home / Port / Shipping", "North quay reopens after six weeks of repairs",
                "BY INES BAPTISTA", "Port Staff Writer", "Posted: Sat, May 3, 2025", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("North quay reopens after six weeks of repairs", headline(layout, page));
        assertEquals("Ines Baptista", layout.byline());
    }

    @Test
    void aPageWithoutAuthorHasNoByline() {
        List<PageBlock> page = blocks("Harbour Times", "Home | Port | City", "'We waited six weeks': north quay reopens to cargo ships",
                "Porto | 4 May 2025", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("'We waited six weeks': north quay reopens to cargo ships", headline(layout, page));
        assertNull(layout.byline());
    }

    @Test
    void aShortCaptionUnderACreditIsNotTheLedeEvenWhenItReadsLikeOne() {
        List<PageBlock> page = blocks("North quay reopens after six weeks of repairs", "By Ines Baptista",
                "Photo: Rui Matos", "Dock workers and officials gather at the quay on Monday morning before dawn.",
                LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertFalse(layout.keep(3), "the caption");
        assertTrue(layout.keep(4));
    }

    @Test
    void aShortDatelineParagraphStartsTheBody() {
        List<PageBlock> page = blocks("North quay reopens after six weeks of repairs", "By Ines Baptista",
                "PORTO \u2014 The north quay reopened on Monday after repairs.", SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals(0, layout.headline());
        assertTrue(layout.keep(2), "the dateline paragraph is the lede");
    }
    @Test
    void aStandfirstEndingInAFullStopIsNotTheFirstParagraph() {
        List<PageBlock> page = blocks("Harbour Times", "North quay reopens after six weeks of repairs",
                "Larger ships can dock again in time for the busy summer season, the port says.", "By Ines Baptista",
                "The harbour authority reopened the north quay on Monday after a six-week closure for repairs, and the"
                        + " first cargo ship tied up there shortly after dawn.", SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals(1, layout.headline());
        assertFalse(layout.keep(2), "the standfirst");
        assertTrue(layout.keep(4) && layout.keep(5));
    }
    @Test
    void aShortKickerAboveTheHeadlineIsNotTheHeadline() {
        List<PageBlock> page = blocks("Harbour Times", "Harbour Council By-Election Results",
                "Labour takes the harbour ward from the Greens by 212 votes after a recount", "By Ines Baptista", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Labour takes the harbour ward from the Greens by 212 votes after a recount", headline(layout, page));
    }

    @Test
    void anAuthorUnderASentenceStandfirstAndDateIsNotTheHeadline() {
        List<PageBlock> page = blocks("The Plainsman", "Agriculture", "Wheat farmers plant less as prices slump for a third year",
                "Growers say fertiliser and diesel now cost more than the crop is worth on some fields.",
                "Lorna Baptiste-Hale", "Published 7:05 AM CST, Mon Feb 3, 2025", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Wheat farmers plant less as prices slump for a third year", headline(layout, page));
        assertEquals("Lorna Baptiste-Hale", layout.byline());
    }

    @Test
    void aLiveBlogsKeyPointsAndTimeStampsAreNotTheHeaderOrTheStandfirst() {
        List<PageBlock> page = blocks("The Northern Post", "Storm Elin live: thousands without power as gusts reach 90mph",
                "Joseph Amankwah-Riley and Freya Lindqvist", "Last updated: 11:45 BST", "Key points",
                "Amber wind warning until 6pm", "Trains cancelled across the north-west", "Schools closed in three counties",
                "11:45", "Power company says 48,000 homes are without electricity, mostly in rural areas, and warns that some may wait.",
                "11:20", SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Storm Elin live: thousands without power as gusts reach 90mph", headline(layout, page));
        assertEquals("Joseph Amankwah-Riley and Freya Lindqvist", layout.byline());
        assertTrue(layout.keep(9), "the first post is the story's start, not a standfirst");
    }

    @Test
    void aHeadlineUnderAPhotoCreditIsNotItsCaption() {
        List<PageBlock> page = blocks("Nation Daily", "PHOTO | FILE", "Governor unveils plan to pipe water to drought-hit villages",
                "BY BRIAN OTIENO", "Tuesday, April 15, 2025", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Governor unveils plan to pipe water to drought-hit villages", headline(layout, page));
        assertEquals("Brian Otieno", layout.byline());
    }

    @Test
    void twoAuthorsEachWithARoleLine() {
        List<PageBlock> page = blocks("The Border Times", "Assembly rejects plan to merge three rural councils",
                "Catrin Oyebode-Price", "Political Editor", "Rhodri Fairbanks", "Local Democracy Reporter",
                "Thursday 20 February 2025", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Assembly rejects plan to merge three rural councils", headline(layout, page));
        assertEquals("Catrin Oyebode-Price and Rhodri Fairbanks", layout.byline());
    }

    @Test
    void aWireStoryWithoutAnAuthorLineTakesTheReportersOfItsClosingCredit() {
        List<PageBlock> page = blocks("Meridian Wire", "Rice exporters halt sales as monsoon floods hit crop", LEDE, SECOND,
                "(Reporting by Somchai Worawut; Editing by Gareth Obuya)", "Our Standards: The Meridian Wire Trust Principles.");
        PageLayout layout = PageLayout.of(page);

        assertEquals("Somchai Worawut", layout.byline());
        assertFalse(layout.keep(4), "the credit line is furniture, not the story's last paragraph");
    }

    @Test
    void aLongKickerInCapitalsAboveTheHeadlineIsNotTheHeadline() {
        List<PageBlock> page = blocks("Harbour Times", "ELECTION 2025: THE RACE FOR THE HARBOUR WARD",
                "Labour takes the harbour ward from the Greens", "By Ines Baptista", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Labour takes the harbour ward from the Greens", headline(layout, page));
    }

    @Test
    void aHeadlinePrintedInCapitals() {
        List<PageBlock> page = blocks("KAROO EXPRESS", "NEWS", "MINE WORKERS TRAPPED AFTER ROCKFALL AT PLATINUM SHAFT",
                "By Nomvula Dlamini-Harte", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("MINE WORKERS TRAPPED AFTER ROCKFALL AT PLATINUM SHAFT", headline(layout, page));
    }

    @Test
    void aShortHeadlineUnderShortMenuLinesOverALongStandfirst() {
        List<PageBlock> page = blocks("Sign in   Subscribe", "Environment", "River declared dead zone",
                "Fish kill stretches 30 kilometres downstream of fertiliser plant as regulators order it to halt discharges",
                "By Rosalind Mbatha-Kerr", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("River declared dead zone", headline(layout, page));
    }

    @Test
    void aLabelWrittenAsASentenceOverAHeadlineOfOrdinaryLength() {
        List<PageBlock> page = blocks("THE MORNING DISPATCH", "Tuesday 4 March 2025", "Today's top story",
                "Ambulance response times worst on record in rural districts", "By Ottoline Baptiste", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);

        assertEquals("Ambulance response times worst on record in rural districts", headline(layout, page));
    }

    @Test
    void aShortHeadlineWithAFullStopOverAnAuthorLineAndOneByLinePerAuthor() {
        List<PageBlock> page = blocks("Features", "The quay that would not close.", "By Ines Baptista, Port Reporter",
                "By Rui Matos, Data Reporter", "4 May 2025", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);
        assertEquals("The quay that would not close.", headline(layout, page));
        assertEquals("Ines Baptista and Rui Matos", layout.byline());
        List<PageBlock> sentence = blocks("Features", "North quay reopens after six weeks of repairs",
                "The harbour authority said the quay was safe again.", LEDE, SECOND);
        assertEquals("North quay reopens after six weeks of repairs", headline(PageLayout.of(sentence), sentence),
                "a sentence with no author line under it is a standfirst, not the headline");
    }

    @Test
    void aCaptionAboveItsCreditAtTheTopIsNotTheStory() {
        List<PageBlock> page = blocks("A cargo ship at the north quay on Monday after the repairs were finished.",
                "(Image: Rui Matos)", "North quay reopens after six weeks of repairs", "By Ines Baptista", LEDE, SECOND);
        PageLayout layout = PageLayout.of(page);
        assertEquals("North quay reopens after six weeks of repairs", headline(layout, page));
        assertFalse(layout.keep(0), "the caption");
        assertTrue(layout.keep(4), "the lede");
    }

    @Test
    void theDateOrTheBylineMayStandBetweenTheHeadlineAndItsStandfirst() {
        List<PageBlock> dated = blocks("The Harbour Times", "Port", "North quay reopens after six weeks of repairs",
                "Published May 4, 2025", "Larger ships can dock again in time for the summer season", "By Ines Baptista", LEDE, SECOND);
        PageLayout layout = PageLayout.of(dated);
        assertEquals("North quay reopens after six weeks of repairs", headline(layout, dated));
        assertEquals("Ines Baptista", layout.byline());
        List<PageBlock> byFirst = blocks("The Harbour Times", "Port", "North quay reopens after six weeks of repairs",
                "By Ines Baptista", "Larger ships can dock again in time for the summer season", "Published May 4, 2025", LEDE, SECOND);
        assertEquals("North quay reopens after six weeks of repairs", headline(PageLayout.of(byFirst), byFirst));
    }

    @Test
    void aVideosLabelAndRunningTimeMayStandBetweenThem() {
        List<PageBlock> page = blocks("The Harbour Times", "Port", "North quay reopens after six weeks of repairs", "Video", "2:14",
                "Larger ships can dock again in time for the summer season", "Ines Baptista | Reporter", "4 May 2025", LEDE, SECOND);
        assertEquals("North quay reopens after six weeks of repairs", headline(PageLayout.of(page), page));
    }
}
