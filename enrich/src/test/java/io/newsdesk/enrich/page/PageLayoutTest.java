package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLayoutTest {

    private static List<PageBlock> blocks(String... lines) {
        List<PageBlock> out = new ArrayList<>();
        for (String line : lines) {
            out.add(new PageBlock(line, null, 0, null));
        }
        return out;
    }

    @Test
    void theBodyIsTheRunOfProseTheHeadlineTheLastTitleLineAboveIt() {
        List<PageBlock> page = blocks("Home", "News", "Sport", "Ferry Fares To Rise In Spring",
                "The county council voted on Tuesday to raise ferry fares by a tenth from the first of April.",
                "Commuters said the rise would hurt those who cross the harbor every day to get to their work.",
                "Share this", "Copyright 2026 Harbor Ledger");
        PageLayout layout = PageLayout.of(page);
        assertEquals(3, layout.headline());
        assertTrue(layout.keep(4) && layout.keep(5));
        assertFalse(layout.keep(0) || layout.keep(1) || layout.keep(2), "a menu of short lines");
        assertFalse(layout.keep(6) || layout.keep(7), "the footer");
    }

    @Test
    void aPageWithoutProseKeepsWhatIsNotChrome() {
        PageLayout layout = PageLayout.of(blocks("Council votes", "Subscribe to our newsletter"));
        assertEquals(-1, layout.headline());
        assertTrue(layout.keep(0));
        assertFalse(layout.keep(1));
    }
}
